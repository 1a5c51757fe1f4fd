namespace OpenAIStory.Core.Model;

/// <summary>Where the article was first published and by whom.</summary>
/// <param name="Platform">The platform, such as 雪球App or 微信公众号 X.</param>
/// <param name="Author">The author's name.</param>
/// <param name="Url">The original's address, when the scrape kept it.</param>
/// <param name="Line">The raw scrape's line of the byline.</param>
public sealed record Byline(string? Platform, string? Author, string? Url, int Line);
