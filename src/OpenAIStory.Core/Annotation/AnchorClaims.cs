using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Anchors checked claims to the text by quote: each leaves a verdict marker just after its quote (carrying the
/// right date, when the claim gives one, for the amounts of its paragraph as an editor's note does). A quote that matches
/// nowhere, or in more than one place, is a problem named by the claim's file and line; claims about the title or a
/// heading anchor there instead (<see cref="Headings"/>).</summary>
public sealed class AnchorClaims(IReadOnlyList<CheckedClaim> claims) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.AllBlocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var problems = document.Problems.ToBuilder();
        foreach (var claim in claims)
        {
            var data = claim.Data;
            if (QuoteAnchor.FindOne(blocks.Values, data.Prefix, data.Quote, data.Suffix, out var problem) is not { } hit)
            {
                // A claim about the title or a section heading sits on the heading, not in a paragraph.
                if (QuoteAnchor.FindOne(Headings(document), data.Prefix, data.Quote, data.Suffix, out _) is null)
                {
                    problems.Add(new ContentError(claim.File, claim.Line, $"claim '{claim.Id}': {problem}"));
                }

                continue;
            }

            var block = blocks[hit.BlockId];
            blocks[hit.BlockId] = block.With(new ClaimMarker(hit.Start + hit.Length, claim.Id) { Date = data.Date });
        }

        return document.MapBlocks(b => blocks[b.Id]) with { Problems = problems.ToImmutable() };
    }

    /// <summary>The title and the section headings as pseudo-blocks a claim can anchor to: id <c>title</c> for the title,
    /// the section's slug for its heading.</summary>
    public static IEnumerable<Block> Headings(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
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
