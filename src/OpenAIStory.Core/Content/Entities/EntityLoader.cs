using System.Text.RegularExpressions;
using OpenAIStory.Core.Content.Editorial;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Entities;

/// <summary>Loads <c>entities/*.md</c> and checks each note: id, type, sources, relations, aliases.</summary>
public static partial class EntityLoader
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    /// <summary>Loads every entity file; problems are added to <paramref name="errors"/> and the broken file skipped.</summary>
    public static IReadOnlyList<Entity> Load(string root, NoteRenderer renderer, DeniedSources denied, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(errors);
        var dir = Path.Combine(root, "entities");
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var entities = new List<Entity>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.Relative(root, path);
            try
            {
                var text = File.ReadAllText(path);
                var (yaml, body, yamlLine) = FrontMatter.Split(file, text);
                var data = YamlContent.Read<EntityFrontMatter>(file, yaml, yamlLine);
                var entity = Check(file, text, Path.GetFileNameWithoutExtension(path), data, body, renderer.Render(body), denied, errors);
                if (entity is not null)
                {
                    entities.Add(entity);
                    texts[entity.Id] = text;
                }
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        CheckRelations(entities, texts, errors);
        CheckAliases(entities, texts, errors);
        return entities;
    }

    private static Entity? Check(string file, string text, string fileId, EntityFrontMatter data, string body, SafeHtml noteHtml, DeniedSources denied, List<ContentError> errors)
    {
        var before = errors.Count;
        int? Line(string needle) => FrontMatter.LineOf(text, needle);
        if (!string.Equals(data.Id, fileId, StringComparison.Ordinal) || !IdShape().IsMatch(data.Id))
        {
            errors.Add(new ContentError(file, Line("id:"), $"id '{data.Id}' must be lowercase kebab-case and equal the file name '{fileId}'"));
        }

        if (!Enum.TryParse<EntityType>(data.Type, ignoreCase: true, out var type) || !data.Type.All(char.IsAsciiLetterLower))
        {
            errors.Add(new ContentError(file, Line("type:"), $"type '{data.Type}' is not one of: {string.Join(", ", Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant()))}"));
        }

        if (string.IsNullOrWhiteSpace(data.Summary))
        {
            errors.Add(new ContentError(file, Line("summary:"), "summary is empty"));
        }

        if (data.Sources.Count == 0)
        {
            errors.Add(new ContentError(file, null, "a note needs at least one source (sources:)"));
        }

        foreach (var url in data.SameAs.Where(u => !EditorialRules.IsHttpUrl(u)))
        {
            errors.Add(new ContentError(file, Line(url), $"'{url}' is not an http(s) URL"));
        }

        foreach (var source in data.Sources)
        {
            foreach (var problem in EditorialRules.SourceProblems(source, denied))
            {
                errors.Add(new ContentError(file, Line(source.Url ?? source.Title ?? "sources:"), problem));
            }
        }

        if (data.Checked is null || !DateOnly.TryParseExact(data.Checked, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            errors.Add(new ContentError(file, Line("checked:") ?? Line("id:"), $"checked: must give the ISO date (yyyy-mm-dd) the note was last checked against its sources (got '{data.Checked}')"));
        }

        foreach (var fact in data.Facts.Where(f => f.Source is not { } n || n < 1 || n > data.Sources.Count))
        {
            errors.Add(new ContentError(file, Line(fact.Text), $"fact '{fact.Text}' needs source: N, the 1-based number of the source that supports it (this note has {data.Sources.Count} sources)"));
        }

        foreach (var relation in data.Relations.Where(r => r.Source is { } n && (n < 1 || n > data.Sources.Count)))
        {
            errors.Add(new ContentError(file, Line("target: " + relation.Target), $"relation '{relation.Type}' → '{relation.Target}': source {relation.Source} is not one of this note's {data.Sources.Count} sources"));
        }

        foreach (var (field, value) in new[] { ("summary", data.Summary), ("note", body) }.Concat(data.Facts.Select(f => ("fact", f.Text))))
        {
            foreach (var (problem, evidence) in EditorialRules.LocatedTextProblems(value))
            {
                errors.Add(new ContentError(file, Line(evidence) ?? Line(FrontMatter.Snippet(value)), $"{field}: {problem}"));
            }
        }

        foreach (var relation in data.Relations.Where(r => !RelationTypes.IsKnown(r.Type)))
        {
            errors.Add(new ContentError(file, Line("type: " + relation.Type), $"unknown relation type '{relation.Type}' (known: {string.Join(", ", RelationTypes.All)})"));
        }

        if (string.IsNullOrWhiteSpace(noteHtml.Value))
        {
            errors.Add(new ContentError(file, null, "the note body (Markdown after the front matter) is empty"));
        }

        var clean = data with
        {
            Name = EditorialRules.Clean(data.Name),
            Original = data.Original is null ? null : EditorialRules.Clean(data.Original),
            ShortName = data.ShortName is null ? null : EditorialRules.Clean(data.ShortName),
            Summary = EditorialRules.Clean(data.Summary),
            Facts = [.. data.Facts.Select(f => f with { Text = EditorialRules.Clean(f.Text) })],
            Sources = [.. data.Sources.Select(EditorialRules.Clean)],
        };
        return errors.Count == before ? new Entity(clean, type, noteHtml, file) : null;
    }

    private static void CheckRelations(List<Entity> entities, Dictionary<string, string> texts, List<ContentError> errors)
    {
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var relation in entity.Data.Relations.Where(r => !ids.Contains(r.Target)))
            {
                errors.Add(new ContentError(entity.File, FrontMatter.LineOf(texts[entity.Id], "target: " + relation.Target),
                    $"relation '{relation.Type}' points to unknown entity '{relation.Target}'"));
            }
        }
    }

    private static void CheckAliases(List<Entity> entities, Dictionary<string, string> texts, List<ContentError> errors)
    {
        var owners = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var alias in entity.Data.Aliases)
            {
                if (string.IsNullOrWhiteSpace(alias))
                {
                    errors.Add(new ContentError(entity.File, FrontMatter.LineOf(texts[entity.Id], "aliases:"), "an alias is empty"));
                }
                else if (owners.TryGetValue(alias, out var other) && other.Id != entity.Id)
                {
                    errors.Add(new ContentError(entity.File, FrontMatter.LineOf(texts[entity.Id], "- " + alias),
                        $"alias '{alias}' is also an alias of '{other.Id}' ({other.File}): a mention must resolve to one entity"));
                }
                else
                {
                    owners[alias] = entity;
                }
            }
        }
    }

}
