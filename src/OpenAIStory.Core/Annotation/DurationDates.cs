using System.Globalization;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Reads spans of time (前15个月, 过去30年, 半年到两年) as ISO 8601 durations.</summary>
/// <remarks>
/// 过去/最近/近/这 N年 and N年来 look back from the latest date (the one before in the text, else the context's) and the
/// label gives the years covered; 前N年 does the same unless 的 comes before it (成立的前15个月: the first 15 months).
/// A count of years, weeks or days needs such a word (a bare 30年 may be a year); a lone 一 needs one too (一个月 is
/// usually "a month"). A range (半年到两年) reads as its lower bound and is marked approximate.
/// </remarks>
internal static class DurationDates
{
    private enum Kind
    {
        Plain,
        First,
        Past,
    }

    public static void Collect(string text, List<DateCandidate> candidates)
    {
        foreach (Match m in DatePatterns.Span().Matches(text))
        {
            Add(text, m, candidates);
        }
    }

    private static void Add(string text, Match m, List<DateCandidate> candidates)
    {
        var pre = m.Groups["pre"].Value;
        var suffix = m.Groups["suf"].Value;
        var number = m.Groups["n"].Value;
        var isRange = m.Groups["sep"].Success;
        var unit = m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["u2"].Value;
        var hasGe = m.Groups["ge"].Success || (!m.Groups["u"].Success && m.Groups["ge2"].Success);
        if (unit.Length == 0 || (number == "一" && pre.Length == 0) || !ValidCounter(number, unit, hasGe))
        {
            return;
        }

        if (isRange && !ValidCounter(m.Groups["n2"].Value, m.Groups["u2"].Value, m.Groups["ge2"].Success))
        {
            return;
        }

        var more = m.Groups["more"].Success || m.Groups["more2"].Success;
        if (!DateCount.TryRead(number, unit, more, out var count))
        {
            return;
        }

        var kind = pre switch
        {
            "过去" or "过去的" or "最近" or "近" or "这" => Kind.Past,
            "前" => m.Index > 0 && text[m.Index - 1] == '的' ? Kind.First : Kind.Past,
            _ => suffix is "来" or "以来" ? Kind.Past : Kind.Plain,
        };
        var qualified = pre.Length > 0 || suffix.Length > 0 || isRange;
        if (unit != "月" && !qualified)
        {
            return; // 30年 alone may be the year 2030 or "thirty years"
        }

        if (isRange && (!DateCount.TryRead(m.Groups["n2"].Value, m.Groups["u2"].Value, false, out var upper) || !Ascending(count, upper)))
        {
            return;
        }

        var start = m.Index;
        var length = m.Length;
        var core = RemoveEnds(m.Value, pre, suffix);
        candidates.Add(new DateCandidate(start, length, scope => Resolve(start, length, count, kind, core, isRange, scope)));
    }

    private static DateMatch Resolve(int start, int length, DateCount count, Kind kind, string core, bool isRange, DateScope scope)
    {
        var approximate = count.Approximate || isRange;
        switch (kind)
        {
            case Kind.First:
                return new DateMatch(start, length, count.ToDuration(), DatePrecision.Duration, $"最初{core}（时长）", approximate, false);
            case Kind.Past:
                var label = "过去" + core;
                if ((scope.Anchor ?? scope.Article) is { } anchor)
                {
                    label += count.IsoUnit == 'Y'
                        ? string.Create(CultureInfo.InvariantCulture, $"（约{anchor.Year - count.Amount}—{anchor.Year}年）")
                        : $"（截至{anchor.ToLabel()}）";
                }

                return new DateMatch(start, length, count.ToDuration(), DatePrecision.Duration, label, approximate, true);
            default:
                return new DateMatch(start, length, count.ToDuration(), DatePrecision.Duration, $"{core}（时长）", approximate, false);
        }
    }

    /// <summary>月 needs 个 (15个月; 5月 is May) unless the count is 数 or 几; 年, 周 and 天 take no 个; 星期 takes either.</summary>
    private static bool ValidCounter(string number, string unit, bool hasGe) => unit switch
    {
        "月" => hasGe ? number != "半" : number is "数" or "几",
        "星期" => true,
        _ => !hasGe,
    };

    private static bool Ascending(DateCount lower, DateCount upper) => Months(lower) < Months(upper);

    private static double Months(DateCount count) => count.IsoUnit switch
    {
        'Y' => count.Amount * 12.0,
        'M' => count.Amount,
        'W' => count.Amount * 7 / 30.0,
        _ => count.Amount / 30.0,
    };

    private static string RemoveEnds(string value, string prefix, string suffix) =>
        value[prefix.Length..(value.Length - suffix.Length)];
}
