using System.Globalization;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Reads dates that name their own year (2016年5月, 2023-03-21, 上世纪七十年代) or take it from the date before (3月).</summary>
internal static class AbsoluteDates
{
    public static void Collect(string text, List<DateCandidate> candidates)
    {
        foreach (Match m in DatePatterns.YearDate().Matches(text))
        {
            AddYearDate(m, candidates);
        }

        foreach (Match m in DatePatterns.NumericDate().Matches(text))
        {
            if (Number(m, "y") is { } year && IsoDate.Create(year, Number(m, "m"), Number(m, "d")) is { } date)
            {
                var match = new DateMatch(m.Index, m.Length, date.ToIso(), DatePrecision.Day, date.ToLabel(), false, false);
                candidates.Add(new DateCandidate(m.Index, m.Length, _ => match));
            }
        }

        foreach (Match m in DatePatterns.MonthDay().Matches(text))
        {
            AddMonthDay(m, candidates);
        }

        foreach (Match m in DatePatterns.Decade().Matches(text))
        {
            AddDecade(m, candidates);
        }
    }

    private static void AddYearDate(Match m, List<DateCandidate> candidates)
    {
        var month = m.Groups["m"].Success ? Number(m, "m") : null;
        var day = m.Groups["d"].Success ? Number(m, "d") : null;
        if (Number(m, "y") is not { } year || year < 1000 || IsoDate.Create(year, month, day) is not { } date)
        {
            return;
        }

        var label = date.ToLabel();
        var precision = date.Precision;
        if (m.Groups["mpart"].Success)
        {
            label += m.Groups["mpart"].Value;
        }
        else if (m.Groups["part"].Success)
        {
            (var name, precision) = DateLabels.YearPart(m.Groups["part"].Value);
            label += name;
        }

        // 从…开始 and 自…起 belong together: take 从 only when the closing word is there.
        var suffix = m.Groups["suf"];
        var start = suffix.Success || !m.Groups["pre"].Success ? m.Index : m.Groups["y"].Index;
        var end = m.Index + m.Length;
        if (suffix.Success)
        {
            label += suffix.Value == "以来" ? "以来" : "起";
        }

        var match = new DateMatch(start, end - start, date.ToIso(), precision, label, false, false);
        candidates.Add(new DateCandidate(start, end - start, _ => match));
    }

    private static void AddMonthDay(Match m, List<DateCandidate> candidates)
    {
        var chineseMonth = !char.IsAsciiDigit(m.Groups["m"].Value[0]);
        if ((chineseMonth && !m.Groups["d"].Success) || Number(m, "m") is not { } month)
        {
            return; // 五月 alone is too often a name or a phrase; 5月 is not
        }

        var day = m.Groups["d"].Success ? Number(m, "d") : null;
        var monthPart = m.Groups["mpart"].Success ? m.Groups["mpart"].Value : string.Empty;
        candidates.Add(new DateCandidate(m.Index, m.Length, scope =>
        {
            if (scope.Anchor is { } anchor)
            {
                return IsoDate.Create(anchor.Year, month, day) is { } date
                    ? new DateMatch(m.Index, m.Length, date.ToIso(), date.Precision, date.ToLabel() + monthPart, false, true)
                    : null;
            }

            // Without a year, a day still makes a valid yearless HTML date ("01-06"); a month alone does not.
            if (day is not { } d || IsoDate.Create(2000, month, d) is null)
            {
                return null;
            }

            var yearless = string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{d:D2}");
            var label = string.Create(CultureInfo.InvariantCulture, $"{month}月{d}日（年份不详）");
            return new DateMatch(m.Index, m.Length, yearless, DatePrecision.Day, label, false, false);
        }));
    }

    private static void AddDecade(Match m, List<DateCandidate> candidates)
    {
        int first;
        string label;
        var century = m.Groups["c"];
        var relative = century.Success && century.Value.StartsWith('上');
        if (m.Groups["y"].Success)
        {
            first = Number(m, "y")!.Value;
            label = string.Create(CultureInfo.InvariantCulture, $"{first}年代");
        }
        else if (Number(m, "d") is { } decade)
        {
            int? hundreds = century.Value switch
            {
                "19世纪" or "十九世纪" => 1800,
                "20世纪" or "二十世纪" or "上世纪" or "上个世纪" => 1900,
                "21世纪" or "二十一世纪" => 2000,
                _ => decade >= 30 ? 1900 : null, // 20年代 alone could be the 1920s or the 2020s
            };
            if (hundreds is not { } h)
            {
                return;
            }

            first = h + decade;
            label = string.Create(CultureInfo.InvariantCulture, $"{(h / 100) + 1}世纪{decade}年代");
        }
        else
        {
            return;
        }

        label += string.Create(CultureInfo.InvariantCulture, $"（{first}—{first + 9}年）");
        var match = new DateMatch(m.Index, m.Length, first.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Decade, label, false, relative);
        candidates.Add(new DateCandidate(m.Index, m.Length, _ => match));
    }

    /// <summary>The number in a named group, Arabic or Chinese (5, 05, 十二, 二〇一四), or null.</summary>
    internal static int? Number(Match m, string group)
    {
        var value = m.Groups[group].Value;
        return value.Length > 0 && ChineseNumber.TryRead(value, out var reading) && reading.UpperValue is null && !reading.Approximate
            ? (int)reading.Value
            : null;
    }
}
