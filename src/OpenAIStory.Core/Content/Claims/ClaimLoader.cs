using System.Text.RegularExpressions;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content.Editorial;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Claims;

/// <summary>Loads <c>claims/*.yml</c> and checks each claim's fields (anchoring is checked against the text later).</summary>
public static partial class ClaimLoader
{
    /// <summary>The folder inside the content root.</summary>
    public const string Folder = "claims";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    public static IReadOnlyList<CheckedClaim> Load(string root, NoteRenderer renderer, DeniedSources denied, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(denied);
        ArgumentNullException.ThrowIfNull(errors);
        var dir = Path.Combine(root, Folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var result = new List<CheckedClaim>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(dir, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.Relative(root, path);
            try
            {
                var (items, position) = YamlContent.ReadLocated<List<ClaimData>>(file, File.ReadAllText(path));
                foreach (var (i, data) in items.Index())
                {
                    var line = position[i]["id"].Line;
                    var problems = Problems(data, denied).ToList();
                    if (!seen.TryAdd(data.Id, file))
                    {
                        problems.Add($"id is used twice (also in {seen[data.Id]})");
                    }

                    errors.AddRange(problems.Select(p => new ContentError(file, line, $"claim '{data.Id}': {p}")));
                    if (problems.Count == 0 && Verdicts.Parse(data.Verdict) is { } verdict)
                    {
                        result.Add(new CheckedClaim(Clean(data), verdict, renderer.Render(data.Note!), file, line));
                    }
                }
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return result;
    }

    private static IEnumerable<string> Problems(ClaimData data, DeniedSources denied)
    {
        if (!IdShape().IsMatch(data.Id))
        {
            yield return "id must be lowercase kebab-case";
        }

        var verdict = Verdicts.Parse(data.Verdict);
        if (verdict is null)
        {
            yield return $"verdict '{data.Verdict}' is not one of: {string.Join(", ", Verdicts.All.Select(r => r.Key))}";
        }

        if (string.IsNullOrWhiteSpace(data.Quote))
        {
            yield return "quote is empty";
        }

        if (string.IsNullOrWhiteSpace(data.Claim))
        {
            yield return "claim: is empty (what the article asserts, in one sentence)";
        }

        if (string.IsNullOrWhiteSpace(data.Note))
        {
            yield return "note: is empty (the finding)";
        }

        if (data.Sources.Count == 0 && verdict is not Verdict.Opinion)
        {
            yield return "a claim needs at least one source (only an opinion may have none)";
        }

        if (data.Date is { } date && !IsoDate.IsValid(date))
        {
            yield return $"date '{date}' is not an ISO date (2015, 2015-07 or 2015-07-10)";
        }

        if (data.Date is not null && string.IsNullOrWhiteSpace(data.Event))
        {
            yield return "a dated claim needs 'event:', the timeline's short title for what happened then";
        }

        if (data.AsOf is { } asOf && (asOf.Length != 4 || !IsoDate.IsValid(asOf)))
        {
            yield return $"asOf '{asOf}' is not a year";
        }

        foreach (var problem in data.Sources.SelectMany(s => EditorialRules.SourceProblems(s, denied))
                     .Concat(EditorialRules.TextProblems(data.Note)).Concat(EditorialRules.TextProblems(data.Claim)))
        {
            yield return problem;
        }
    }

    private static ClaimData Clean(ClaimData data) => data with
    {
        Claim = EditorialRules.Clean(data.Claim),
        Event = data.Event is null ? null : EditorialRules.Clean(data.Event),
        Sources = [.. data.Sources.Select(EditorialRules.Clean)],
    };
}
