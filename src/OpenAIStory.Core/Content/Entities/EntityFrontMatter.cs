namespace OpenAIStory.Core.Content.Entities;

/// <summary>The YAML front matter of an entity note, as written in <c>content/entities/{id}.md</c>.</summary>
public sealed record EntityFrontMatter
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public string? Original { get; init; }

    /// <summary>A short Chinese name for tight places (the relation map), when <see cref="Name"/> is long.</summary>
    [YamlDotNet.Serialization.YamlMember(Alias = "short")]
    public string? ShortName { get; init; }

    public List<string> Aliases { get; init; } = [];

    public required string Summary { get; init; }

    public string? Born { get; init; }

    public string? Founded { get; init; }

    public List<EntityFact> Facts { get; init; } = [];

    public List<EntityRelation> Relations { get; init; } = [];

    public List<string> SameAs { get; init; } = [];

    public List<SourceLink> Sources { get; init; } = [];

    /// <summary>The ISO date the facts, relations and note were last checked against the sources.</summary>
    public string? Checked { get; init; }
}
