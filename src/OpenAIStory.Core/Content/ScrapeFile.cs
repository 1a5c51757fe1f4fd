using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Content;

/// <summary>Parses one scrape file as the <c>parse</c> verb does: with the slugs of an <c>article.yml</c> beside it, when that sidecar describes this very file.</summary>
public static class ScrapeFile
{
    /// <exception cref="ContentException">The file is missing, unreadable as a scrape, or its sidecar is broken.</exception>
    public static PipelineResult Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ContentException(new ContentError(path, null, "file not found"));
        }

        var slugs = SidecarBeside(path)?.Sections;
        return new ScrapeParser(slugs).Parse(path, File.ReadAllBytes(path));
    }

    private static ArticleSidecar? SidecarBeside(string file)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", ContentLoader.SidecarFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var sidecar = YamlContent.Read<ArticleSidecar>(path, File.ReadAllText(path));
        return string.Equals(sidecar.Scrape, Path.GetFileName(file), StringComparison.Ordinal) ? sidecar : null;
    }
}
