using OpenAIStory.Core.Views;

namespace OpenAIStory.Web.Reading;

/// <summary>A graph drawing with what the SVG needs to describe itself.</summary>
public sealed record GraphView(string Id, GraphDrawing Drawing, string Title, string Description, string? Centre, bool LabelsCentred, string CssClass)
{
    /// <summary>The id of the SVG's title.</summary>
    public string TitleId => Id + "-title";

    /// <summary>The id of the SVG's description.</summary>
    public string DescId => Id + "-desc";
}
