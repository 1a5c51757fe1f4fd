namespace OpenAIStory.Web.Reading;

/// <summary>Dates the site states about its own content.</summary>
/// <param name="Checked">The latest date an entity note was checked against its sources (ISO), the ledger's review date.</param>
public sealed record ContentDates(string? Checked);
