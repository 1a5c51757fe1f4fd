namespace OpenAIStory.Core.Content.Entities;

/// <summary>A typed, dated, directed relation: this entity --Type--> Target.</summary>
public sealed record EntityRelation
{
    public required string Type { get; init; }

    public required string Target { get; init; }

    public int? Year { get; init; }

    public int? Until { get; init; }

    /// <summary>1-based index into the entity's sources: the publication that supports the relation.</summary>
    public int? Source { get; init; }
}
