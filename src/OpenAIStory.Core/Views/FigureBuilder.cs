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
                rows.Add(new FigureRow(Rendering.Anchors.Figure(block.Id, span.Start), block.Text.Substring(span.Start, span.Length), block.Text[start..end],
                    value, span.Upper is null ? null : decimal.Parse(span.Upper, CultureInfo.InvariantCulture), unit, span.Approximate, year, usd, cny, usdToday, block.Id)
                {
                    YearBasis = Basis(content, block, span, year),
                    YearClaim = DatingClaim(content, span),
                });
            }
        }

        return rows;
    }

    /// <summary>Why an amount converts as of its year, in words: a checked claim dates it, or the paragraph does, or
    /// the text before it, or the article's own date.</summary>
    private static string? Basis(SiteContent content, Block block, Span amount, int? year)
    {
        if (year is null)
        {
            return null;
        }

        if (DatingClaim(content, amount) is not null)
        {
            return "核查确定的年份";
        }

        if (block.Spans.Any(s => s.Kind == SpanKind.Date && s.End <= amount.Start && IsoYear.Of(s.Value) == year))
        {
            return "同段此前给出的年份";
        }

        return IsoYear.Of(content.Sidecar.Published?.Date) == year ? "文章发表的年份" : "上文最近给出的年份";
    }

    /// <summary>The checked claim that re-dated the amount (its asOf), when one did.</summary>
    private static string? DatingClaim(SiteContent content, Span amount) =>
        amount.Origin is { } origin && content.Claims.ContainsKey(origin) ? origin : null;
}
