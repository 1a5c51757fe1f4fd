namespace OpenAIStory.Core.Parsing;

/// <summary>A line shaped like a heading of some style, with its number (for numbered styles) and keyword.</summary>
public sealed record HeadingCandidate(HeadingStyle Style, int? Number, string Keyword);
