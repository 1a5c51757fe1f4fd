using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Claims;

/// <summary>A claim that passed its checks: parsed verdict, rendered note and where it was written.</summary>
/// <param name="Data">As written, with editorial text cleaned.</param>
/// <param name="Verdict">The parsed verdict.</param>
/// <param name="NoteHtml">The finding rendered from Markdown and sanitised.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">The line of its <c>- id:</c>.</param>
public sealed record CheckedClaim(ClaimData Data, Verdict Verdict, SafeHtml NoteHtml, string File, int? Line) : IQuotedEntry
{
    public string Id => Data.Id;

    public string Prefix => Data.Prefix;

    public string Quote => Data.Quote;

    public string Suffix => Data.Suffix;

    public ContentError Problem(string message) => Problem(File, Line, Id, message);

    /// <summary>A problem with the claim of id <paramref name="id"/> written at <paramref name="file"/>:<paramref name="line"/>.</summary>
    public static ContentError Problem(string file, int? line, string id, string message) => new(file, line, $"claim '{id}': {message}");

    /// <summary>The verdict's row of the scale.</summary>
    public Verdicts.Row Scale => Verdicts.Of(Verdict);
}
