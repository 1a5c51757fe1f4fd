using Microsoft.AspNetCore.Mvc;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>One section as its own shareable page.</summary>
public sealed class SectionModel(ReadingSite site) : SitePageModel
{
    public ArticleView Article => site.Article;

    public SectionView Section { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (site.FindSection(slug) is not { } section)
        {
            return NotFound();
        }

        Section = section;
        Meta = new PageMeta($"{section.Heading} · {Article.Title}", section.Description, Anchors.SectionPage(section.Slug)) { OgType = "article" };
        return Page();
    }
}
