using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a reference marker as a visible superscript that links to the explanation of the lost reference list.</summary>
public sealed class ReferenceMarkerRenderer : ISpanRenderer
{
    public bool Handles(Span span) => span?.Kind == SpanKind.ReferenceMarker;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        html.Append("<sup class=\"ref-marker\"><a href=\"").Append(Anchors.Fragment(Anchors.LostReferences))
            .Append("\" id=\"").Append(HtmlText.Encode(Anchors.ReferenceMarker(block.Id, span.Value)))
            .Append("\" aria-label=\"参考文献 ").Append(HtmlText.Encode(span.Value)).Append("（原列表已在转载中丢失）\">")
            .Append(encodedText).Append("</a></sup>");
    }
}
