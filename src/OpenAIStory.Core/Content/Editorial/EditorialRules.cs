using System.Text.RegularExpressions;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Editorial;

/// <summary>The rules every piece of editorial text and every source obeys, checked where content is loaded:
/// third person, no working notes, sources that name outlet, title and date and link only to publications.
/// Punctuation is not checked here but restored, by the pipeline's one rule, as the text is loaded (<see cref="Clean(string?)"/>).</summary>
public static partial class EditorialRules
{
    // Words an editor uses about the work rather than about the subject: they belong in a commit, not on the page.
    [GeneratedRegex(@"未能查到|未能找到|没能查到|查不到|检索库|检索结果|不在检索|原站页面|机器改写|待核实|待查证|TODO|第\s*\d+\s*行", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingNote();

    // Copies announce themselves in their titles; a source title says what the publication is called.
    [GeneratedRegex(@"转载|机器改写|镜像|\bvia\b|\bmirror\b|\brepost\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyMarker();

    // First person outside quotations: the notes speak about their subjects, in the third person.
    [GeneratedRegex(@"我们|我|笔者|本人|小编", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"“[^”]*”|「[^」]*」|『[^』]*』|""[^""]*""|《[^》]*》", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>Editorial plain text as it is shown: whitespace folded and flattened punctuation restored by the same
    /// rule the pipeline applies to the article.</summary>
    public static string Clean(string? text) => text is null ? "" : NoteRenderer.Plain(text);

    /// <summary>A source with its outlet and title cleaned like all editorial text.</summary>
    public static SourceLink Clean(SourceLink source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source with { Outlet = source.Outlet is null ? null : Clean(source.Outlet), Title = source.Title is null ? null : Clean(source.Title) };
    }

    /// <summary>What is wrong with a piece of editorial text (a note, a summary, a fact, a claim), in words an editor can act on.</summary>
    public static IEnumerable<string> TextProblems(string? text) => LocatedTextProblems(text).Select(p => p.Message);

    /// <summary>As <see cref="TextProblems"/>, each with the words that show it (to find the line they stand on).</summary>
    public static IEnumerable<(string Message, string Evidence)> LocatedTextProblems(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        if (WorkingNote().Match(text) is { Success: true } note)
        {
            yield return ($"working note '{note.Value}' in editorial text: say what the record shows, not how it was searched", note.Value);
        }

        var unquoted = Quoted().Replace(text, "");
        if (FirstPerson().Match(unquoted) is { Success: true } person)
        {
            yield return ($"first person '{person.Value}' in editorial text: notes speak in the third person", Around(unquoted, person));
        }
    }

    // The few characters around a match: enough to tell it from the same character elsewhere in its field. Only the
    // match when they reach across white space, which a folded YAML value writes as a line break.
    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 2);
        var end = Math.Min(text.Length, match.Index + match.Length + 2);
        var around = text[start..end];
        return around.Any(char.IsWhiteSpace) ? match.Value : around;
    }

    /// <summary>What is wrong with a source: outlet, title and a date (publication, or consulted for revised works)
    /// are required; a link must be http(s) and not to a denied copy domain.</summary>
    public static IEnumerable<string> SourceProblems(SourceLink source, DeniedSources denied)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(denied);
        var name = source.Title ?? source.Url ?? source.Outlet ?? "(empty)";
        if (string.IsNullOrWhiteSpace(source.Outlet))
        {
            yield return $"source '{name}' has no outlet (who published it)";
        }

        if (string.IsNullOrWhiteSpace(source.Title))
        {
            yield return $"source '{name}' has no title";
        }
        else if (CopyMarker().Match(source.Title) is { Success: true } copy)
        {
            yield return $"source '{name}' calls itself a copy ('{copy.Value}'): cite the original publication";
        }

        if (source.Date is null && source.Accessed is null)
        {
            yield return $"source '{name}' has no date (date:, or accessed: for a continuously revised work)";
        }

        foreach (var date in new[] { source.Date, source.Accessed }.Where(d => d is not null && !Annotation.IsoDate.IsValid(d)))
        {
            yield return $"source '{name}': date '{date}' is not an ISO date (2021-11-05, 2021-11 or 2021)";
        }

        if (source.Url is { } url)
        {
            if (!IsHttpUrl(url))
            {
                yield return $"source '{name}': '{url}' is not an http(s) URL";
            }
            else if (denied.Match(url) is { } domain)
            {
                yield return $"source '{name}' links to {domain}, a domain of copies (content/{DeniedSources.File}): cite the original publication";
            }
        }

        // A title is the publication's own words (a headline may well say 我们); only the editor's additions are checked.
        if (source.Title is not null && WorkingNote().Match(source.Title) is { Success: true } note)
        {
            yield return $"source '{name}': working note '{note.Value}' in its title: a title says what the publication is called";
        }
    }

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
