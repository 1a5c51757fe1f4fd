using System.Globalization;
using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a reference marker as a visible superscript that links to the explanation of the lost reference list.</summary>
public sealed class ReferenceMarkerRenderer : ISpanRenderer
{
    public bool Handles(Span span) => span is ReferenceMarker;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(block);
        var number = ((ReferenceMarker)span).Number.ToString(CultureInfo.InvariantCulture);
        html.Append("<sup class=\"ref-marker\"><a href=\"").Append(Anchors.Fragment(Anchors.LostReferences))
            .Append("\" id=\"").Append(HtmlText.Encode(Anchors.ReferenceMarker(block.Id, number)))
            .Append("\" aria-label=\"参考文献 ").Append(number).Append("（原列表已在转载中丢失）\">")
            .Append(encodedText).Append("</a></sup>");
    }
}
