using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a date as <c>&lt;time datetime&gt;</c> that opens its preview card on focus or hover.</summary>
public sealed class DateSpanRenderer : ISpanRenderer
{
    public bool Handles(Span span) => span is DateSpan;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(block);
        var date = (DateSpan)span;
        html.Append("<time datetime=\"").Append(HtmlText.Encode(date.Iso)).Append("\" data-card=\"").Append(Anchors.SpanCard(block.Id, span.Start))
            .Append("\" tabindex=\"0\">").Append(encodedText).Append("</time>");
    }
}
