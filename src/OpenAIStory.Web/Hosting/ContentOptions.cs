namespace OpenAIStory.Web.Hosting;

/// <summary>Where the content folder is: configuration key <c>Content:Root</c>.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Content";

    /// <summary>The content folder; relative paths resolve against the working directory. Empty means the repository's <c>content/</c>.</summary>
    public string? Root { get; set; }

    /// <summary>The site's content folder: the configured one, else the nearest <c>content/</c> above the app's content
    /// root or the application's own folder.</summary>
    public string SiteRoot(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return ResolveRoot(environment.ContentRootPath, AppContext.BaseDirectory);
    }

    /// <summary>Resolves the folder: the configured one, else the nearest <c>content/</c> with an <c>article.yml</c> above the given start folders.</summary>
    public string ResolveRoot(params string[] searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(Root))
        {
            return Path.GetFullPath(Root);
        }

        foreach (var start in searchFrom)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "article.yml")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("content");
    }
}
