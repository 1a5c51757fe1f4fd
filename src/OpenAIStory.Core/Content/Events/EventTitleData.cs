namespace OpenAIStory.Core.Content.Events;

/// <summary>A short title for a date the article gives, as written in <c>events.yml</c>: anchored by quote (the date
/// as the article writes it, with context), it names what happened then for the timeline.</summary>
public sealed record EventTitleData
{
    public required string Quote { get; init; }

    public string Prefix { get; init; } = "";

    public string Suffix { get; init; } = "";

    /// <summary>What happened and who, in a few words.</summary>
    public required string Title { get; init; }
}
