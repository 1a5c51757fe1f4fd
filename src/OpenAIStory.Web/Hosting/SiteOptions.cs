namespace OpenAIStory.Web.Hosting;

/// <summary>The site's public identity: configuration section <c>Site</c>.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Site";

    /// <summary>The configuration key of <see cref="BaseUrl"/>, as operators write it.</summary>
    public const string BaseUrlKey = "Site:BaseUrl";

    /// <summary>Where the site is published (scheme, host, optional path, no trailing slash needed): the only source of
    /// absolute URLs in pages, sitemap, robots, JSON-LD and annotation ids.</summary>
    public string? BaseUrl { get; set; }
}
