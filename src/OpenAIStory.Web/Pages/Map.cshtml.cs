using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The relations between the annotated people and organisations, laid out on the server.</summary>
public sealed class MapModel(DataViews views, ReadingSite site) : SitePageModel
{
    public GraphView Graph { get; } = new(
        "map",
        views.Map,
        "人物与机构关系图",
        $"{views.Map.Nodes.Count} 个条目、{views.Map.Edges.Count} 条关系，分三列：人物、公司与机构、产品论文与地点。全部关系见下方表格。",
        null,
        LabelsCentred: false,
        "map-svg");

    public void OnGet() =>
        Meta = new PageMeta($"关系图 · {site.Article.Title} 注释", $"《{site.Article.Title}》中人物与机构的关系：谁创立、投资、雇用、教导、掌管了什么，何时。", "/map");
}
