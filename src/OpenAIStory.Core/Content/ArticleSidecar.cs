namespace OpenAIStory.Core.Content;

/// <summary>What the scrape cannot tell, kept beside it in <c>article.yml</c>: never needed to find structure, only to name and date it.</summary>
public sealed record ArticleSidecar
{
    /// <summary>The raw scrape's file name, relative to the content root.</summary>
    public string Scrape { get; init; } = "article-scrape.txt";

    /// <summary>Slugs for sharing, keyed by section keyword (信仰 → faith).</summary>
    public Dictionary<string, string> Sections { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The original publication date, if it can be established, with how it was established.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>A one-sentence description of the article for search engines and link previews.</summary>
    public string? Description { get; init; }

    /// <summary>The address of the page the scrape was taken from, where known.</summary>
    public string? ScrapedFrom { get; init; }
}
