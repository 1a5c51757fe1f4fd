using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>A date, period or span of time found in text, ready for an HTML <c>&lt;time datetime&gt;</c> element.</summary>
/// <param name="Start">Index of the first character of the expression.</param>
/// <param name="Length">Length of the whole expression (从2017年开始, 2个月后, 过去30年).</param>
/// <param name="DateTime">A valid HTML datetime value: "2014", "2016-05", "2022-11-30", "03-21" or a duration such as "P15M".</param>
/// <param name="Precision">What <paramref name="DateTime"/> stands for.</param>
/// <param name="Label">A short normalised description in Chinese, such as "2018年初（约1—3月）".</param>
/// <param name="Approximate">True when the text is vague (数月之后, 半年到两年) or the date had to be estimated.</param>
/// <param name="Relative">True when the value was worked out from context (the previous date, the publication date) rather than read whole from the text.</param>
public sealed record DateMatch(int Start, int Length, string DateTime, DatePrecision Precision, string Label, bool Approximate, bool Relative);
