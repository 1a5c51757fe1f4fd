namespace OpenAIStory.Core.Model;

/// <summary>A topic or stock tag that the platform appended to the post.</summary>
/// <param name="Kind">Topic or cashtag.</param>
/// <param name="Name">The topic text or the security's name.</param>
/// <param name="Code">The stock code without exchange prefix (cashtags only).</param>
/// <param name="Exchange">The exchange, when the code tells it: SZSE, SSE, BSE, HKEX, US.</param>
/// <param name="Line">The raw scrape's line of the tag.</param>
public sealed record Tag(TagKind Kind, string Name, string? Code, string? Exchange, int Line)
{
    /// <summary>The tag exactly as written in the scrape.</summary>
    public string Raw { get; init; } = "";
}
