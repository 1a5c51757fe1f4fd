using Microsoft.AspNetCore.Diagnostics;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>A helpful 404 page in Chinese, reached by re-execution for any unknown address.</summary>
public sealed class NotFoundModel(ReadingSite site) : SitePageModel
{
    public ArticleView Article => site.Article;

    /// <summary>The address the reader asked for.</summary>
    public string RequestedPath { get; private set; } = "";

    public void OnGet()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        RequestedPath = feature?.OriginalPath ?? HttpContext.Request.Path.Value ?? "/";
        if (RequestedPath.Length > 200)
        {
            RequestedPath = RequestedPath[..200] + "…";
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        Meta = new PageMeta($"找不到页面 · {Article.Title}", "这个地址在本站不存在。", "/404");
    }
}
