using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Re-dates the amounts inside a checked claim's quote when the claim says what year they are really as of
/// (a price quoted in 2023 is a 2023 price, whatever date the paragraph mentions before it): conversions then use that
/// year, and the amount remembers the claim that dated it so the ledger can say why. Runs after <see cref="AnchorClaims"/>
/// and reads the quote where its marker recorded it.</summary>
public sealed class DateClaimedAmounts(IReadOnlyList<CheckedClaim> claims) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.AllBlocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var markers = blocks.Values.SelectMany(b => b.Spans.OfType<ClaimMarker>().Select(m => (Block: b.Id, Marker: m)))
            .ToDictionary(x => x.Marker.ClaimId, StringComparer.Ordinal);
        var problems = document.Problems.ToBuilder();
        foreach (var claim in claims.Where(c => c.Data.AsOf is not null))
        {
            if (!markers.TryGetValue(claim.Id, out var anchored))
            {
                continue; // anchoring reports it
            }

            var block = blocks[anchored.Block];
            var (start, length) = anchored.Marker.Quote.GetOffsetAndLength(block.Text.Length);
            var inside = block.Spans.OfType<AmountSpan>().Where(s => s.Start >= start && s.End <= start + length).ToList();
            if (inside.Count == 0)
            {
                problems.Add(claim.Problem($"asOf {claim.Data.AsOf} given, but the quote holds no amount"));
                continue;
            }

            blocks[anchored.Block] = block with { Spans = [.. block.Spans.Select(s => s is AmountSpan a && inside.Contains(a) ? a with { AsOf = claim.Data.AsOf, DatedBy = claim.Id } : s)] };
        }

        return document.MapBlocks(b => blocks[b.Id]) with { Problems = problems.ToImmutable() };
    }
}
