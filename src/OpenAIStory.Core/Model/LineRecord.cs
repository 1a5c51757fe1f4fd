namespace OpenAIStory.Core.Model;

/// <summary>One line of the raw scrape: its number, its text as scraped, its normalised text and its fate.</summary>
/// <param name="Number">1-based line number in the raw file.</param>
/// <param name="Raw">The line exactly as decoded (without the line break).</param>
/// <param name="Text">The line after whitespace normalisation; empty for blank lines.</param>
/// <param name="Role">What the pipeline made of it.</param>
/// <param name="Reason">Why it was removed, when <see cref="Role"/> is <see cref="LineRole.Removed"/>.</param>
public sealed record LineRecord(int Number, string Raw, string Text, LineRole Role = LineRole.Body, RemovalReason? Reason = null)
{
    /// <summary>True when this line belongs to the poster's appendix rather than the article.</summary>
    public bool InAppendix { get; init; }

    /// <summary>The name of the rule that decided the line's role (e.g. <c>link-row</c>, <c>repeated-title</c>), shown on /source.</summary>
    public string? Rule { get; init; }
}
