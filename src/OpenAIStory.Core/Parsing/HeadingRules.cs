using System.Globalization;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing;

/// <summary>Recognises heading shapes line by line; <see cref="Stages.ClassifyBlocks"/> then keeps a style only if the document uses it consistently.</summary>
public static partial class HeadingRules
{
    // The numerals headings are counted with (1 to 99): no 零, 两 or 百, which numbered headings do not use.
    private const string Numerals = "一二三四五六七八九十";

    [GeneratedRegex(@"^#{1,4}\s+(?<t>[^#].{0,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^第(?<n>[" + Numerals + @"\d]{1,3})(?:章|部分|节|篇)\s*[:：、.]?\s*(?<t>.{0,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^(?<n>[" + Numerals + @"]{1,3})\s*[、.．]\s*(?<t>.{1,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNumeralHeading();

    [GeneratedRegex(@"^(?<t>[\u4E00-\u9FFF]{2,6})\s*[:：]\s*(?<s>.{2,24})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeywordColonHeading();

    [GeneratedRegex(@"^[▌▍■□●◆◇★☆【]\s*(?<t>[^】]{1,30}?)\s*】?$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerHeading();

    [GeneratedRegex(@"^[（(]\s*(?<n>[" + Numerals + @"]{1,3})\s*[)）]\s*(?<t>.{1,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenNumeralHeading();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:\s*[、．]|\.(?!\d))\s*(?<t>[^\d\s].{0,39})$", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicNumeralHeading();

    [GeneratedRegex(@"^\d{1,2}\.(?<n>\d{1,2})(?!\.?\d)(?:\s+|、)(?<t>[^\d\s.].{0,39})$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedNumeralHeading();

    /// <summary>Field labels that look like "keyword: text" but are never headings.</summary>
    private static readonly HashSet<string> NotKeywords = new(StringComparer.Ordinal)
    {
        "来源", "作者", "编辑", "责任编辑", "数据来源", "资料来源", "图片来源", "图源", "图注", "注", "注释", "附", "附言", "附记",
        "原文", "原文链接", "链接", "摄影", "记者", "时间", "日期", "地址", "电话", "邮箱", "关键词", "标签", "声明", "免责声明",
        "提示", "说明", "备注", "问", "答", "主持人",
    };

    /// <summary>Returns the heading shape of <paramref name="text"/>, or null when it is not shaped like a heading.</summary>
    public static HeadingCandidate? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 48 || SentencePunctuation.EndsLikeSentence(text))
        {
            return null;
        }

        if (MarkdownHeading().Match(text) is { Success: true } md)
        {
            return new HeadingCandidate(HeadingStyle.Markdown, null, md.Groups["t"].Value.Trim());
        }

        if (ChapterHeading().Match(text) is { Success: true } ch)
        {
            return new HeadingCandidate(HeadingStyle.Chapter, ChineseNumeralParser.ReadWhole(ch.Groups["n"].Value), Keyword(ch.Groups["t"].Value, text));
        }

        if (ChineseNumeralHeading().Match(text) is { Success: true } cn)
        {
            return new HeadingCandidate(HeadingStyle.ChineseNumeral, ChineseNumeralParser.ReadWhole(cn.Groups["n"].Value), cn.Groups["t"].Value.Trim());
        }

        if (KeywordColonHeading().Match(text) is { Success: true } kc && !NotKeywords.Contains(kc.Groups["t"].Value)
            && !kc.Groups["s"].Value.Contains('。', StringComparison.Ordinal))
        {
            return new HeadingCandidate(HeadingStyle.KeywordColon, null, kc.Groups["t"].Value);
        }

        if (MarkerHeading().Match(text) is { Success: true } mk)
        {
            return new HeadingCandidate(HeadingStyle.Marker, null, mk.Groups["t"].Value.Trim());
        }

        if (ParenNumeralHeading().Match(text) is { Success: true } pn)
        {
            return new HeadingCandidate(HeadingStyle.ParenNumeral, ChineseNumeralParser.ReadWhole(pn.Groups["n"].Value), pn.Groups["t"].Value.Trim());
        }

        if (ArabicNumeralHeading().Match(text) is { Success: true } an)
        {
            return new HeadingCandidate(HeadingStyle.ArabicNumeral, int.Parse(an.Groups["n"].Value, CultureInfo.InvariantCulture), an.Groups["t"].Value.Trim());
        }

        if (DottedNumeralHeading().Match(text) is { Success: true } dn)
        {
            return new HeadingCandidate(HeadingStyle.DottedNumeral, int.Parse(dn.Groups["n"].Value, CultureInfo.InvariantCulture), dn.Groups["t"].Value.Trim());
        }

        return null;
    }

    private static string Keyword(string rest, string whole) => rest.Trim() is { Length: > 0 } t ? t : whole;
}
