using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>A headed part of the article.</summary>
/// <param name="Slug">The shareable identifier used in URLs and as the element id.</param>
/// <param name="Heading">The heading as the reader sees it.</param>
/// <param name="Keyword">The heading's short form (the keyword before the colon, or the text after the numbering).</param>
/// <param name="Line">The raw scrape's line of the heading.</param>
/// <param name="Blocks">The section's paragraphs and captions in order.</param>
public sealed record Section(string Slug, string Heading, string Keyword, int Line, ImmutableArray<Block> Blocks)
{
    /// <summary>2 for a top-level section, 3 for a subsection.</summary>
    public int Level { get; init; } = 2;

    /// <summary>The sections nested in this one, in order (each with its own blocks).</summary>
    public ImmutableArray<Section> Subsections { get; init; } = [];

    /// <summary>This section's blocks followed by its subsections' blocks, in reading order.</summary>
    public IEnumerable<Block> AllBlocks => Blocks.Concat(Subsections.SelectMany(s => s.Blocks));
}
