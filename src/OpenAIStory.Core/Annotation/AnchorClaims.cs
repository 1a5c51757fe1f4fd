using System.Collections.Immutable;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Anchors checked claims to the text by quote: each leaves a verdict marker just after its quote (carrying the
/// right date, when the claim gives one, for the amounts of its paragraph as an editor's note does). A quote that matches
/// nowhere, or in more than one place, is a problem named by the claim's file and line; claims about the title or a
/// heading anchor there instead (<see cref="ArticleDocument.ClaimsOnHeadings"/>).</summary>
public sealed class AnchorClaims(IReadOnlyList<CheckedClaim> claims) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var headings = Headings(document).ToList();
        var onHeadings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var anchored = AnchorByQuote.Apply(
            document,
            claims,
            (block, hit, claim) => block.With(new ClaimMarker(hit.End, claim.Id) { Date = claim.Data.Date, Quote = hit.Range }),
            claim =>
            {
                // A claim about the title or a section heading sits on the heading, not in a paragraph.
                if (QuoteAnchor.FindOne(headings, claim.Prefix, claim.Quote, claim.Suffix, out _) is not { } hit)
                {
                    return false;
                }

                onHeadings[claim.Id] = hit.BlockId;
                return true;
            });
        return anchored with { ClaimsOnHeadings = onHeadings.ToImmutable() };
    }

    /// <summary>The title and the section headings as pseudo-blocks a claim can anchor to: id <c>title</c> for the title,
    /// the section's slug for its heading.</summary>
    private static IEnumerable<Block> Headings(ArticleDocument document)
    {
        if (document.Title is { Length: > 0 } title)
        {
            yield return new Block("title", BlockKind.Paragraph, title, 0);
        }

        foreach (var section in document.Sections.SelectMany(s => s.Subsections.Prepend(s)))
        {
            yield return new Block(section.Slug, BlockKind.Paragraph, section.Heading, section.Line);
        }
    }
}
