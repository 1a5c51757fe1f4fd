namespace OpenAIStory.Web.Reading;

/// <summary>A preview card shown on hover or focus of a mention, date or amount; rendered into a &lt;template&gt;.</summary>
public sealed record CardView(string Id, NoteTitle Title, string? Kind, string Description, string? Href, string? LinkLabel);
