using Microsoft.AspNetCore.Mvc;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>One person, organisation, product, work or place: note, facts, relations and every mention.</summary>
public sealed class EntityModel(EntityPages pages, ReadingSite site, DataViews views, Hosting.SiteUrls urls) : SitePageModel
{
    public EntityPageView View { get; private set; } = null!;

    public JsonLd JsonLd { get; private set; } = null!;

    /// <summary>The entity and its direct neighbours.</summary>
    public GraphView Neighbourhood { get; private set; } = null!;

    public IActionResult OnGet(string segment, string id)
    {
        if (pages.Find(segment, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Neighbourhood = new GraphView("ego", views.Neighbourhood(id), $"{view.Title.Name}的关系", $"{view.Title.Name}居中，周围是与其直接相关的 {view.Relations.Count} 个条目；关系列表见下方。", id, LabelsCentred: true, "ego-svg");
        var path = view.Entity.Path;
        JsonLd = SchemaOrg.ForEntity(view.Entity, urls.Absolute(path));
        var name = view.Title.Original is null ? view.Title.Name : $"{view.Title.Name} {view.Title.Original}";
        Meta = new PageMeta($"{name} · {site.Article.Title} 注释", view.Summary, path);
        return Page();
    }
}
