namespace OpenAIStory.Core.Views;

/// <summary>A placed node of the relation map: an entity, its column (0 people, 1 organisations, 2 works and things) and position.</summary>
public sealed record GraphNode(string Id, string Label, string Href, int Group, double X, double Y);
