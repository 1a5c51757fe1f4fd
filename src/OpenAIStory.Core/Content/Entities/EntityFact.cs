namespace OpenAIStory.Core.Content.Entities;

/// <summary>A dated key fact in an entity's note.</summary>
public sealed record EntityFact
{
    public int? Year { get; init; }

    public required string Text { get; init; }
}
