using System.Globalization;
using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders an amount as <c>&lt;data value data-unit&gt;</c>; a range or approximation says so in <c>data-approximate</c> and <c>data-max</c>.</summary>
public sealed class AmountSpanRenderer : ISpanRenderer
{
    public bool Handles(Span span) => span is AmountSpan;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(span);
        var amount = (AmountSpan)span;
        html.Append("<data value=\"").Append(amount.Value.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (amount.Unit.Length > 0)
        {
            html.Append(" data-unit=\"").Append(HtmlText.Encode(amount.Unit)).Append('"');
        }

        if (amount.Upper is { } upper)
        {
            html.Append(" data-max=\"").Append(upper.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (amount.Approximate)
        {
            html.Append(" data-approximate=\"true\"");
        }

        html.Append(" data-card=\"").Append(Anchors.SpanCard(block.Id, span.Start)).Append("\" tabindex=\"0\">").Append(encodedText).Append("</data>");
    }
}
