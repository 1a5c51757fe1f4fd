using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The full annotated reading.</summary>
public sealed class IndexModel(ReadingSite site, Hosting.SiteUrls urls) : SitePageModel
{
    public ArticleView Article => site.Article;

    /// <summary>schema.org Article JSON-LD (escaped for a script element).</summary>
    public JsonLd JsonLd { get; private set; } = null!;

    public void OnGet()
    {
        JsonLd = SchemaOrg.ForArticle(Article, urls.Absolute("/"));
        Meta = new PageMeta($"{Article.Title} · 注释版阅读", Article.Description, "/") { OgType = "article" };
    }
}
