using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Removes the site header: every line above the title (logo, nav bars, login links, sidebars) except prose,
/// a byline and tags. Runs after <see cref="ExtractTitle"/>; a page without a title line keeps its head.</summary>
public sealed class StripSiteHeader : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Lines.FirstOrDefault(l => l.Role == LineRole.Title);
        if (title is null)
        {
            return document;
        }

        var changed = document.Lines
            .Take(title.Number - 1)
            .Where(l => l.Role == LineRole.Body && !PageZones.IsProse(l.Text) && BylineRules.TryParse(l) is null)
            .Select(l => l with { Role = LineRole.Removed, Reason = RemovalReason.SiteHeader, Rule = "above-title" });
        return document.WithLines(changed);
    }
}
