using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>An amount in words for readers, the same on its card and in the figures ledger: 约 10亿美元, 2—3倍, 300万元人民币.</summary>
public static class AmountText
{
    /// <summary>The normalised number (with the upper bound of a range) and the currency's name or the counter.</summary>
    public static string Normalised(AmountSpan amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var number = ChineseNumberFormat.Format(amount.Value) + (amount.Upper is { } upper ? "—" + ChineseNumberFormat.Format(upper) : "");
        return (amount.Approximate && amount.Upper is null ? "约 " : "") + number + (amount.Currency?.Name ?? amount.Counter);
    }
}
