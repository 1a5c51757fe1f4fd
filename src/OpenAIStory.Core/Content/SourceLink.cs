namespace OpenAIStory.Core.Content;

/// <summary>A source a note's facts were checked against.</summary>
public sealed record SourceLink
{
    public required string Title { get; init; }

    public required string Url { get; init; }
}
