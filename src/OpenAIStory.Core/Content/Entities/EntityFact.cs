namespace OpenAIStory.Core.Content.Entities;

/// <summary>A dated key fact in an entity's note.</summary>
public sealed record EntityFact
{
    public int? Year { get; init; }

    public required string Text { get; init; }

    /// <summary>1-based index into the entity's sources: the publication that supports the fact.</summary>
    public int? Source { get; init; }
}
