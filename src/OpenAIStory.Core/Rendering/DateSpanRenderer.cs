using System.Globalization;
using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a date as <c>&lt;time datetime&gt;</c> that opens its preview card on focus or hover.</summary>
public sealed class DateSpanRenderer : ISpanRenderer
{
    /// <summary>The id of the preview card of a date or amount span.</summary>
    public static string CardId(Block block, Span span)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        return $"card-{block.Id}-{span.Start.ToString(CultureInfo.InvariantCulture)}";
    }

    public bool Handles(Span span) => span is DateSpan;

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        var date = (DateSpan)span;
        html.Append("<time datetime=\"").Append(HtmlText.Encode(date.Iso)).Append("\" data-card=\"").Append(CardId(block, span))
            .Append("\" tabindex=\"0\">").Append(encodedText).Append("</time>");
    }
}
