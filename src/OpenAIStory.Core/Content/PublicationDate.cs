namespace OpenAIStory.Core.Content;

/// <summary>The article's publication date (or the tightest bound known) and the evidence for it.</summary>
public sealed record PublicationDate
{
    /// <summary>ISO date, year-month or year, as precisely as established.</summary>
    public required string Date { get; init; }

    /// <summary>How it was established, in a sentence.</summary>
    public string? Note { get; init; }

    /// <summary>A link to the evidence.</summary>
    public string? Source { get; init; }
}
