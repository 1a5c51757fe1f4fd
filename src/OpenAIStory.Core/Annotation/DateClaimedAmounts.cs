using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Re-dates the amounts inside a checked claim's quote when the claim says what year they are really as of
/// (a price quoted in 2023 is a 2023 price, whatever date the paragraph mentions before it): conversions then use that
/// year, and the amount remembers the claim that dated it so the ledger can say why.</summary>
public sealed class DateClaimedAmounts(IReadOnlyList<CheckedClaim> claims) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.AllBlocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var problems = document.Problems.ToBuilder();
        foreach (var claim in claims.Where(c => c.Data.AsOf is not null))
        {
            var data = claim.Data;
            if (QuoteAnchor.FindOne(blocks.Values, data.Prefix, data.Quote, data.Suffix, out _) is not { } hit)
            {
                continue; // anchoring reports it
            }

            var block = blocks[hit.BlockId];
            var inside = block.Spans.OfType<AmountSpan>().Where(s => s.Start >= hit.Start && s.End <= hit.Start + hit.Length).ToList();
            if (inside.Count == 0)
            {
                problems.Add(new ContentError(claim.File, claim.Line, $"claim '{claim.Id}': asOf {data.AsOf} given, but the quote holds no amount"));
                continue;
            }

            blocks[hit.BlockId] = block with { Spans = [.. block.Spans.Select(s => s is AmountSpan a && inside.Contains(a) ? a with { AsOf = data.AsOf, DatedBy = claim.Id } : s)] };
        }

        return document.MapBlocks(b => blocks[b.Id]) with { Problems = problems.ToImmutable() };
    }
}
