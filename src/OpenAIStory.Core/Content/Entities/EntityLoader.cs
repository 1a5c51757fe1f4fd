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

        // Files are read, parsed and checked in parallel (the start-up's largest serial step otherwise); results and
        // problems are gathered in file order, so messages come out the same on every run.
        var paths = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).ToArray();
        var loaded = new (Entity? Entity, List<ContentError> Errors)[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            var path = paths[i];
            var file = ContentLoader.Relative(root, path);
            var problems = new List<ContentError>();
            try
            {
                var (yaml, linesAbove, body) = FrontMatter.Split(file, File.ReadAllText(path));
                var (data, position) = YamlContent.ReadLocated<EntityFrontMatter>(file, yaml, linesAbove);
                loaded[i] = (Check(file, position, body, Path.GetFileNameWithoutExtension(path), data, renderer.Render(body.Text), denied, problems), problems);
            }
            catch (ContentException ex)
            {
                problems.AddRange(ex.Errors);
                loaded[i] = (null, problems);
            }
        });
        var entities = new List<Entity>();
        foreach (var (entity, problems) in loaded)
        {
            errors.AddRange(problems);
            if (entity is not null)
            {
                entities.Add(entity);
            }
        }

        CheckRelations(entities, errors);
        CheckAliases(entities, errors);
        return entities;
    }

    private static Entity? Check(string file, YamlNodePosition at, TextPosition body, string fileId, EntityFrontMatter data, SafeHtml noteHtml, DeniedSources denied, List<ContentError> errors)
    {
        var before = errors.Count;
        if (!string.Equals(data.Id, fileId, StringComparison.Ordinal) || !IdShape().IsMatch(data.Id))
        {
            errors.Add(new ContentError(file, at["id"].Line, $"id '{data.Id}' must be lowercase kebab-case and equal the file name '{fileId}'"));
        }

        if (!Enum.TryParse<EntityType>(data.Type, ignoreCase: true, out var type) || !data.Type.All(char.IsAsciiLetterLower))
        {
            errors.Add(new ContentError(file, at["type"].Line, $"type '{data.Type}' is not one of: {string.Join(", ", Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant()))}"));
        }

        if (string.IsNullOrWhiteSpace(data.Summary))
        {
            errors.Add(new ContentError(file, at["summary"].Line, "summary is empty"));
        }

        if (data.Sources.Count == 0)
        {
            errors.Add(new ContentError(file, null, "a note needs at least one source (sources:)"));
        }

        foreach (var (i, url) in data.SameAs.Index().Where(u => !EditorialRules.IsHttpUrl(u.Item)))
        {
            errors.Add(new ContentError(file, at["sameAs"][i].Line, $"'{url}' is not an http(s) URL"));
        }

        foreach (var (i, source) in data.Sources.Index())
        {
            foreach (var problem in EditorialRules.SourceProblems(source, denied))
            {
                errors.Add(new ContentError(file, source.LineIn(at["sources"][i]), problem));
            }
        }

        if (data.Checked is null || !DateOnly.TryParseExact(data.Checked, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            errors.Add(new ContentError(file, at["checked"].Line, $"checked: must give the ISO date (yyyy-mm-dd) the note was last checked against its sources (got '{data.Checked}')"));
        }

        foreach (var (i, fact) in data.Facts.Index().Where(f => f.Item.Source is not { } n || n < 1 || n > data.Sources.Count))
        {
            errors.Add(new ContentError(file, at["facts"][i]["text"].Line, $"fact '{fact.Text}' needs source: N, the 1-based number of the source that supports it (this note has {data.Sources.Count} sources)"));
        }

        foreach (var (i, relation) in data.Relations.Index().Where(r => r.Item.Source is { } n && (n < 1 || n > data.Sources.Count)))
        {
            errors.Add(new ContentError(file, at["relations"][i]["target"].Line, $"relation '{relation.Type}' → '{relation.Target}': source {relation.Source} is not one of this note's {data.Sources.Count} sources"));
        }

        var texts = new[] { ("summary", data.Summary, at["summary"].Source), ("note", body.Text, body) }
            .Concat(data.Facts.Index().Select(f => ("fact", f.Item.Text, at["facts"][f.Index]["text"].Source)));
        foreach (var (field, value, written) in texts)
        {
            foreach (var (problem, evidence) in EditorialRules.LocatedTextProblems(value))
            {
                errors.Add(new ContentError(file, written.LineOf(evidence), $"{field}: {problem}"));
            }
        }

        foreach (var (i, relation) in data.Relations.Index().Where(r => !RelationTypes.IsKnown(r.Item.Type)))
        {
            errors.Add(new ContentError(file, at["relations"][i]["type"].Line, $"unknown relation type '{relation.Type}' (known: {string.Join(", ", RelationTypes.All)})"));
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
        return errors.Count == before ? new Entity(clean, type, noteHtml, file) { Position = at, Body = body } : null;
    }

    private static void CheckRelations(List<Entity> entities, List<ContentError> errors)
    {
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var (i, relation) in entity.Data.Relations.Index().Where(r => !ids.Contains(r.Item.Target)))
            {
                errors.Add(new ContentError(entity.File, entity.Position?["relations"][i]["target"].Line,
                    $"relation '{relation.Type}' points to unknown entity '{relation.Target}'"));
            }
        }
    }

    private static void CheckAliases(List<Entity> entities, List<ContentError> errors)
    {
        var owners = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var (i, alias) in entity.Data.Aliases.Index())
            {
                var line = entity.Position?["aliases"][i].Line;
                if (string.IsNullOrWhiteSpace(alias))
                {
                    errors.Add(new ContentError(entity.File, line, "an alias is empty"));
                }
                else if (owners.TryGetValue(alias, out var other) && other.Id != entity.Id)
                {
                    errors.Add(new ContentError(entity.File, line,
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
