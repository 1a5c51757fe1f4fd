namespace OpenAIStory.Core.Content.Claims;

/// <summary>One checked claim as written in <c>claims/*.yml</c>: anchored by quote like an annotation, with a verdict.</summary>
public sealed record ClaimData
{
    public required string Id { get; init; }

    /// <summary>A key of the verdict scale (<see cref="Verdicts"/>).</summary>
    public required string Verdict { get; init; }

    public required string Quote { get; init; }

    public string Prefix { get; init; } = "";

    public string Suffix { get; init; } = "";

    /// <summary>What the article asserts, restated in one neutral sentence (schema.org claimReviewed).</summary>
    public string? Claim { get; init; }

    /// <summary>The finding (Markdown).</summary>
    public string? Note { get; init; }

    /// <summary>The right date, when the claim is about when something happened (ISO).</summary>
    public string? Date { get; init; }

    /// <summary>With <see cref="Date"/>: the timeline's short title for what happened then.</summary>
    public string? Event { get; init; }

    /// <summary>The year a money amount inside the quote is really as of (a price quoted in 2023 is a 2023 price).</summary>
    public string? AsOf { get; init; }

    public List<SourceLink> Sources { get; init; } = [];
}
