namespace OpenAIStory.Core.Model;

/// <summary>A reference marker such as [3] whose reference list did not survive the repost.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Number">The marker's number (3 for [3], 【3】 or [03]).</param>
public sealed record ReferenceMarker(int Start, int Length, int Number) : Span(Start, Length)
{
    public override SpanKind Kind => SpanKind.ReferenceMarker;
}
