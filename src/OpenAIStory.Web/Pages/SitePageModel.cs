using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenAIStory.Web.Pages;

/// <summary>Base of every page model: carries the page's metadata for the layout.</summary>
public abstract class SitePageModel : PageModel
{
    /// <summary>Title, description and canonical path of the page.</summary>
    public PageMeta Meta { get; protected set; } = new("OpenAIStory", "", "/");
}
