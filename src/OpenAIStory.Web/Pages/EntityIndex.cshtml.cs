using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>An index of one kind of entity: 人物, 公司与机构, 产品与模型, 论文与作品, 地点.</summary>
public sealed class EntityIndexModel(EntityPages pages, ReadingSite site) : SitePageModel
{
    public EntityIndexView Index { get; private set; } = null!;

    public IReadOnlyList<EntityIndexView> All => pages.Indexes;

    public string ArticleTitle => site.Article.Title;

    public void OnGet(string segment)
    {
        Index = pages.Indexes.Single(i => i.Segment == segment);
        Meta = new PageMeta($"{Index.Title} · {site.Article.Title} 注释", $"《{site.Article.Title}》提到的{Index.Title}：简介、关系与文中出处。", Index.Path);
    }
}
