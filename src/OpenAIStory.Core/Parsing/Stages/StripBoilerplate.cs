using System.Collections.Immutable;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Marks site chrome as removed, each line with its reason and the name of the rule that decided it: shapes
/// that hold anywhere (breadcrumbs, meta clusters, link rows, controls, notices), shapes that only the page head may
/// hold (date lines, template fields, info boxes, summary boxes), lists after a list header, comment threads, and the
/// footer.</summary>
public sealed class StripBoilerplate : IDocumentStage
{
    /// <summary>How many non-blank lines count as the page head when the article's first prose line comes early.</summary>
    private const int HeadLines = 8;

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.ToBuilder();
        var hints = ImmutableArray.CreateBuilder<TitleHint>();
        // Only roles change here, never text: each line is folded once for every rule below.
        var folded = FoldedLine.Of(document.Lines);
        var headEnd = PageZones.FirstProse(lines, folded);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.Body)
            {
                continue;
            }

            seen++;
            var inHead = seen <= HeadLines || i < headEnd;
            if (inHead && BoilerplateRules.IsBreadcrumb(folded[i], out var glued, out var last))
            {
                if (glued is not null)
                {
                    hints.Add(new TitleHint(glued, Glued: true));
                }

                if (last is not null)
                {
                    hints.Add(new TitleHint(last, Glued: false));
                }

                lines[i] = Remove(line, RemovalReason.Breadcrumb, "breadcrumb");
            }
            else if (inHead && ChromeRules.NowReadingTitle(folded[i]) is { } reading)
            {
                hints.Add(new TitleHint(reading, Glued: false));
                lines[i] = Remove(line, RemovalReason.Breadcrumb, "now-reading");
            }
            else if (BoilerplateRules.IsMetaLine(folded[i]))
            {
                lines[i] = Remove(line, RemovalReason.MetaLine, "meta-cluster");
            }
            else if (BoilerplateRules.ClassifyStandalone(folded[i]) is { } reason)
            {
                lines[i] = Remove(line, reason, Kebab(reason));
            }
            else if (ChromeRules.Classify(folded[i]) is { } chrome)
            {
                lines[i] = Remove(line, chrome.Reason, chrome.Rule);
            }
            else if (i < headEnd && ChromeRules.ClassifyHead(folded[i]) is { } head)
            {
                lines[i] = Remove(line, head.Reason, head.Rule);
            }
        }

        MarkInfoBoxes(lines, folded, headEnd);
        MarkEmptyWidgets(lines, headEnd);
        MarkListsAfterHeaders(lines, folded);
        MarkCommentThread(lines, folded);
        MarkRepeatedSummary(lines);
        MarkTrailingQuestions(lines);
        MarkFooter(lines, folded);
        return document with { Lines = lines.ToImmutable(), TitleHints = hints.ToImmutable() };
    }

    /// <summary>Two or more short key: value lines in a row in the page head are an info box (blog stats, file info,
    /// programme info, a government metadata table); a short line just above it naming the box goes with it.</summary>
    private static void MarkInfoBoxes(ImmutableArray<LineRecord>.Builder lines, FoldedLine[] folded, int headEnd)
    {
        var run = new List<int>();
        for (var i = 0; i <= Math.Min(headEnd, lines.Count); i++)
        {
            if (i < Math.Min(headEnd, lines.Count) && lines[i].Role is LineRole.Blank)
            {
                continue;
            }

            if (i < Math.Min(headEnd, lines.Count) && lines[i].Role == LineRole.Body && ChromeRules.IsInfoField(folded[i]))
            {
                run.Add(i);
                continue;
            }

            if (run.Count >= 2)
            {
                foreach (var j in run)
                {
                    lines[j] = Remove(lines[j], RemovalReason.MetaLine, "info-box");
                }

                if (PageZones.PreviousNonBlank(lines, run[0]) is { } caption && lines[caption].Role == LineRole.Body
                    && PageZones.NamesABox(folded[caption]))
                {
                    lines[caption] = Remove(lines[caption], RemovalReason.MetaLine, "info-box");
                }
            }

            run.Clear();
        }
    }

    /// <summary>A marker-led box title (📌, ■) followed at once by another one has nothing of its own: a widget whose
    /// content the scraper dropped.</summary>
    private static void MarkEmptyWidgets(ImmutableArray<LineRecord>.Builder lines, int headEnd)
    {
        for (var i = 0; i < Math.Min(headEnd, lines.Count); i++)
        {
            if (lines[i].Role == LineRole.Body && lines[i].Text.Length <= 24 && Marker.StartsWithMarker(lines[i].Text)
                && PageZones.NextNonBlank(lines, i) is { } next && Marker.StartsWithMarker(lines[next].Text)
                && !string.Equals(lines[next].Text, lines[i].Text, StringComparison.Ordinal))
            {
                lines[i] = Remove(lines[i], RemovalReason.Navigation, "empty-widget");
            }
        }
    }

    /// <summary>A list header (相关信息, 猜你喜欢, 节目预告 …) and the short items after it, up to the next marker-led line,
    /// prose line, heading or footer link.</summary>
    private static void MarkListsAfterHeaders(ImmutableArray<LineRecord>.Builder lines, FoldedLine[] folded)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role != LineRole.Body || !BoilerplateRules.IsRelatedHeader(folded[i]))
            {
                continue;
            }

            lines[i] = Remove(lines[i], RemovalReason.RelatedList, "list-header");
            for (var j = i + 1; j < lines.Count; j++)
            {
                var item = lines[j];
                if (item.Role is LineRole.Blank or LineRole.Removed)
                {
                    continue;
                }

                if (Marker.StartsWithMarker(item.Text) || PageZones.IsProse(item.Text) || HeadingRules.Match(item.Text) is not null
                    || BoilerplateRules.IsFooterMarker(folded[j]))
                {
                    break;
                }

                lines[j] = Remove(item, RemovalReason.RelatedList, "list-item");
            }
        }
    }

    /// <summary>A comment-thread header (评论区, 网友评论) after the article: it and everything after it.</summary>
    private static void MarkCommentThread(ImmutableArray<LineRecord>.Builder lines, FoldedLine[] folded)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Body && ChromeRules.IsCommentsHeader(folded[i]))
            {
                start = i;
                break;
            }
        }

        for (var i = start; start >= 0 && i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Body)
            {
                lines[i] = Remove(lines[i], RemovalReason.Comments, "comment-thread");
            }
        }
    }

    /// <summary>A paragraph printed twice in a row: the first copy is the template's summary box.</summary>
    private static void MarkRepeatedSummary(ImmutableArray<LineRecord>.Builder lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Body && lines[i].Text.Length >= 20
                && PageZones.NextNonBlank(lines, i) is { } next && lines[next].Role == LineRole.Body
                && string.Equals(lines[next].Text, lines[i].Text, StringComparison.Ordinal))
            {
                lines[i] = Remove(lines[i], RemovalReason.Summary, "repeated-summary");
            }
        }
    }

    /// <summary>Three or more short questions closing the page are a related-questions list, not the article.</summary>
    private static void MarkTrailingQuestions(ImmutableArray<LineRecord>.Builder lines)
    {
        var run = new List<int>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Role is LineRole.Blank or LineRole.Removed)
            {
                continue;
            }

            if (line.Role != LineRole.Body || line.Text.Length > 40 || line.Text[^1] is not ('？' or '?'))
            {
                break;
            }

            run.Add(i);
        }

        if (run.Count >= 3)
        {
            foreach (var i in run)
            {
                lines[i] = Remove(lines[i], RemovalReason.RelatedList, "related-questions");
            }
        }
    }

    /// <summary>The footer is the trailing run of short, link-like lines, starting at its first unmistakable marker.</summary>
    private static void MarkFooter(ImmutableArray<LineRecord>.Builder lines, FoldedLine[] folded)
    {
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            var footerish = line.Role is LineRole.Blank or LineRole.Removed
                || (line.Role == LineRole.Body && (BoilerplateRules.IsNavigationLike(line.Text) || BoilerplateRules.IsFooterMarker(folded[i])));
            if (!footerish)
            {
                break;
            }

            start = i;
        }

        var footerStart = -1;
        for (var i = start; i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Removed || (lines[i].Role == LineRole.Body && BoilerplateRules.IsFooterMarker(folded[i])))
            {
                footerStart = i;
                break;
            }
        }

        if (footerStart < 0)
        {
            return;
        }

        var inRelatedList = false;
        for (var i = footerStart; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.Body)
            {
                continue;
            }

            if (BoilerplateRules.IsRelatedHeader(folded[i]))
            {
                inRelatedList = true;
            }
            else if (BoilerplateRules.IsFooterMarker(folded[i]))
            {
                inRelatedList = false;
            }

            lines[i] = inRelatedList ? Remove(line, RemovalReason.RelatedList, "related-list") : Remove(line, RemovalReason.FooterNavigation, "footer-run");
        }
    }

    private static string Kebab(RemovalReason reason) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());

    private static LineRecord Remove(LineRecord line, RemovalReason reason, string rule) =>
        line with { Role = LineRole.Removed, Reason = reason, Rule = rule };
}
