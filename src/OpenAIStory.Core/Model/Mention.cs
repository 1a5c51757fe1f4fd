namespace OpenAIStory.Core.Model;

/// <summary>A mention of an annotated entity.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="EntityId">The entity's id (its note's file name).</param>
public sealed record Mention(int Start, int Length, string EntityId) : Span(Start, Length)
{
    public override SpanKind Kind => SpanKind.Entity;

    /// <summary>The annotation whose quote this mention wraps, when an editor anchored it rather than an alias matching.</summary>
    public string? Origin { get; init; }
}
