using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Rendering;
using System.Globalization;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Web.Reading;

/// <summary>The fact-check ledger: every checked claim in reading order, with its place, and the counts per verdict.</summary>
public sealed class ClaimLedger
{
    public ClaimLedger(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = new List<ClaimView>();
        var document = content.Document;

        // Claims on the title and the headings first where they stand: the title, then each section's heading before its paragraphs.
        var inParagraphs = document.AllBlocks.SelectMany(b => b.Spans).OfType<ClaimMarker>().Select(m => m.ClaimId).ToHashSet(StringComparer.Ordinal);
        var headings = AnchorClaims.Headings(document).ToList();
        var onHeadings = content.Claims.Values
            .Where(c => !inParagraphs.Contains(c.Id))
            .Select(c => (Claim: c, Hit: QuoteAnchor.FindOne(headings, c.Data.Prefix, c.Data.Quote, c.Data.Suffix, out _)))
            .Where(x => x.Hit is not null)
            .ToLookup(x => x.Hit!.BlockId, x => x.Claim, StringComparer.Ordinal);
        void Add(CheckedClaim claim, string target, string place, Block? block = null) => rows.Add(new ClaimView(
            claim.Id, claim.Scale, claim.Data.Claim ?? "", Quoted(claim, block), claim.NoteHtml.ToHtmlContent(), claim.Data.Sources, target, place)
        {
            Mark = ClaimMarkerRenderer.Mark(claim, Anchors.ClaimInLedger(claim.Id)),
        });
        void Blocks(IEnumerable<Block> blocks, string part)
        {
            var i = 0;
            foreach (var block in blocks)
            {
                i++;
                foreach (var marker in block.Spans.OfType<ClaimMarker>().Where(m => content.Claims.ContainsKey(m.ClaimId)))
                {
                    Add(content.Claims[marker.ClaimId], block.Id, string.Create(CultureInfo.InvariantCulture, $"{part} · 第 {i} 段"), block);
                }
            }
        }

        foreach (var claim in onHeadings["title"])
        {
            Add(claim, Anchors.ArticleTitle, "标题");
        }

        Blocks(document.Lead, "导语");
        foreach (var section in document.Sections.SelectMany(s => s.Subsections.Prepend(s)))
        {
            foreach (var claim in onHeadings[section.Slug])
            {
                Add(claim, section.Slug, $"{section.Keyword} · 小标题");
            }

            Blocks(section.Blocks, section.Keyword);
        }

        Blocks(document.Appendix, "附言");
        Rows = rows;
        Counts = [.. Verdicts.All.Select(v => (v, rows.Count(r => r.Verdict.Verdict == v.Verdict))).Where(c => c.Item2 > 0)];
    }

    /// <summary>Every claim in reading order.</summary>
    public IReadOnlyList<ClaimView> Rows { get; }

    /// <summary>How many claims got each verdict (verdicts with none left out), in the scale's order.</summary>
    public IReadOnlyList<(Verdicts.Row Verdict, int Count)> Counts { get; }

    /// <summary>The one-line summary the reading's header shows: 本文 N 处可核查陈述：属实 a、……</summary>
    public string Summary => Rows.Count == 0
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"本文 {Rows.Count} 处可核查陈述：{string.Join("、", Counts.Select(c => $"{c.Verdict.Words} {c.Count}"))}");

    /// <summary>The verdict marks of the claims on a heading (<c>article-title</c> or a section slug).</summary>
    public IHtmlContent MarksAt(string target) => SafeHtml.Concat(Rows.Where(r => r.Target == target).Select(r => r.Mark)).ToHtmlContent();

    /// <summary>The quoted words as the reading shows them (punctuation restored), not as the editor copied them from the scrape.</summary>
    private static string Quoted(CheckedClaim claim, Block? block)
    {
        var data = claim.Data;
        return block is not null && QuoteAnchor.FindOne([block], data.Prefix, data.Quote, data.Suffix, out _) is { } hit
            ? block.Text.Substring(hit.Start, hit.Length)
            : Core.Text.ChinesePunctuation.Normalise(data.Quote);
    }
}
