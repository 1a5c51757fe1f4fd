using OpenAIStory.Core.Views;

namespace OpenAIStory.Web.Reading;

/// <summary>A graph drawing with what the SVG needs to describe itself.</summary>
public sealed record GraphView(string Id, GraphDrawing Drawing, string Title, string Description, string? Centre, bool LabelsCentred, string CssClass);
