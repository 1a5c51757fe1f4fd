using System.Text.Json.Serialization;

namespace OpenAIStory.Core.Model;

/// <summary>An inline annotation over a range of a block's text; each kind is its own record with a typed payload.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units (0 for note and claim markers).</param>
[JsonConverter(typeof(SpanJsonConverter))]
public abstract record Span(int Start, int Length)
{
    /// <summary>What the span marks.</summary>
    public abstract SpanKind Kind { get; }

    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(Span other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }
}
