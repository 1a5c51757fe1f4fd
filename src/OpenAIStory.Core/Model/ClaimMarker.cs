namespace OpenAIStory.Core.Model;

/// <summary>Where a checked claim's verdict mark attaches.</summary>
/// <param name="Start">Offset the marker stands at, in UTF-16 code units.</param>
/// <param name="ClaimId">The claim's id.</param>
public sealed record ClaimMarker(int Start, string ClaimId) : EditorialMarker(Start)
{
    public override SpanKind Kind => SpanKind.Claim;

    public override string TargetId => ClaimId;
}
