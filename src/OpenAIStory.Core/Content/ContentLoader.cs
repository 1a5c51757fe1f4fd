using System.Globalization;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Content.Editorial;
using OpenAIStory.Core.Content.Events;
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
        var denied = LoadDenied(root, errors);
        var entities = EntityLoader.Load(root, renderer, denied, errors);
        var annotations = AnnotationLoader.Load(root, renderer, entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), denied, errors);
        var claims = ClaimLoader.Load(root, renderer, denied, errors);
        var economics = LoadEconomics(root, denied, errors);
        CheckSpelling(root, entities, annotations, claims, errors);
        var annotationIds = annotations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clash in claims.Where(c => annotationIds.Contains(c.Id)))
        {
            errors.Add(clash.Problem("an annotation has the same id; ids name one note each"));
        }

        var aliases = entities.SelectMany(e => e.Data.Aliases.Select(a => (Alias: a, e.Id)))
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var parser = new ScrapeParser(sidecar.Sections,
        [
            new AnchorAnnotations(annotations),
            new AnchorClaims(claims),
            new RecogniseDates(sidecar.Published?.Date),
            new RecogniseAmounts(sidecar.Published?.Date),
            new DateClaimedAmounts(claims),
            new ResolveMentions(aliases),
            new PlaceNoteMarkers(),
        ]);
        var parse = parser.Parse(Relative(root, scrapePath), File.ReadAllBytes(scrapePath));
        errors.AddRange(parse.Document.Problems);
        var events = EventTitles.Load(root, parse.Document, errors);
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
            economics)
        {
            Claims = claims.ToDictionary(c => c.Id, StringComparer.Ordinal),
            Events = events,
        };
    }

    private static DeniedSources LoadDenied(string root, List<ContentError> errors)
    {
        var path = Path.Combine(root, DeniedSources.File);
        if (!File.Exists(path))
        {
            return DeniedSources.None;
        }

        try
        {
            return new DeniedSources(YamlContent.Read<DeniedSourcesFile>(Relative(root, path), File.ReadAllText(path)).Domains);
        }
        catch (ContentException ex)
        {
            errors.AddRange(ex.Errors);
            return DeniedSources.None;
        }
    }

    /// <summary>The file of preferred terms inside the content root: one term per concept.</summary>
    public const string TermsFile = "terms.yml";

    private static void CheckSpelling(string root, IReadOnlyList<Entity> entities, IReadOnlyList<EditorialAnnotation> annotations, IReadOnlyList<CheckedClaim> claims, List<ContentError> errors)
    {
        var spelling = new NameSpelling(entities);
        var termsPath = Path.Combine(root, TermsFile);
        var terms = new List<PreferredTerm>();
        if (File.Exists(termsPath))
        {
            try
            {
                terms = YamlContent.Read<List<PreferredTerm>>(Relative(root, termsPath), File.ReadAllText(termsPath));
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        // Each editorial text with where it was written: an entity's summary, facts and body at their own positions
        // (the problem names the line of the words), a side note or claim at its entry's line.
        var texts = entities.SelectMany(EditorialTexts)
            .Concat(annotations.Select(a => new EditorialText(a.File, a.NoteHtml.Value, null, a.Line)))
            .Concat(claims.Select(c => new EditorialText(c.File, c.NoteHtml.Value, null, c.Line)));
        foreach (var (file, text, at, line) in texts)
        {
            foreach (var (problem, written) in spelling.Problems(text))
            {
                errors.Add(new ContentError(file, at?.LineOf(written) ?? line, problem));
            }

            foreach (var (term, variant) in terms.SelectMany(t => t.Not.Where(v => text.Contains(v, StringComparison.Ordinal)).Select(v => (t.Use, v))))
            {
                errors.Add(new ContentError(file, at?.LineOf(variant) ?? line,
                    $"'{variant}' is written '{term}' everywhere (one term per concept, content/{TermsFile})"));
            }
        }
    }

    private readonly record struct EditorialText(string File, string Text, TextPosition? Written, int? Line);

    private static IEnumerable<EditorialText> EditorialTexts(Entity entity)
    {
        yield return new EditorialText(entity.File, entity.Data.Summary, entity.Position?["summary"].Source, null);
        yield return new EditorialText(entity.File, entity.NoteHtml.Value, entity.Body, null);
        foreach (var (i, fact) in entity.Data.Facts.Index())
        {
            yield return new EditorialText(entity.File, fact.Text, entity.Position?["facts"][i]["text"].Source, null);
        }
    }

    private static EconomicData? LoadEconomics(string root, DeniedSources denied, List<ContentError> errors)
    {
        var rates = Path.Combine(root, "data", "usd-cny.yml");
        var cpi = Path.Combine(root, "data", "cpi.yml");
        if (!File.Exists(rates) || !File.Exists(cpi))
        {
            return null;
        }

        try
        {
            var (ratesFile, cpiFile) = (Relative(root, rates), Relative(root, cpi));
            var (table, ratesAt) = YamlContent.ReadLocated<RateTable>(ratesFile, File.ReadAllText(rates));
            var (indices, cpiAt) = YamlContent.ReadLocated<CpiTables>(cpiFile, File.ReadAllText(cpi));
            foreach (var (year, rate) in table.Rates.Where(r => r.Value is <= 0 or > 100))
            {
                errors.Add(new ContentError(ratesFile, ratesAt["rates"][year.ToString(CultureInfo.InvariantCulture)].Line, $"rate {rate} for {year} is not a plausible CNY-per-USD rate"));
            }

            var sources = table.Sources.Index().Select(s => (File: ratesFile, s.Item, At: ratesAt["sources"][s.Index]))
                .Concat(indices.Us.Sources.Index().Select(s => (cpiFile, s.Item, cpiAt["us"]["sources"][s.Index])))
                .Concat(indices.Cn.Sources.Index().Select(s => (cpiFile, s.Item, cpiAt["cn"]["sources"][s.Index])));
            foreach (var (file, source, at) in sources)
            {
                errors.AddRange(EditorialRules.SourceProblems(source, denied).Select(p => new ContentError(file, source.LineIn(at), p)));
            }

            return new EconomicData(table with { Sources = [.. table.Sources.Select(EditorialRules.Clean)] }, indices);
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
