using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The full annotated reading.</summary>
public sealed class IndexModel(ReadingSite site) : SitePageModel
{
    public ArticleView Article => site.Article;

    public void OnGet()
    {
        Meta = new PageMeta($"{Article.Title} · 注释版阅读", Article.Description, "/") { OgType = "article" };
    }
}
