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
        return EntryFolder.Load<ClaimData, CheckedClaim>(root, Folder, errors, data => data.Id, entry =>
        {
            var (data, file, line, idUsedIn) = entry;
            var problems = Problems(data, denied).ToList();
            if (idUsedIn is not null)
            {
                problems.Add($"id is used twice (also in {idUsedIn})");
            }

            errors.AddRange(problems.Select(p => CheckedClaim.Problem(file, line, data.Id, p)));
            return problems.Count == 0 && Verdicts.Parse(data.Verdict) is { } verdict
                ? new CheckedClaim(Clean(data), verdict, renderer.Render(data.Note!), file, line)
                : null;
        });
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
