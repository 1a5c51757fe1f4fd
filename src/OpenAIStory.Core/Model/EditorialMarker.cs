namespace OpenAIStory.Core.Model;

/// <summary>A zero-length marker where an editor's note or verdict attaches, just after its quote.</summary>
/// <param name="Start">Offset the marker stands at.</param>
public abstract record EditorialMarker(int Start) : Span(Start, 0)
{
    /// <summary>The date (ISO) the note or claim gives, which dates the amounts of its paragraph.</summary>
    public string? Date { get; init; }

    /// <summary>Where the quote lies in the block's text, as anchoring found it: later stages and views read it here
    /// rather than search again (the marker itself may move on past a span it would split).</summary>
    public Range Quote { get; init; }

    /// <summary>The id of the annotation or claim the marker stands for.</summary>
    public abstract string TargetId { get; }
}
