using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Finds the real title (not the breadcrumb, not the site header) and removes the template's repetitions of it.</summary>
/// <remarks>The title is the head line with the best evidence: a breadcrumb or now-reading bar naming it (or text glued
/// before a breadcrumb), the template printing it twice or inside another line, a meta line or breadcrumb right beside
/// it. Without evidence, a short first line is taken. <see cref="StripSiteHeader"/> then removes what stands above it.</remarks>
public sealed class ExtractTitle : IDocumentStage
{
    /// <summary>How many non-blank lines from the top the title may sit in.</summary>
    private const int HeadLines = 40;

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        // Candidates are compared with every line: each line is folded once, not once per comparison.
        var folded = FoldedLine.Of(lines);
        var headEnd = PageZones.FirstProse(lines, folded);
        var head = lines.Where(l => l.Role is not LineRole.Blank).Take(HeadLines).Where(l => l.Number - 1 <= headEnd).ToList();
        var headBody = head.Where(l => l.Role == LineRole.Body).ToList();

        var (titleLine, title, rule) = FromHints(document, head, headBody, folded);
        if (title is null)
        {
            (titleLine, rule) = Scored(lines, head, headBody, folded);
            title = titleLine?.Text;
        }

        if (title is null && headBody.FirstOrDefault() is { } first && first == head.FirstOrDefault(l => l.Role != LineRole.Removed)
            && first.Text.Length <= 40 && TitleRules.LooksLikeTitle(first.Text) && headBody.Count > 1)
        {
            (titleLine, title, rule) = (first, first.Text, "first-line");
        }

        if (title is null)
        {
            return document;
        }

        var foldedTitle = new FoldedLine(title);
        var parts = TitleRules.Parts(title);
        var changed = new List<LineRecord>();
        foreach (var l in lines)
        {
            if (titleLine is not null && l.Number == titleLine.Number)
            {
                changed.Add(l with { Role = LineRole.Title, Rule = rule });
            }
            else if (l.Role == LineRole.Body && Repeats(l, folded[l.Number - 1], foldedTitle, parts, headEnd) is { } repeat)
            {
                changed.Add(l with { Role = LineRole.Removed, Reason = RemovalReason.DuplicateTitle, Rule = repeat });
            }
        }

        return document.WithLines(changed) with { Title = TitleRules.Clean(title) };
    }

    /// <summary>The name of the rule by which <paramref name="line"/> (folded: <paramref name="folded"/>) repeats the
    /// title (split into its SEO keywords: <paramref name="parts"/>), or null.</summary>
    private static string? Repeats(LineRecord line, FoldedLine folded, FoldedLine title, IReadOnlyList<string> parts, int headEnd)
    {
        if (TitleRules.SameTitle(folded, title))
        {
            return "repeated-title";
        }

        if (line.Number - 1 >= headEnd)
        {
            return null;
        }

        if (ChromeRules.QaLabelled(folded) is { Length: > 0 } labelled && TitleRules.SameTitle(labelled, title))
        {
            return "labelled-title";
        }

        // A bare keyword of an SEO title ("词-词", "词 | 词") repeated by the template before the article starts.
        return line.Text.Length <= 12 && parts.Contains(line.Text, StringComparer.Ordinal) ? "title-fragment" : null;
    }

    /// <summary>The seed's rules: text glued before a breadcrumb, or the head line a breadcrumb's last segment confirms.</summary>
    private static (LineRecord? Line, string? Title, string? Rule) FromHints(ArticleDocument document, List<LineRecord> head, List<LineRecord> headBody, FoldedLine[] folded)
    {
        var breadcrumb = head.FirstOrDefault(l => l.Reason == RemovalReason.Breadcrumb)?.Number ?? 0;
        foreach (var hint in document.TitleHints.Select(h => new FoldedLine(h.Text)))
        {
            // Prefer the copy that stands after the breadcrumb: that is where the page prints its title.
            var matches = headBody.Where(l => TitleRules.SameTitle(folded[l.Number - 1], hint)).ToList();
            if ((matches.FirstOrDefault(l => l.Number > breadcrumb) ?? matches.FirstOrDefault()) is { } line)
            {
                return (line, line.Text, "breadcrumb-names-title");
            }
        }

        // Text glued before a breadcrumb is the title even when no line repeats it; a trail's last segment
        // is only trusted when a line confirms it (it is often a category such as 公司 or 行业观察).
        return (null, document.TitleHints.FirstOrDefault(h => h.Glued)?.Text, "glued-before-breadcrumb");
    }

    /// <summary>The head line with the most evidence of being the title (at least a meta line beside it).</summary>
    private static (LineRecord? Line, string? Rule) Scored(IReadOnlyList<LineRecord> lines, List<LineRecord> head, List<LineRecord> headBody, FoldedLine[] folded)
    {
        (LineRecord? Line, int Score, string? Rule) best = (null, 0, null);
        foreach (var c in headBody)
        {
            var fc = folded[c.Number - 1];
            var repeated = lines.Any(l => l.Number != c.Number && l.Role != LineRole.Blank && TitleRules.SameTitle(folded[l.Number - 1], fc));
            if (!TitleRules.LooksLikeTitle(c.Text, repeated ? 120 : 64))
            {
                continue;
            }

            var contained = head.Any(l => l.Number != c.Number && TitleRules.EndsWithTitle(folded[l.Number - 1], fc));
            var beside = BesideMeta(lines, c.Number - 1);
            var score = (repeated ? 4 : 0) + (contained ? 3 : 0) + (beside ? 2 : 0);
            if (score < 2)
            {
                continue;
            }

            score += c.Text.Length >= 6 ? 1 : 0; // a site's or widget's name is short
            if (score > best.Score || (score == best.Score && best.Line is { } b && Preferred(c, b, repeated, folded)))
            {
                best = (c, score, repeated ? "repeated-title" : contained ? "title-inside-line" : "beside-meta");
            }
        }

        return (best.Line, best.Rule);
    }

    /// <summary>Of two candidates with equal evidence the earlier wins, except that of two copies of one title the
    /// plainer does (a copy with the site's name appended is the page's &lt;title&gt;).</summary>
    private static bool Preferred(LineRecord candidate, LineRecord best, bool repeated, FoldedLine[] folded) =>
        repeated && TitleRules.SameTitle(folded[best.Number - 1], folded[candidate.Number - 1]) && candidate.Text.Length < best.Text.Length;

    /// <summary>True when the nearest line above or below (looking through removed link rows and controls) is a meta
    /// line, a breadcrumb or a byline.</summary>
    private static bool BesideMeta(IReadOnlyList<LineRecord> lines, int index) => IsMetaNeighbour(lines, index, -1) || IsMetaNeighbour(lines, index, +1);

    private static bool IsMetaNeighbour(IReadOnlyList<LineRecord> lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Count; i += step)
        {
            var l = lines[i];
            if (l.Role == LineRole.Blank || (l.Role == LineRole.Removed && l.Reason is RemovalReason.Navigation or RemovalReason.SharePrompt or RemovalReason.Jammer))
            {
                continue;
            }

            return (l.Role == LineRole.Removed && l.Reason is RemovalReason.MetaLine or RemovalReason.Breadcrumb)
                || BylineRules.TryParse(l) is not null;
        }

        return false;
    }
}
