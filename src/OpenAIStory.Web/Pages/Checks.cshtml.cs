using OpenAIStory.Core.Rendering;
using OpenAIStory.Web.Hosting;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The fact-check ledger: counts per verdict, then every checked claim with its explanation, sources and place.</summary>
public sealed class ChecksModel(ReadingSite site, SiteUrls urls, ContentDates dates) : SitePageModel
{
    public ArticleView Article => site.Article;

    public ClaimLedger Ledger => site.Ledger;

    /// <summary>schema.org ClaimReview JSON-LD (escaped for a script element).</summary>
    public JsonLd JsonLd { get; private set; } = null!;

    public void OnGet()
    {
        JsonLd = SchemaOrg.ForClaims(Article, Ledger.Rows, urls.Absolute, dates.Checked);
        Meta = new PageMeta($"事实核查 · {Article.Title}", $"《{Article.Title}》{Ledger.Rows.Count} 处可核查陈述逐条核查：{Ledger.Summary.Split('：').Last()}。", Anchors.Ledger);
    }
}
