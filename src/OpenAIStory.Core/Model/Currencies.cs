using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>The one table of currencies: what the amount recogniser reads, and how cards, the figures ledger and
/// conversions name a sum.</summary>
public static class Currencies
{
    /// <summary>Renminbi; a sum reads 100元人民币, as on the amount cards.</summary>
    public static readonly Currency Cny = new("CNY", "元人民币", "¥") { Words = ["元人民币", "人民币", "块钱", "元"] };

    /// <summary>US dollar.</summary>
    public static readonly Currency Usd = new("USD", "美元", "$") { Words = ["美元", "美金"] };

    /// <summary>Hong Kong dollar.</summary>
    public static readonly Currency Hkd = new("HKD", "港元", "HK$") { Words = ["港元", "港币"] };

    /// <summary>Euro.</summary>
    public static readonly Currency Eur = new("EUR", "欧元", "€") { Words = ["欧元"] };

    /// <summary>Japanese yen.</summary>
    public static readonly Currency Jpy = new("JPY", "日元", "¥") { Words = ["日元"] };

    /// <summary>Pound sterling.</summary>
    public static readonly Currency Gbp = new("GBP", "英镑", "£") { Words = ["英镑"] };

    /// <summary>South Korean won.</summary>
    public static readonly Currency Krw = new("KRW", "韩元", "₩") { Words = ["韩元"] };

    /// <summary>Every currency.</summary>
    public static readonly ImmutableArray<Currency> All = [Cny, Usd, Hkd, Eur, Jpy, Gbp, Krw];

    /// <summary>Every currency word, longest first, so that an alternation built from them prefers 港元 to 元.</summary>
    public static readonly ImmutableArray<string> Words = [.. All.SelectMany(c => c.Words).OrderByDescending(w => w.Length)];

    /// <summary>The currency with ISO code <paramref name="code"/>, or null.</summary>
    public static Currency? ByCode(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>The currency <paramref name="word"/> names (美金 → USD), or null when it is not a currency word.</summary>
    public static Currency? ByWord(string word) => All.FirstOrDefault(c => c.Words.Contains(word, StringComparer.Ordinal));
}
