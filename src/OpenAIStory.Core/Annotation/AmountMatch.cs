namespace OpenAIStory.Core.Annotation;

/// <summary>A sum of money or a counted quantity found in text, with its value normalised to a plain number.</summary>
/// <param name="Start">Index of the first character of the expression, including words such as 约 or 不到.</param>
/// <param name="Length">Length of the expression, including its unit and words such as 左右.</param>
/// <param name="Value">The number (10亿 → 1000000000); for ranges and 数十 forms the lower bound.</param>
/// <param name="UpperValue">The upper bound of a range (两到三倍 → 3), otherwise null.</param>
/// <param name="Unit">An ISO 4217 code for money (USD, CNY …), the counter word as written for quantities (台, 倍, 参数), "%" for percentages, or "" for a bare large number.</param>
/// <param name="IsMoney">True when <paramref name="Unit"/> is a currency, written or inherited from an earlier sum in the sentence.</param>
/// <param name="Approximate">True for 多/余/几/数/约/近/超过/上/不到/左右 forms, ranges and inherited currencies.</param>
public sealed record AmountMatch(int Start, int Length, decimal Value, decimal? UpperValue, string Unit, bool IsMoney, bool Approximate);
