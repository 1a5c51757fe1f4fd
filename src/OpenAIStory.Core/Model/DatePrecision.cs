namespace OpenAIStory.Core.Model;

/// <summary>How much of the calendar a date pins down, and so how to read its ISO value.</summary>
public enum DatePrecision
{
    /// <summary>A year: "2014".</summary>
    Year,

    /// <summary>A month: "2016-05".</summary>
    Month,

    /// <summary>A day: "2023-03-21", or a yearless "03-21" when no year is known.</summary>
    Day,

    /// <summary>A season of a year (2015年夏天); the datetime is the year and the label names the months.</summary>
    Season,

    /// <summary>Part of a year (2018年初, 下半年); the datetime is the year and the label names the months.</summary>
    PartOfYear,

    /// <summary>A decade (上世纪七十年代); the datetime is its first year, "1970".</summary>
    Decade,

    /// <summary>A span of time (前15个月, 过去30年); the datetime is an ISO 8601 duration such as "P15M".</summary>
    Duration,

    /// <summary>The writer's present (如今); the datetime is the article's publication date.</summary>
    Relative,
}
