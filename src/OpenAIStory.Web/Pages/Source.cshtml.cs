using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The raw scrape line by line, each marked kept, extracted or removed with the reason.</summary>
public sealed class SourceModel(ReadingSite site) : SitePageModel
{
    public ArticleView Article => site.Article;

    public IReadOnlyList<SourceLineView> Lines => site.SourceLines;

    /// <summary>How many lines have the given status.</summary>
    public int Count(string status) => Lines.Count(l => l.Status == status);

    public void OnGet()
    {
        Meta = new PageMeta($"整理过程 · {Article.Title}", $"《{Article.Title}》转载稿的逐行对照：保留了什么，删去了什么，为什么。", "/source");
    }
}
