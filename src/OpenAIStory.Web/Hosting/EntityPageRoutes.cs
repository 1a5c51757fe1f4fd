using Microsoft.AspNetCore.Mvc.ApplicationModels;
using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Web.Hosting;

/// <summary>The routes of the entity indexes and pages, made from the segments in <see cref="EntityRoutes"/>.</summary>
internal static class EntityPageRoutes
{
    /// <summary>An index: <c>/people</c>, <c>/companies</c> ….</summary>
    public static readonly string IndexTemplate = $"/{{segment:regex(^({string.Join('|', EntityRoutes.Segments)})$)}}";

    /// <summary>An entity's page: <c>/people/{id}</c> ….</summary>
    public static readonly string PageTemplate = IndexTemplate + "/{id}";

    /// <summary>Routes the pages <c>/EntityIndex</c> and <c>/Entity</c> (whose <c>@page</c> names no template).</summary>
    public static void Add(PageConventionCollection conventions)
    {
        conventions.AddPageRouteModelConvention("/EntityIndex", model => Route(model, IndexTemplate));
        conventions.AddPageRouteModelConvention("/Entity", model => Route(model, PageTemplate));
    }

    private static void Route(PageRouteModel model, string template)
    {
        foreach (var selector in model.Selectors)
        {
            selector.AttributeRouteModel!.Template = template;
        }
    }
}
