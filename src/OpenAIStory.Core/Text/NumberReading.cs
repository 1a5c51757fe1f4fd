namespace OpenAIStory.Core.Text;

/// <summary>A number read from text: its value (the lower bound of a range), the upper bound of a range, and whether it is approximate.</summary>
/// <param name="Value">The value, or the lower bound when the text gives a range or an approximation such as 数十.</param>
/// <param name="UpperValue">The upper bound of a range (两到三 → 3), otherwise null.</param>
/// <param name="Approximate">True for 多/余/几/数 forms and for ranges.</param>
public readonly record struct NumberReading(decimal Value, decimal? UpperValue, bool Approximate);
