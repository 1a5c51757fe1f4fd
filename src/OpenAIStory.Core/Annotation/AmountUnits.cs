namespace OpenAIStory.Core.Annotation;

/// <summary>The currency words and counters that <see cref="AmountRecognizer"/> accepts after a number.</summary>
internal static class AmountUnits
{
    /// <summary>Currency words, longest first so that 港元 wins over 元; each maps to its ISO 4217 code.</summary>
    private static readonly KeyValuePair<string, string>[] Currencies =
    [
        new("元人民币", "CNY"),
        new("人民币", "CNY"),
        new("美元", "USD"),
        new("美金", "USD"),
        new("港元", "HKD"),
        new("港币", "HKD"),
        new("欧元", "EUR"),
        new("日元", "JPY"),
        new("英镑", "GBP"),
        new("韩元", "KRW"),
        new("块钱", "CNY"),
        new("元", "CNY"),
    ];

    /// <summary>The ISO code for a currency word, or null when <paramref name="word"/> is a counter.</summary>
    public static string? CurrencyCode(string word)
    {
        foreach (var (name, code) in Currencies)
        {
            if (string.Equals(name, word, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

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
