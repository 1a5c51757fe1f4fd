using System.Collections.Immutable;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Marks the repost site's breadcrumb, meta line, notices and footer as removed, each with its reason.</summary>
public sealed class StripBoilerplate : IDocumentStage
{
    /// <summary>How many non-blank lines count as the page head, where breadcrumbs live.</summary>
    private const int HeadLines = 8;

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.ToBuilder();
        var hints = ImmutableArray.CreateBuilder<TitleHint>();
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.Body)
            {
                continue;
            }

            seen++;
            if (seen <= HeadLines && BoilerplateRules.IsBreadcrumb(line.Text, out var glued, out var last))
            {
                if (glued is not null)
                {
                    hints.Add(new TitleHint(glued, Glued: true));
                }

                if (last is not null)
                {
                    hints.Add(new TitleHint(last, Glued: false));
                }

                lines[i] = Remove(line, RemovalReason.Breadcrumb);
            }
            else if (BoilerplateRules.IsMetaLine(line.Text))
            {
                lines[i] = Remove(line, RemovalReason.MetaLine);
            }
            else if (BoilerplateRules.ClassifyStandalone(line.Text) is { } reason)
            {
                lines[i] = Remove(line, reason);
            }
        }

        MarkFooter(lines);
        return document with { Lines = lines.ToImmutable(), TitleHints = hints.ToImmutable() };
    }

    /// <summary>The footer is the trailing run of short, link-like lines, starting at its first unmistakable marker.</summary>
    private static void MarkFooter(ImmutableArray<LineRecord>.Builder lines)
    {
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            var footerish = line.Role is LineRole.Blank or LineRole.Removed
                || (line.Role == LineRole.Body && (BoilerplateRules.IsNavigationLike(line.Text) || BoilerplateRules.IsFooterMarker(line.Text)));
            if (!footerish)
            {
                break;
            }

            start = i;
        }

        var footerStart = -1;
        for (var i = start; i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Removed || (lines[i].Role == LineRole.Body && BoilerplateRules.IsFooterMarker(lines[i].Text)))
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

            if (BoilerplateRules.IsRelatedHeader(line.Text))
            {
                inRelatedList = true;
            }
            else if (BoilerplateRules.IsFooterMarker(line.Text))
            {
                inRelatedList = false;
            }

            lines[i] = Remove(line, inRelatedList ? RemovalReason.RelatedList : RemovalReason.FooterNavigation);
        }
    }

    private static LineRecord Remove(LineRecord line, RemovalReason reason) => line with { Role = LineRole.Removed, Reason = reason };
}
