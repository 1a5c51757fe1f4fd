namespace OpenAIStory.Web.Pages;

/// <summary>What the layout needs to know about a page: its title, description and canonical path.</summary>
public sealed record PageMeta(string Title, string Description, string CanonicalPath)
{
    /// <summary>The kind of Open Graph object (article for readings, website otherwise).</summary>
    public string OgType { get; init; } = "website";
}
