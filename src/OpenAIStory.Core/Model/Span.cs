using System.Text.Json.Serialization;

namespace OpenAIStory.Core.Model;

/// <summary>An inline annotation over a range of a block's text.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Kind">What the span marks.</param>
/// <param name="Value">The machine-readable value: marker number, entity id, ISO date, number, annotation id.</param>
public sealed record Span(int Start, int Length, SpanKind Kind, string Value)
{
    /// <summary>The unit of an amount (ISO 4217 code for money), or the precision of a date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>True when the amount is approximate or a range, or the date is inexact.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Approximate { get; init; }

    /// <summary>The annotation that produced the span, for spans anchored by an editor rather than recognised.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Origin { get; init; }

    /// <summary>A short normalised description in Chinese (dates: "2018年初（约1—3月）").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    /// <summary>The upper bound of a range amount (两到三倍 → 3), invariant culture.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Upper { get; init; }

    /// <summary>For amounts: the date the amount is as of (the nearest date before it), for conversions.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; init; }

    /// <summary>Offset just past the span.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(Span other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }
}
