using System.Text.RegularExpressions;

namespace OpenAIStory.Core.Annotation;

/// <summary>The plain-text patterns behind <see cref="DateRecognizer"/>, one per kind of date expression.</summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    /// <summary>2014年, 2016年5月, 2023年3月21日, 2018年初, 2015年夏天, 从2017年开始, 二〇一四年.</summary>
    [GeneratedRegex("""
        (?<pre>从|自)?(?<![0-9A-Za-z])(?<y>[12][0-9]{3}|[〇零一二三四五六七八九]{4})年
        (?:(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?
            (?:(?<d>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]|(?<mpart>初|底|末|上旬|中旬|下旬))?
          |(?<part>年?初(?!创)|年中(?![国文])|中(?=[，,。；;、！？\s]|$)|年?底|年?末|上半年|下半年|春天|春季|夏天|夏季|秋天|秋季|冬天|冬季))?
        (?<suf>开始|以来|起(?![草步诉义飞源]))?
        """, Options)]
    public static partial Regex YearDate();

    /// <summary>2023-03-21, 2023/3/21, 2023.03.21.</summary>
    [GeneratedRegex("""
        (?<![0-9A-Za-z.\-/])(?<y>[12][0-9]{3})(?<s>[-/.])(?<m>1[0-2]|0?[1-9])\k<s>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-z])
        """, Options)]
    public static partial Regex NumericDate();

    /// <summary>3月, 1月6日, 十二月三日: a month or day without its year.</summary>
    [GeneratedRegex("""
        (?<![0-9A-Za-z年个数几半多第〇零一二两三四五六七八九十])
        (?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?
        (?:(?<d>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]|(?<mpart>初|底|末|上旬|中旬|下旬))?
        """, Options)]
    public static partial Regex MonthDay();

    /// <summary>2个月后, 数月之后, 三年前, 半年后: a shift from the date before.</summary>
    [GeneratedRegex("""
        (?<![0-9A-Za-z〇零一二两三四五六七八九十百])
        (?<n>[0-9]{1,3}|[数几]?[一二两三四五六七八九十]+几?|数|几|半)(?<more>多)?(?<ge>个)?(?<more2>多)?(?<u>月|年|周|星期|天)
        (?<dir>之后|以后|后|之前|以前|前)
        """, Options)]
    public static partial Regex Shift();

    /// <summary>前15个月, 15个月, 过去30年, 过去五年, 前两年, 半年到两年, 三年来: a span of time.</summary>
    [GeneratedRegex("""
        (?<pre>过去的|过去|最近|近|前|这|整整|足足|长达|历时)?
        (?<![0-9A-Za-z〇零一二两三四五六七八九十百])
        (?<n>[0-9]{1,3}|[数几]?[一二两三四五六七八九十]+几?|数|几|半)(?:(?<more>多)?(?<ge>个)?(?<more2>多)?(?<u>月|年|周|星期|天))?
        (?:(?<sep>到|至|—|–|-)(?<n2>[0-9]{1,3}|[一二两三四五六七八九十]+|半)(?<ge2>个)?(?<u2>月|年|周|星期|天))?
        (?<suf>以来|来|之间|间|里|时间)?
        """, Options)]
    public static partial Regex Span();

    /// <summary>上世纪七十年代, 20世纪80年代, 1970年代, 90年代.</summary>
    [GeneratedRegex("""
        (?<![0-9A-Za-z])
        (?:(?<y>1[0-9]{2}0|20[0-9]0)年代
          |(?<c>上个?世纪|20世纪|二十世纪|19世纪|十九世纪|21世纪|二十一世纪)?(?<d>[1-9]0|[一二三四五六七八九]十)年代)
        (?![表价替码理])
        """, Options)]
    public static partial Regex Decade();

    /// <summary>如今, 去年, 今年, 明年, 前年, 后年, 次年, 同年.</summary>
    [GeneratedRegex("""
        如今|时至今日|(?<!过)去年|今年|明年
        |(?<![0-9〇零一二两三四五六七八九十百年数几])前年
        |(?<![0-9〇零一二两三四五六七八九十百年数几之以])后年
        |次年|翌年|(?<![不相共])同年(?![龄级纪])
        """, Options)]
    public static partial Regex Keyword();
}
