using System.Globalization;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Reads dates given relative to another date: 2个月后 and 数月之后 (from the date before), 去年 and 如今 (from publication).</summary>
internal static class RelativeDates
{
    public static void Collect(string text, List<DateCandidate> candidates)
    {
        foreach (Match m in DatePatterns.Shift().Matches(text))
        {
            AddShift(m, candidates);
        }

        foreach (Match m in DatePatterns.Keyword().Matches(text))
        {
            candidates.Add(new DateCandidate(m.Index, m.Length, scope => ResolveKeyword(m, scope)));
        }
    }

    private static void AddShift(Match m, List<DateCandidate> candidates)
    {
        var number = m.Groups["n"].Value;
        var unit = m.Groups["u"].Value;
        var hasGe = m.Groups["ge"].Success;
        var more = m.Groups["more"].Success || m.Groups["more2"].Success;
        var validCounter = unit switch
        {
            "月" => hasGe || number is "数" or "几", // 2月后 would be "after February"
            "星期" => true,
            _ => !hasGe,
        };
        if (!validCounter || !DateCount.TryRead(number, unit, more, out var count))
        {
            return;
        }

        var before = m.Groups["dir"].Value.EndsWith('前');
        var written = m.Value[..(m.Groups["dir"].Index - m.Index)];
        candidates.Add(new DateCandidate(m.Index, m.Length, scope => ResolveShift(m, count, before, written, scope)));
    }

    private static DateMatch ResolveShift(Match m, DateCount count, bool before, string written, DateScope scope)
    {
        var direction = before ? "之前" : "之后";
        if (scope.Anchor is not { } anchor)
        {
            // Nothing to count from: say how far, as a duration.
            return new DateMatch(m.Index, m.Length, count.ToDuration(), DatePrecision.Duration, written + direction, count.Approximate, true);
        }

        var sign = before ? -1 : 1;
        var shifted = count.IsoUnit switch
        {
            'Y' => anchor.AddYears(sign * count.Amount).YearOnly,
            'M' => anchor.AddMonths(sign * count.Amount),
            'W' => anchor.AddDays(sign * count.Amount * 7),
            _ => anchor.AddDays(sign * count.Amount),
        };
        var note = string.Create(CultureInfo.InvariantCulture, $"（{anchor.ToLabel()}{direction}{written}）");

        // Units finer than the anchor cannot be placed exactly: 8个月后 from "2016" is some time in 2016 or 2017.
        var finerThanAnchor = count.IsoUnit switch
        {
            'Y' => false,
            'M' => anchor.Month is null,
            _ => anchor.Day is null,
        };
        if (count.Approximate && count.IsoUnit == 'M' && shifted.Month is { } month)
        {
            var half = DateLabels.HalfOf(month);
            return new DateMatch(m.Index, m.Length, shifted.YearOnly.ToIso(), DatePrecision.PartOfYear, $"约{shifted.Year.ToString(CultureInfo.InvariantCulture)}年{half}{note}", true, true);
        }

        var target = count.IsoUnit == 'Y' ? shifted.YearOnly : shifted.Precision == DatePrecision.Day && count.IsoUnit == 'M' ? shifted.MonthOnly : shifted;
        var approximate = count.Approximate || finerThanAnchor;
        var label = (approximate ? "约" : string.Empty) + target.ToLabel() + note;
        return new DateMatch(m.Index, m.Length, target.ToIso(), target.Precision, label, approximate, true);
    }

    private static DateMatch? ResolveKeyword(Match m, DateScope scope)
    {
        switch (m.Value)
        {
            case "如今" or "时至今日":
                return scope.Article is { } now
                    ? new DateMatch(m.Index, m.Length, now.ToIso(), DatePrecision.Relative, $"文章发表时（{now.ToLabel()}）", false, true)
                    : null;
            case "次年" or "翌年" or "同年":
                if (scope.Anchor is not { } anchor)
                {
                    return null;
                }

                var year = anchor.YearOnly.AddYears(m.Value == "同年" ? 0 : 1);
                var note = m.Value == "同年" ? "与上文同年" : $"{anchor.YearOnly.ToLabel()}的次年";
                return new DateMatch(m.Index, m.Length, year.ToIso(), DatePrecision.Year, $"{year.ToLabel()}（{note}）", false, true);
            default:
                if (scope.Article is not { } article)
                {
                    return null;
                }

                var (offset, words) = DateLabels.ArticleYear(m.Value);
                var target = article.YearOnly.AddYears(offset);
                return new DateMatch(m.Index, m.Length, target.ToIso(), DatePrecision.Year, $"{target.ToLabel()}（{words}）", false, true);
        }
    }
}
