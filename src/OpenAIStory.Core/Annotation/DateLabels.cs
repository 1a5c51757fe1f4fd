using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>The short Chinese descriptions that go with season, part-of-year and article-relative dates.</summary>
internal static class DateLabels
{
    /// <summary>The normalised name and months of a season or part of a year written after 年, and its precision.</summary>
    public static (string Name, DatePrecision Precision) YearPart(string part) => part switch
    {
        "初" or "年初" => ("初（约1—3月）", DatePrecision.PartOfYear),
        "中" or "年中" => ("年中（约6—7月）", DatePrecision.PartOfYear),
        "底" or "年底" => ("底（约11—12月）", DatePrecision.PartOfYear),
        "末" or "年末" => ("末（约11—12月）", DatePrecision.PartOfYear),
        "上半年" => ("上半年（1—6月）", DatePrecision.PartOfYear),
        "下半年" => ("下半年（7—12月）", DatePrecision.PartOfYear),
        "春天" or "春季" => ("春季（约3—5月）", DatePrecision.Season),
        "夏天" or "夏季" => ("夏季（约6—8月）", DatePrecision.Season),
        "秋天" or "秋季" => ("秋季（约9—11月）", DatePrecision.Season),
        _ => ("冬季（约12月—次年2月）", DatePrecision.Season),
    };

    /// <summary>The year offset from the publication date, and how to say it, for 去年, 今年, 明年, 前年 and 后年.</summary>
    public static (int Offset, string Note) ArticleYear(string word) => word switch
    {
        "前年" => (-2, "文章发表前两年"),
        "去年" => (-1, "文章发表前一年"),
        "明年" => (1, "文章发表后一年"),
        "后年" => (2, "文章发表后两年"),
        _ => (0, "文章发表当年"),
    };

    /// <summary>"上半年" or "下半年" for the half of the year a month falls in.</summary>
    public static string HalfOf(int month) => month <= 6 ? "上半年" : "下半年";
}
