using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Content.Data;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Rendering;

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

        var errors = new List<ContentError>();
        var renderer = new NoteRenderer();
        var entities = EntityLoader.Load(root, renderer, errors);
        var annotations = AnnotationLoader.Load(root, renderer, entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), errors);
        var economics = LoadEconomics(root, errors);

        var aliases = entities.SelectMany(e => e.Data.Aliases.Select(a => (Alias: a, e.Id)))
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var parser = new ScrapeParser(sidecar.Sections,
        [
            new AnchorAnnotations(annotations),
            new RecogniseDates(sidecar.Published?.Date),
            new RecogniseAmounts(sidecar.Published?.Date),
            new ResolveMentions(aliases),
            new PlaceNoteMarkers(),
        ]);
        var parse = parser.Parse(Relative(root, scrapePath), File.ReadAllBytes(scrapePath));
        errors.AddRange(parse.Document.Problems);
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new SiteContent(
            root,
            sidecar,
            parse,
            entities.ToDictionary(e => e.Id, StringComparer.Ordinal),
            annotations.ToDictionary(a => a.Id, StringComparer.Ordinal),
            economics);
    }

    private static EconomicData? LoadEconomics(string root, List<ContentError> errors)
    {
        var rates = Path.Combine(root, "data", "usd-cny.yml");
        var cpi = Path.Combine(root, "data", "cpi.yml");
        if (!File.Exists(rates) || !File.Exists(cpi))
        {
            return null;
        }

        try
        {
            var table = YamlContent.Read<RateTable>(Relative(root, rates), File.ReadAllText(rates));
            var indices = YamlContent.Read<CpiTables>(Relative(root, cpi), File.ReadAllText(cpi));
            foreach (var (year, rate) in table.Rates.Where(r => r.Value is <= 0 or > 100))
            {
                errors.Add(new ContentError(Relative(root, rates), FrontMatter.LineOf(File.ReadAllText(rates), $"{year}:"), $"rate {rate} for {year} is not a plausible CNY-per-USD rate"));
            }

            return new EconomicData(table, indices);
        }
        catch (ContentException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }
    }

    /// <summary>A path as shown in messages: relative to the content root's parent, so it reads <c>content/file</c>.</summary>
    public static string Relative(string root, string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar)) ?? root;
        return Path.GetRelativePath(parent, path);
    }
}
