namespace OpenAIStory.Core.Views;

/// <summary>A laid-out relation graph.</summary>
public sealed record GraphDrawing(double Width, double Height, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>A node by id.</summary>
    public GraphNode Node(string id) => Nodes.First(n => n.Id == id);
}
