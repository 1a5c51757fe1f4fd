using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Finds dates, periods and spans of time in Chinese text and gives each a valid HTML datetime value and a short label.</summary>
/// <remarks>
/// Expressions that carry their year (2014年, 2016年5月, 2018年初, 2023-03-21, 上世纪七十年代) stand on their own.
/// Others are read against the latest absolute date before them (earlier in the text, else
/// <see cref="DateContext.PreviousIso"/>): 3月, 1月6日, 2个月后, 数月之后, 次年, 过去30年. 如今 and 去年/今年/明年 are read against
/// <see cref="DateContext.ArticleIso"/> and are skipped when it is unknown, as are month-only and shifted dates with no
/// date to count from (a shift then becomes a duration, "P2M"). Where two readings overlap the earlier, then the longer, wins,
/// so 从2017年开始 and 2个月后 are single matches; numbers that are not dates (1024张, 24岁, SZ002230) are left alone.
/// </remarks>
public static class DateRecognizer
{
    /// <summary>Returns the date expressions in <paramref name="text"/>, in text order and never overlapping.</summary>
    public static IReadOnlyList<DateMatch> Find(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var candidates = new List<DateCandidate>();
        AbsoluteDates.Collect(text, candidates);
        RelativeDates.Collect(text, candidates);
        DurationDates.Collect(text, candidates);

        var scope = new DateScope(IsoDate.Parse(context.PreviousIso), IsoDate.Parse(context.ArticleIso));
        var found = new List<DateMatch>();
        var taken = 0;
        // A stable order (earlier, then longer, then pattern order) keeps the choice between equal readings deterministic.
        foreach (var candidate in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Length))
        {
            if (candidate.Start < taken || candidate.Resolve(scope) is not { } match)
            {
                continue;
            }

            found.Add(match);
            taken = match.Start + match.Length;
            if (AsAnchor(match) is { } anchor)
            {
                scope = scope with { Anchor = anchor };
            }
        }

        return found;
    }

    /// <summary>The datetime of the last match that names a calendar date exactly, to pass on as the next text's <see cref="DateContext.PreviousIso"/>.</summary>
    /// <returns>"2022-12" and the like, or null when no match qualifies (durations, decades, estimates and yearless dates do not).</returns>
    public static string? LastAbsolute(IReadOnlyList<DateMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            if (AsAnchor(matches[i]) is { } anchor)
            {
                return anchor.ToIso();
            }
        }

        return null;
    }

    private static IsoDate? AsAnchor(DateMatch match) =>
        match.Approximate || match.Precision is DatePrecision.Duration or DatePrecision.Decade ? null : IsoDate.Parse(match.DateTime);
}
