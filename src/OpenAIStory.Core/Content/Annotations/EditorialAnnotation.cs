using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Annotations;

/// <summary>A checked annotation with its parsed kind, rendered note and where it was written.</summary>
/// <param name="Data">As written.</param>
/// <param name="Kind">The parsed kind.</param>
/// <param name="NoteHtml">The note rendered from Markdown and sanitised; empty for a bare reference.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">The line of its <c>- id:</c>.</param>
public sealed record EditorialAnnotation(AnnotationData Data, AnnotationKind Kind, SafeHtml NoteHtml, string File, int? Line) : IQuotedEntry
{
    public string Id => Data.Id;

    public string Prefix => Data.Prefix;

    public string Quote => Data.Quote;

    public string Suffix => Data.Suffix;

    public ContentError Problem(string message) => Problem(File, Line, Id, message);

    /// <summary>A problem with the annotation of id <paramref name="id"/> written at <paramref name="file"/>:<paramref name="line"/>.</summary>
    public static ContentError Problem(string file, int? line, string id, string message) => new(file, line, $"annotation '{id}': {message}");

    /// <summary>Where it was written, as <c>file:line</c>.</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;
}
