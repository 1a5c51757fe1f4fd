using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Decides for each remaining line whether it is a heading, a subheading, a caption or a paragraph.</summary>
/// <remarks>A heading style counts only when the article uses it at least twice, numbered styles only when they count
/// up from one, and unnumbered "keyword：…" styles only with distinct keywords (a repeated keyword is an interview
/// speaker, not a heading). A second style nested under the first (（一） under 一、, 1.1 under 1., 一、 under 第一章)
/// makes subheadings when its numbering restarts at one under each heading.</remarks>
public sealed class ClassifyBlocks : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.BodyLines.ToList();
        var candidates = body
            .Where(l => !l.InAppendix)
            .Select(l => (Line: l, Candidate: HeadingRules.Match(l.Text)!))
            .Where(x => x.Candidate is not null)
            .ToList();

        var style = Enum.GetValues<HeadingStyle>()
            .Cast<HeadingStyle?>()
            .FirstOrDefault(s => IsConsistent([.. candidates.Where(c => c.Candidate.Style == s).Select(c => c.Candidate)]));

        var headingLines = style is null
            ? []
            : candidates.Where(c => c.Candidate.Style == style).Select(c => c.Line.Number).ToHashSet();
        var subheadingLines = style is null ? [] : Nested(candidates, style.Value, headingLines);

        var lines = document.Lines.ToBuilder();
        for (var k = 0; k < body.Count; k++)
        {
            var line = body[k];
            var role = headingLines.Contains(line.Number) ? LineRole.Heading
                : subheadingLines.Contains(line.Number) ? LineRole.Subheading
                : IsPlacedCaption(body, k, number => headingLines.Contains(number) || subheadingLines.Contains(number)) ? LineRole.Caption
                : LineRole.Paragraph;
            lines[line.Number - 1] = line with { Role = role };
        }

        return document with { Lines = lines.ToImmutable() };
    }

    /// <summary>The lines of the first style (after <paramref name="top"/> in precedence) whose headings all stand under a
    /// top heading and, when numbered, count 1, 2, 3 … afresh under each.</summary>
    private static HashSet<int> Nested(List<(LineRecord Line, HeadingCandidate Candidate)> candidates, HeadingStyle top, HashSet<int> topLines)
    {
        var firstTop = topLines.Min();
        foreach (var style in Enum.GetValues<HeadingStyle>().Where(s => s > top && s is not HeadingStyle.Markdown))
        {
            var found = candidates.Where(c => c.Candidate.Style == style).ToList();
            if (found.Count < 2 || found[0].Line.Number < firstTop)
            {
                continue;
            }

            var groups = found.GroupBy(c => topLines.Where(t => t < c.Line.Number).Max()).Select(g => g.Select(c => c.Candidate).ToList());
            if (groups.All(g => g[0].Number is null ? DistinctKeywords(g) : CountsFromOne(g)))
            {
                return [.. found.Select(c => c.Line.Number)];
            }
        }

        return [];
    }

    /// <summary>A short phrase is a caption only between paragraphs: a run of short lines is a list, a verse or a
    /// transcript, and the line right under a heading is its first paragraph.</summary>
    private static bool IsPlacedCaption(List<LineRecord> body, int k, Func<int, bool> isHeading)
    {
        if (!CaptionRules.IsCaption(body[k].Text))
        {
            return false;
        }

        if (CaptionRules.IsExplicit(body[k].Text))
        {
            return true;
        }

        return !(k > 0 && IsImplicitCaptionShape(body[k - 1])) && !(k + 1 < body.Count && IsImplicitCaptionShape(body[k + 1]));

        bool IsImplicitCaptionShape(LineRecord line) => !isHeading(line.Number) && CaptionRules.IsCaption(line.Text) && !CaptionRules.IsExplicit(line.Text);
    }

    private static bool IsConsistent(List<HeadingCandidate> found)
    {
        if (found.Count < 2)
        {
            return false;
        }

        return found[0].Number is null ? DistinctKeywords(found) : CountsFromOne(found);
    }

    // Numbered headings must read 1, 2, 3 … in order.
    private static bool CountsFromOne(List<HeadingCandidate> found) => found.Select((c, i) => c.Number == i + 1).All(ok => ok);

    // "王小明：…" twice is a speaker in a transcript; headings do not repeat their keyword.
    private static bool DistinctKeywords(List<HeadingCandidate> found) =>
        found[0].Style is not HeadingStyle.KeywordColon || found.Select(c => c.Keyword).Distinct(StringComparer.Ordinal).Count() == found.Count;
}
