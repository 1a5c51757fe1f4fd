using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>A headed part of the article.</summary>
/// <param name="Slug">The shareable identifier used in URLs and as the element id.</param>
/// <param name="Heading">The heading as the reader sees it.</param>
/// <param name="Keyword">The heading's short form (the keyword before the colon, or the text after the numbering).</param>
/// <param name="Line">The raw scrape's line of the heading.</param>
/// <param name="Blocks">The section's paragraphs and captions in order.</param>
public sealed record Section(string Slug, string Heading, string Keyword, int Line, ImmutableArray<Block> Blocks);
