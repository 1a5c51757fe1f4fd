namespace OpenAIStory.Web.Reading;

/// <summary>One raw line on the source page: what it said and what the pipeline did with it.</summary>
public sealed record SourceLineView(int Number, string Raw, string Status, string Label, string? Reason, string? Target)
{
    /// <summary>The name of the pipeline rule that decided the line, when one did.</summary>
    public string? Rule { get; init; }
}
