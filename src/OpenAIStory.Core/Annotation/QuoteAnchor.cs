using System.Runtime.CompilerServices;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Annotation;

/// <summary>Finds where a W3C TextQuoteSelector (prefix, exact quote, suffix) lands in the reading's blocks.
/// Matching ignores spaces and the width of punctuation, so a quote copied from the raw scrape (half-width) still
/// finds the normalised text (full-width), and edits elsewhere in the article do not move it.</summary>
public static class QuoteAnchor
{
    /// <summary>One place a selector matched: the block and the quote's range in the block's text.</summary>
    public sealed record Hit(string BlockId, int Start, int Length)
    {
        /// <summary>Offset just past the quote.</summary>
        public int End => Start + Length;

        /// <summary>The quote's range, as a marker keeps it (<see cref="EditorialMarker.Quote"/>).</summary>
        public Range Range => Start..End;
    }

    /// <summary>Every place the selector matches, across all blocks.</summary>
    public static IReadOnlyList<Hit> Find(IEnumerable<Block> blocks, string prefix, string quote, string suffix)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var foldedPrefix = Fold(prefix).Text;
        var foldedQuote = Fold(quote).Text;
        var foldedSuffix = Fold(suffix).Text;
        if (foldedQuote.Length == 0)
        {
            return [];
        }

        var needle = foldedPrefix + foldedQuote + foldedSuffix;
        var hits = new List<Hit>();
        foreach (var block in blocks)
        {
            var (text, map) = FoldedBlock(block.Text);
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var first = at + foldedPrefix.Length;
                var last = first + foldedQuote.Length - 1;
                hits.Add(new Hit(block.Id, map[first], map[last] + 1 - map[first]));
            }
        }

        return hits;
    }

    /// <summary>The one place a selector matches, or null with <paramref name="problem"/> saying why (nowhere, or where else).</summary>
    public static Hit? FindOne(IEnumerable<Block> blocks, string prefix, string quote, string suffix, out string? problem)
    {
        var hits = Find(blocks, prefix, quote, suffix);
        problem = hits.Count switch
        {
            1 => null,
            0 => $"quote '{quote}' matches nowhere in the article",
            _ => $"quote '{quote}' matches {hits.Count} places ({string.Join(", ", hits.Select(h => h.BlockId))}); lengthen prefix or suffix",
        };
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>Folds text for matching and maps each folded character back to its offset in the original.</summary>
    public static (string Text, int[] Map) Fold(string text) => WidthFold.Fold(text);

    // Every selector (annotations, claims, event titles: a few hundred at start-up) searches every block; a block's text
    // is folded once and remembered for as long as the text itself lives.
    private static readonly ConditionalWeakTable<string, Folded> Blocks = [];

    private static (string Text, int[] Map) FoldedBlock(string text)
    {
        var folded = Blocks.GetValue(text, t => new Folded(Fold(t)));
        return folded.Value;
    }

    private sealed record Folded((string Text, int[] Map) Value);
}
