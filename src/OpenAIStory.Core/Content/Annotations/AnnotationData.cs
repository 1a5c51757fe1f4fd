namespace OpenAIStory.Core.Content.Annotations;

/// <summary>One annotation as written in <c>annotations/*.yml</c>: anchored by quote, prefix and suffix (W3C TextQuoteSelector).</summary>
public sealed record AnnotationData
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public string? Entity { get; init; }

    public required string Quote { get; init; }

    public string Prefix { get; init; } = "";

    public string Suffix { get; init; } = "";

    public string? Note { get; init; }

    /// <summary>For corrections about a date: the right date (ISO).</summary>
    public string? Date { get; init; }

    /// <summary>With <see cref="Date"/>: the timeline's short title for what happened then.</summary>
    public string? Event { get; init; }

    public List<SourceLink> Sources { get; init; } = [];
}
