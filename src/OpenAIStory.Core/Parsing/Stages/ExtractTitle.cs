using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Finds the real title (not the breadcrumb) and removes the template's repetitions of it.</summary>
public sealed class ExtractTitle : IDocumentStage
{
    /// <summary>How many non-blank lines from the top the title and its repetitions may sit in.</summary>
    private const int HeadLines = 8;

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var head = document.Lines.Where(l => l.Role is not LineRole.Blank).Take(HeadLines).ToList();
        var headBody = head.Where(l => l.Role == LineRole.Body).ToList();

        LineRecord? titleLine = null;
        string? title = null;
        var breadcrumb = head.FirstOrDefault(l => l.Reason == RemovalReason.Breadcrumb)?.Number ?? 0;
        foreach (var hint in document.TitleHints.Select(h => h.Text))
        {
            // Prefer the copy that stands after the breadcrumb: that is where the page prints its title.
            var matches = headBody.Where(l => TitleRules.SameTitle(l.Text, hint)).ToList();
            titleLine = matches.FirstOrDefault(l => l.Number > breadcrumb) ?? matches.FirstOrDefault();
            if (titleLine is not null)
            {
                title = titleLine.Text;
                break;
            }
        }

        // Text glued before a breadcrumb is the title even when no line repeats it; a trail's last segment
        // is only trusted when a line confirms it (it is often a category such as 公司 or 行业观察).
        title ??= document.TitleHints.FirstOrDefault(h => h.Glued)?.Text;

        if (title is null && headBody.FirstOrDefault() is { } first && TitleRules.LooksLikeTitle(first.Text) && headBody.Count > 1)
        {
            titleLine = first;
            title = first.Text;
        }

        if (title is null)
        {
            return document;
        }

        var changed = headBody
            .Where(l => (titleLine is not null && l.Number == titleLine.Number) || TitleRules.SameTitle(l.Text, title))
            .Select(l => titleLine is not null && l.Number == titleLine.Number
                ? l with { Role = LineRole.Title }
                : l with { Role = LineRole.Removed, Reason = RemovalReason.DuplicateTitle });
        document = document.WithLines(changed);

        return document with { Title = title.Trim('#', ' ') };
    }
}
