using OpenAIStory.Core.Views;

namespace OpenAIStory.Web.Reading;

/// <summary>A graph drawing with what the SVG needs to describe itself.</summary>
public sealed record GraphView(string Id, GraphDrawing Drawing, string Title, string Description, string? Centre, bool LabelsCentred, string CssClass)
{
    /// <summary>The id of the SVG's title.</summary>
    public string TitleId => Id + "-title";

    /// <summary>The id of the SVG's description.</summary>
    public string DescId => Id + "-desc";

    /// <summary>How labels sit against their dots: centred above, or starting to the right.</summary>
    public string LabelAnchor => LabelsCentred ? "middle" : "start";

    /// <summary>True for the entity the drawing is about.</summary>
    public bool IsCentre(GraphNode node) => node?.Id == Centre;

    /// <summary>The radius of a node's dot: larger for the centre.</summary>
    public double Radius(GraphNode node) => IsCentre(node) ? 9 : 6;

    /// <summary>The x of a node's label: centred on the dot, or just right of it.</summary>
    public double LabelX(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.X + (LabelsCentred ? 0 : 10);
    }

    /// <summary>The baseline of a node's label: above the dot when centred, else level with it.</summary>
    public double LabelY(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Y + (LabelsCentred ? -12 : 5);
    }

    /// <summary>The SVG path of an edge between its two nodes.</summary>
    public string EdgePath(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var (from, to) = (Drawing.Node(edge.From), Drawing.Node(edge.To));
        return Svg.Curve(from.X, from.Y, to.X, to.Y);
    }
}
