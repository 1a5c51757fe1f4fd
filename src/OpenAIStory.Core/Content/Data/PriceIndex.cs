namespace OpenAIStory.Core.Content.Data;

/// <summary>A consumer price index: annual averages (<see cref="Values"/>) or year-on-year indices, previous year = 100 (<see cref="Yoy"/>).</summary>
public sealed record PriceIndex
{
    public required string Title { get; init; }

    public List<SourceLink> Sources { get; init; } = [];

    public Dictionary<int, decimal> Values { get; init; } = [];

    public Dictionary<int, decimal> Yoy { get; init; } = [];
}
