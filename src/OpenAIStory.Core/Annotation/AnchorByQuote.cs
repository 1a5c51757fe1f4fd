using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>The anchoring <see cref="AnchorAnnotations"/> and <see cref="AnchorClaims"/> share: each entry's quote is
/// searched once across the reading's blocks; the one block it lands in is marked by the stage, and a quote that lands
/// nowhere or in more than one place is a problem of the entry (unless the stage anchors it elsewhere).</summary>
internal static class AnchorByQuote
{
    /// <param name="document">The document to anchor to.</param>
    /// <param name="entries">The entries, in the order their problems are reported.</param>
    /// <param name="mark">Marks the block the entry's quote landed in, at the range found.</param>
    /// <param name="anchorElsewhere">True when the stage anchors an entry that is in no block somewhere else.</param>
    public static ArticleDocument Apply<T>(ArticleDocument document, IEnumerable<T> entries, Func<Block, QuoteAnchor.Hit, T, Block> mark, Func<T, bool>? anchorElsewhere = null)
        where T : IQuotedEntry
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.AllBlocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var problems = document.Problems.ToBuilder();
        foreach (var entry in entries)
        {
            if (QuoteAnchor.FindOne(blocks.Values, entry.Prefix, entry.Quote, entry.Suffix, out var problem) is { } hit)
            {
                blocks[hit.BlockId] = mark(blocks[hit.BlockId], hit, entry);
            }
            else if (anchorElsewhere?.Invoke(entry) != true)
            {
                problems.Add(entry.Problem(problem!));
            }
        }

        return document.MapBlocks(b => blocks[b.Id]) with { Problems = problems.ToImmutable() };
    }
}
