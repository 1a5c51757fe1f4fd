using OpenAIStory.Core.Content.Editorial;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Annotations;

/// <summary>Loads <c>annotations/*.yml</c> and checks each annotation's fields (anchoring is checked against the text later).</summary>
public static class AnnotationLoader
{
    /// <summary>The folder inside the content root.</summary>
    public const string Folder = "annotations";

    public static IReadOnlyList<EditorialAnnotation> Load(string root, NoteRenderer renderer, IReadOnlySet<string> entityIds, DeniedSources denied, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(errors);
        return EntryFolder.Load<AnnotationData, EditorialAnnotation>(root, Folder, errors, data => data.Id, entry =>
            Check(entry, entityIds, denied, errors) is { } kind
                ? new EditorialAnnotation(Clean(entry.Data), kind, entry.Data.Note is null ? SafeHtml.Empty : renderer.Render(entry.Data.Note), entry.File, entry.Line)
                : null);
    }

    private static AnnotationKind? Check(EntryAt<AnnotationData> entry, IReadOnlySet<string> entityIds, DeniedSources denied, List<ContentError> errors)
    {
        var (data, file, line, idUsedIn) = entry;
        var before = errors.Count;
        var kind = AnnotationKind.Context;
        void Error(string message) => errors.Add(EditorialAnnotation.Problem(file, line, data.Id, message));

        if (idUsedIn is not null)
        {
            Error($"id is used twice (also in {idUsedIn})");
        }

        if (data.Kind == "correction")
        {
            // One finding lives in one place: where the article is wrong is a checked claim with a verdict.
            Error("kind 'correction' is a checked claim now: move it to claims/*.yml with a verdict (docs/content-format.md)");
        }
        else if (!Enum.TryParse<AnnotationKind>(data.Kind, ignoreCase: true, out kind) || !data.Kind.All(char.IsAsciiLetterLower))
        {
            Error($"kind '{data.Kind}' is not one of: reference, context");
        }

        if (string.IsNullOrWhiteSpace(data.Quote))
        {
            Error("quote is empty");
        }

        if (kind == AnnotationKind.Reference && (data.Entity is null || !entityIds.Contains(data.Entity)))
        {
            Error($"a reference needs 'entity:' naming a known entity (got '{data.Entity}')");
        }

        if (kind != AnnotationKind.Reference && (string.IsNullOrWhiteSpace(data.Note) || data.Sources.Count == 0))
        {
            Error($"a {data.Kind} needs a note and at least one source");
        }

        foreach (var problem in data.Sources.SelectMany(s => EditorialRules.SourceProblems(s, denied)).Concat(EditorialRules.TextProblems(data.Note)))
        {
            Error(problem);
        }

        if (data.Date is { } date && !Annotation.IsoDate.IsValid(date))
        {
            Error($"date '{date}' is not an ISO date (2015, 2015-07 or 2015-07-10)");
        }

        if (data.Date is not null && string.IsNullOrWhiteSpace(data.Event))
        {
            Error("a dated annotation needs 'event:', the timeline's short title for what happened then");
        }

        return errors.Count == before ? kind : null;
    }

    private static AnnotationData Clean(AnnotationData data) => data with
    {
        Event = data.Event is null ? null : EditorialRules.Clean(data.Event),
        Sources = [.. data.Sources.Select(EditorialRules.Clean)],
    };
}
