namespace OpenAIStory.Core.Model;

/// <summary>The kinds of inline annotation a block's text can carry, one <see cref="Span"/> record each.</summary>
public enum SpanKind
{
    /// <summary>A reference marker such as [3] whose reference list did not survive (<see cref="Model.ReferenceMarker"/>).</summary>
    ReferenceMarker,
    /// <summary>A mention of an annotated entity (<see cref="Mention"/>).</summary>
    Entity,
    /// <summary>A date expression (<see cref="DateSpan"/>).</summary>
    Date,
    /// <summary>A money amount or quantity (<see cref="AmountSpan"/>).</summary>
    Amount,
    /// <summary>A zero-length marker where an editorial annotation's side note attaches (<see cref="NoteMarker"/>).</summary>
    Note,
    /// <summary>A zero-length marker where a checked claim's verdict attaches (<see cref="ClaimMarker"/>).</summary>
    Claim,
}
