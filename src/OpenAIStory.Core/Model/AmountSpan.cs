using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Model;

/// <summary>A sum of money or a counted quantity in the text, its number normalised (10亿 → 1000000000).</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Value">The number; for ranges and 数十 forms the lower bound.</param>
public sealed record AmountSpan(int Start, int Length, decimal Value) : Span(Start, Length)
{
    public override SpanKind Kind => SpanKind.Amount;

    /// <summary>The upper bound of a range (两到三倍 → 3), otherwise null.</summary>
    public decimal? Upper { get; init; }

    /// <summary>The currency of a sum of money (written, or inherited from an earlier sum in the sentence); null for quantities.</summary>
    public Currency? Currency { get; init; }

    /// <summary>For quantities: the counter word as written (台, 倍, 参数), "%" for percentages, or "" for a bare large number.</summary>
    public string Counter { get; init; } = "";

    /// <summary>True for 多/余/几/数/约/近/超过/上/不到/左右 forms, ranges and inherited currencies.</summary>
    public bool Approximate { get; init; }

    /// <summary>The date (ISO) the amount is as of, for conversions: the nearest date before it, an editor's date, or the article's.</summary>
    public string? AsOf { get; init; }

    /// <summary>The checked claim whose <c>asOf</c> dated the amount, when one did.</summary>
    public string? DatedBy { get; init; }

    /// <summary>True for a sum of money.</summary>
    public bool IsMoney => Currency is not null;

    /// <summary>The unit as the markup and JSON write it: the ISO 4217 code for money, otherwise <see cref="Counter"/>.</summary>
    public string Unit => Currency?.Code ?? Counter;

    /// <summary>The year of <see cref="AsOf"/>.</summary>
    public int? AsOfYear => IsoYear.Of(AsOf);
}
