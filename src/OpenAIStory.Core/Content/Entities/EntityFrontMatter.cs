namespace OpenAIStory.Core.Content.Entities;

/// <summary>The YAML front matter of an entity note, as written in <c>content/entities/{id}.md</c>.</summary>
public sealed record EntityFrontMatter
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public string? Original { get; init; }

    public List<string> Aliases { get; init; } = [];

    public required string Summary { get; init; }

    public string? Born { get; init; }

    public string? Founded { get; init; }

    public List<EntityFact> Facts { get; init; } = [];

    public List<EntityRelation> Relations { get; init; } = [];

    public List<string> SameAs { get; init; } = [];

    public List<SourceLink> Sources { get; init; } = [];
}
