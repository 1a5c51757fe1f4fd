namespace OpenAIStory.Core.Annotation;

/// <summary>What <see cref="AmountRecognizer"/> checks after a counter (currency words are in <see cref="Model.Currencies"/>).</summary>
internal static class AmountUnits
{
    /// <summary>True when 个 starts a span of time (个月, 个小时, 个多月): a duration, which dates handle, not a count.</summary>
    public static bool StartsTimeSpan(ReadOnlySpan<char> after) =>
        after.StartsWith("月", StringComparison.Ordinal)
        || after.StartsWith("多月", StringComparison.Ordinal)
        || after.StartsWith("半月", StringComparison.Ordinal)
        || after.StartsWith("小时", StringComparison.Ordinal)
        || after.StartsWith("星期", StringComparison.Ordinal)
        || after.StartsWith("礼拜", StringComparison.Ordinal)
        || after.StartsWith("钟头", StringComparison.Ordinal)
        || after.StartsWith("工作日", StringComparison.Ordinal);
}
