namespace OpenAIStory.Core.Model;

/// <summary>Adds spans to blocks while keeping the invariant: ordered by start, and no two spans with text overlap.</summary>
public static class BlockSpans
{
    /// <summary>True when a span with text over [start, start+length) would not overlap any span the block has.</summary>
    public static bool IsFree(this Block block, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(block);
        return length > 0 && !block.Spans.Any(s => s.Length > 0 && s.Start < start + length && start < s.End);
    }

    /// <summary>Returns the block with <paramref name="span"/> added in order; zero-length markers sort before text starting at the same offset.</summary>
    public static Block With(this Block block, Span span)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        return block with { Spans = [.. block.Spans.Append(span).OrderBy(s => s.Start).ThenBy(s => s.Length)] };
    }

    /// <summary>Adds a recognised span over text an editor's reference only wraps as a whole: the finer, machine-readable
    /// markup (a date, an amount) wins and the reference keeps its note marker. Returns the block unchanged when the
    /// range overlaps any other span.</summary>
    public static Block WithOverEditorialWraps(this Block block, Span span)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        var overlapping = block.Spans.Where(s => s.Length > 0 && s.Overlaps(span)).ToList();
        if (overlapping.Any(s => s is not Mention { Origin: not null }))
        {
            return block;
        }

        return (block with { Spans = [.. block.Spans.Except(overlapping)] }).With(span);
    }
}
