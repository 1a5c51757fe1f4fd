namespace OpenAIStory.Core.Model;

/// <summary>The kinds of inline annotation a block's text can carry.</summary>
public enum SpanKind
{
    /// <summary>A reference marker such as [3] whose reference list did not survive.</summary>
    ReferenceMarker,
    /// <summary>A mention of an annotated entity.</summary>
    Entity,
    /// <summary>A date expression.</summary>
    Date,
    /// <summary>A money amount or quantity.</summary>
    Amount,
    /// <summary>A zero-length marker where an editorial annotation's side note attaches; the value is the annotation id.</summary>
    Note,
    /// <summary>A zero-length marker where a checked claim's verdict attaches; the value is the claim id.</summary>
    Claim,
}
