using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>A paragraph or caption of the reading, with its stable id and inline spans.</summary>
/// <param name="Id">Stable identifier, derived from the block's own text so that edits elsewhere keep it.</param>
/// <param name="Kind">Paragraph or caption.</param>
/// <param name="Text">The text the reader sees (punctuation normalised).</param>
/// <param name="Line">The raw scrape's line it came from.</param>
public sealed record Block(string Id, BlockKind Kind, string Text, int Line)
{
    /// <summary>Inline annotations, ordered by start, never overlapping.</summary>
    public ImmutableArray<Span> Spans { get; init; } = [];
}
