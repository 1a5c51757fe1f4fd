namespace OpenAIStory.Web.Reading;

/// <summary>A topic or stock tag ready to render.</summary>
public sealed record TagView(bool IsCashtag, string Name, string? Code, string? ExchangeName);
