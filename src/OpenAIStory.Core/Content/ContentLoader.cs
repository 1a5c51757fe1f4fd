using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Content;

/// <summary>Loads and validates a content folder: the sidecar, the raw scrape and everything that annotates it.</summary>
public static class ContentLoader
{
    /// <summary>The sidecar's file name inside the content root.</summary>
    public const string SidecarFile = "article.yml";

    /// <summary>Loads <paramref name="root"/>; every problem is reported at once, each with its file and line.</summary>
    /// <exception cref="ContentException">The folder is missing, or any content file is broken.</exception>
    public static SiteContent Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new ContentException(new ContentError(root, null, "content folder not found (set Content:Root to the folder that holds article.yml)"));
        }

        var sidecarPath = Path.Combine(root, SidecarFile);
        var sidecar = File.Exists(sidecarPath)
            ? YamlContent.Read<ArticleSidecar>(Relative(root, sidecarPath), File.ReadAllText(sidecarPath))
            : new ArticleSidecar();

        var scrapePath = Path.Combine(root, sidecar.Scrape);
        if (!File.Exists(scrapePath))
        {
            throw new ContentException(new ContentError(Relative(root, sidecarPath), null, $"scrape '{sidecar.Scrape}' not found in {root}"));
        }

        var parser = new ScrapeParser(sidecar.Sections);
        var parse = parser.Parse(Relative(root, scrapePath), File.ReadAllBytes(scrapePath));
        return new SiteContent(root, sidecar, parse);
    }

    /// <summary>A path as shown in messages: relative to the content root's parent, so it reads <c>content/file</c>.</summary>
    public static string Relative(string root, string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar)) ?? root;
        return Path.GetRelativePath(parent, path);
    }
}
