namespace OpenAIStory.Core.Model;

/// <summary>Where an editorial annotation's side note attaches.</summary>
/// <param name="Start">Offset the marker stands at, in UTF-16 code units.</param>
/// <param name="AnnotationId">The annotation's id.</param>
public sealed record NoteMarker(int Start, string AnnotationId) : EditorialMarker(Start)
{
    public override SpanKind Kind => SpanKind.Note;

    public override string TargetId => AnnotationId;
}
