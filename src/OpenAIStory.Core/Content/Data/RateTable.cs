namespace OpenAIStory.Core.Content.Data;

/// <summary>Annual average exchange rates (CNY per USD), as published, with sources.</summary>
public sealed record RateTable
{
    public required string Title { get; init; }

    public string? Unit { get; init; }

    public List<SourceLink> Sources { get; init; } = [];

    public Dictionary<int, decimal> Rates { get; init; } = [];
}
