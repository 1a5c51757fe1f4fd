using System.Buffers;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Finds sums of money and counted quantities (10亿美元, 1.15亿台, 两到三倍, 不到20家) in Chinese text.</summary>
/// <remarks>
/// A number counts when a currency or a counter follows it, or when it is a large bare number (1亿, 近千亿).
/// Rules that keep noise out:
/// <list type="bullet">
/// <item>一 or 两 alone before a counter is an article, not a count (一个问题, 两家企业); with a currency it counts (两美元).</item>
/// <item>A number that starts with 百/千/万/亿 needs a currency or a word such as 上/近/约 (千万美元, 上百万; not 百度, 万能).</item>
/// <item>A bare number (no unit) needs 万 or 亿 and must start with an Arabic digit, a word such as 近/上/约, or 数/几 —
/// or inherit a currency: a bare number inherits the currency of the nearest earlier sum in the same sentence and is then
/// marked approximate (每天烧3亿人民币，一年烧一千多亿).</item>
/// <item>Numbers inside codes and names (GPT-3, A100, SZ002230, 5G), ordinals (第一), reference markers ([3]) and
/// years or months (2014年, 5月: 年 and 月 are not counters) are left alone, as are spans of time (2个月, 3个多小时),
/// which dates handle, and a few idioms (成千上万, 三番五次).</item>
/// </list>
/// </remarks>
public static class AmountRecognizer
{
    // A currency carries over to the end of its sentence, or of its line.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(Text.SentencePunctuation.Ends + "\n");

    private static readonly string[] Idioms = ["成千上万", "成百上千", "千千万万", "三番五次", "十万火急", "十万八千里", "一五一十", "三三两两"];

    // The currency words come from the one currency table, longest first so that 港元 wins over 元; counters follow.
    private static readonly Regex Candidate = new(
        $$"""
        (?<pre>大约|约|将近|接近|近|超过|逾|不到|不足|至少|上(?=[百千万亿]))?
        (?<num>(?:[数几](?=[十百千万亿])|[0-9零〇一二两三四五六七八九十百千万亿])
            (?:[0-9零〇一二两三四五六七八九十百千万亿几多余]|\.(?=[0-9])|,(?=[0-9]{3}(?![0-9])))*
            (?:(?:到|至|~|～|—|–|-)(?:[0-9零〇一二两三四五六七八九十百千万亿]
            (?:[0-9零〇一二两三四五六七八九十百千万亿几多余]|\.(?=[0-9])|,(?=[0-9]{3}(?![0-9])))*))?)
        (?<unit>{{string.Join('|', Currencies.Words.Select(Regex.Escape))}}|参数|个百分点|人次|公里|千米|公斤|千克
            |[%％台张倍人个家位次辆岁件篇名款颗枚本部条项种笔份只架座所层块片组场轮支股户套栋首封度吨米克])?
        (?<suf>左右|以上|上下|出头)?
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace);

    /// <summary>Returns the amounts in <paramref name="text"/>, in text order and never overlapping.</summary>
    public static IReadOnlyList<AmountSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AmountSpan>();
        AmountSpan? lastMoney = null;
        foreach (Match candidate in Candidate.Matches(text))
        {
            if (TryAccept(text, candidate, lastMoney) is { } amount)
            {
                found.Add(amount);
                lastMoney = amount.IsMoney ? amount : lastMoney;
            }
        }

        return found;
    }

    private static AmountSpan? TryAccept(string text, Match candidate, AmountSpan? lastMoney)
    {
        var pre = candidate.Groups["pre"];
        var num = candidate.Groups["num"];
        var unitGroup = candidate.Groups["unit"];
        var suffix = candidate.Groups["suf"];
        var hasPrefix = pre.Success && !(pre.Value == "近" && pre.Index > 0 && text[pre.Index - 1] is '最' or '附');
        var start = hasPrefix ? pre.Index : num.Index;
        var end = candidate.Index + candidate.Length;

        if (InsideIdiom(text, start, end)
            || !StandsAlone(text, start, num, unitGroup.Success)
            || !ChineseNumber.TryRead(num.Value, out var reading)
            || reading.Value <= 0
            || (unitGroup.Value == "个" && AmountUnits.StartsTimeSpan(text.AsSpan(unitGroup.Index + 1))))
        {
            return null;
        }

        var first = num.Value[0];
        var fuzzyStart = first is '数' or '几';
        var approximate = hasPrefix || suffix.Success || reading.Approximate;
        var amount = new AmountSpan(start, end - start, reading.Value) { Upper = reading.UpperValue, Approximate = approximate };
        if (unitGroup.Success && Currencies.ByWord(unitGroup.Value) is { } currency)
        {
            return amount with { Currency = currency };
        }

        if (unitGroup.Success)
        {
            var loneArticle = num.Value is "一" or "两";
            var leadingUnit = first is '百' or '千' or '万' or '亿';
            if (loneArticle || (leadingUnit && !hasPrefix))
            {
                return null;
            }

            var counter = unitGroup.Value == "％" ? "%" : unitGroup.Value;
            return amount with { Counter = counter };
        }

        if (!num.Value.Contains('万', StringComparison.Ordinal) && !num.Value.Contains('亿', StringComparison.Ordinal))
        {
            return null;
        }

        var inherited = InheritedCurrency(text, start, lastMoney);
        if (!char.IsAsciiDigit(first) && !hasPrefix && !fuzzyStart && inherited is null)
        {
            return null; // 十万火急, 万一: Chinese numerals without a unit are too often idioms
        }

        return amount with { Currency = inherited, Approximate = approximate || inherited is not null };
    }

    /// <summary>False for numbers that belong to a code, a name, an ordinal or a reference marker.</summary>
    private static bool StandsAlone(string text, int start, Group num, bool hasUnit)
    {
        var after = num.Index + num.Length;
        if (start > 0)
        {
            var before = text[start - 1];
            var codeJoiner = before is '-' or '_' or '.' or '/' && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]);
            var marker = before == '[' && after < text.Length && text[after] == ']';
            if (before == '第' || char.IsAsciiLetterOrDigit(before) || codeJoiner || marker)
            {
                return false;
            }
        }

        return hasUnit || after >= text.Length || !char.IsAsciiLetterOrDigit(text[after]);
    }

    private static Currency? InheritedCurrency(string text, int start, AmountSpan? lastMoney)
    {
        if (lastMoney is null)
        {
            return null;
        }

        var lastEnd = lastMoney.Start + lastMoney.Length;
        return text.AsSpan(lastEnd, start - lastEnd).IndexOfAny(SentenceEnds) >= 0 ? null : lastMoney.Currency;
    }

    private static bool InsideIdiom(string text, int start, int end)
    {
        foreach (var idiom in Idioms)
        {
            var from = Math.Max(0, start - idiom.Length + 1);
            var at = text.IndexOf(idiom, from, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                return true;
            }
        }

        return false;
    }
}
