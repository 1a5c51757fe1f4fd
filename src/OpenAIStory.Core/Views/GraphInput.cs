namespace OpenAIStory.Core.Views;

/// <summary>What the graph layouts take: nodes (id, label, link, group) and edges.</summary>
public sealed record GraphInput(IReadOnlyList<(string Id, string Label, string Href, int Group)> Nodes, IReadOnlyList<GraphEdge> Edges);
