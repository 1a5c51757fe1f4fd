using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders an amount as <c>&lt;data value data-unit&gt;</c>; a range or approximation says so in <c>data-approximate</c> and <c>data-max</c>.</summary>
public sealed class AmountSpanRenderer : ISpanRenderer
{
    public bool Handles(Span span) => span?.Kind == SpanKind.Amount;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        html.Append("<data value=\"").Append(HtmlText.Encode(span.Value)).Append('"');
        if (!string.IsNullOrEmpty(span.Unit))
        {
            html.Append(" data-unit=\"").Append(HtmlText.Encode(span.Unit)).Append('"');
        }

        if (span.Upper is not null)
        {
            html.Append(" data-max=\"").Append(HtmlText.Encode(span.Upper)).Append('"');
        }

        if (span.Approximate)
        {
            html.Append(" data-approximate=\"true\"");
        }

        html.Append(" data-card=\"").Append(Anchors.SpanCard(block.Id, span.Start)).Append("\" tabindex=\"0\">").Append(encodedText).Append("</data>");
    }
}
