namespace OpenAIStory.Core.Content.Entities;

/// <summary>One index of entities: its URL segment, its Chinese title, and the entity types it lists with their labels.</summary>
public sealed record EntityIndex(string Segment, string Title, IReadOnlyList<(EntityType Type, string Label)> Types)
{
    /// <summary>The index's path.</summary>
    public string Path => "/" + Segment;
}
