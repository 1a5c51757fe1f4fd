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
            foreach (var amount in block.Spans.OfType<AmountSpan>())
            {
                var year = amount.AsOfYear ?? articleYear;
                decimal? usd = null, cny = null, usdToday = null;
                if (year is { } y && content.Economics is { } economics && amount.Currency is { } currency
                    && economics.Convert(amount.Value, currency, y) is { } c)
                {
                    usd = currency == Currencies.Usd ? amount.Value : c.Other;
                    cny = currency == Currencies.Cny ? amount.Value : c.Other;
                    usdToday = usd is { } u ? economics.Convert(u, Currencies.Usd, y)?.Today : null;
                }

                var (start, end) = Sentences.Around(block.Text, amount.Start, amount.End);
                rows.Add(new FigureRow(Rendering.Anchors.Figure(block.Id, amount.Start), block.Text.Substring(amount.Start, amount.Length), block.Text[start..end],
                    amount, year, usd, cny, usdToday, block.Id)
                {
                    YearBasis = Basis(content, block, amount, year),
                    YearClaim = DatingClaim(content, amount),
                });
            }
        }

        return rows;
    }

    /// <summary>Why an amount converts as of its year, in words: a checked claim dates it, or the paragraph does, or
    /// the text before it, or the article's own date.</summary>
    private static string? Basis(SiteContent content, Block block, AmountSpan amount, int? year)
    {
        if (year is null)
        {
            return null;
        }

        if (DatingClaim(content, amount) is not null)
        {
            return "核查确定的年份";
        }

        if (block.Spans.OfType<DateSpan>().Any(d => d.End <= amount.Start && d.Year == year))
        {
            return "同段此前给出的年份";
        }

        return IsoYear.Of(content.Sidecar.Published?.Date) == year ? "文章发表的年份" : "上文最近给出的年份";
    }

    /// <summary>The checked claim that re-dated the amount (its asOf), when one did.</summary>
    private static string? DatingClaim(SiteContent content, AmountSpan amount) =>
        amount.DatedBy is { } claim && content.Claims.ContainsKey(claim) ? claim : null;
}
