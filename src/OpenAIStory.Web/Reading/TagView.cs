namespace OpenAIStory.Web.Reading;

/// <summary>A topic or stock tag ready to render.</summary>
public sealed record TagView(bool IsCashtag, string Name, string? Code, string? ExchangeName)
{
    /// <summary>The page of the entity the tag names, if there is one.</summary>
    public string? Href { get; init; }
}
