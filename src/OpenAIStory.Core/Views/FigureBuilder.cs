using System.Globalization;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Views;

/// <summary>Collects every amount the article gives, with its conversions for money.</summary>
public static class FigureBuilder
{
    public static IReadOnlyList<FigureRow> Build(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = new List<FigureRow>();
        var articleYear = IsoYear.Of(content.Sidecar.Published?.Date);
        foreach (var block in content.Document.AllBlocks)
        {
            foreach (var span in block.Spans.Where(s => s.Kind == SpanKind.Amount))
            {
                var value = decimal.Parse(span.Value, CultureInfo.InvariantCulture);
                var unit = span.Unit ?? "";
                var year = IsoYear.Of(span.AsOf) ?? articleYear;
                decimal? usd = null, cny = null, usdToday = null;
                if (year is { } y && content.Economics is { } economics && (unit is "USD" or "CNY"))
                {
                    var c = economics.Convert(value, unit, y);
                    usd = unit == "USD" ? value : c?.Other;
                    cny = unit == "CNY" ? value : c?.Other;
                    usdToday = usd is { } u ? economics.Convert(u, "USD", y)?.Today : null;
                }

                var (start, end) = Sentences.Around(block.Text, span.Start, span.End);
                rows.Add(new FigureRow($"fig-{block.Id}-{span.Start}", block.Text.Substring(span.Start, span.Length), block.Text[start..end],
                    value, span.Upper is null ? null : decimal.Parse(span.Upper, CultureInfo.InvariantCulture), unit, span.Approximate, year, usd, cny, usdToday, block.Id));
            }
        }

        return rows;
    }
}
