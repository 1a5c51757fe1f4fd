using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Rendering;
using System.Globalization;
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
        var onHeadings = content.Claims.Values
            .Where(c => document.ClaimsOnHeadings.ContainsKey(c.Id))
            .ToLookup(c => document.ClaimsOnHeadings[c.Id], StringComparer.Ordinal);
        void Add(CheckedClaim claim, string target, string place, string quoted) => rows.Add(new ClaimView(
            claim.Id, claim.Scale, claim.Data.Claim ?? "", quoted, claim.NoteHtml.ToHtmlContent(), claim.Data.Sources, target, place)
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
                    // The quoted words as the reading shows them (punctuation restored), not as the editor copied them from the scrape.
                    Add(content.Claims[marker.ClaimId], block.Id, string.Create(CultureInfo.InvariantCulture, $"{part} · 第 {i} 段"), block.Text[marker.Quote]);
                }
            }
        }

        foreach (var claim in onHeadings["title"])
        {
            Add(claim, Anchors.ArticleTitle, "标题", Unanchored(claim));
        }

        Blocks(document.Lead, "导语");
        foreach (var section in document.Sections.SelectMany(s => s.Subsections.Prepend(s)))
        {
            foreach (var claim in onHeadings[section.Slug])
            {
                Add(claim, section.Slug, $"{section.Keyword} · 小标题", Unanchored(claim));
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

    /// <summary>The quoted words of a claim on a heading, with punctuation restored as the reading shows it.</summary>
    private static string Unanchored(CheckedClaim claim) => Core.Text.ChinesePunctuation.Normalise(claim.Data.Quote);
}
