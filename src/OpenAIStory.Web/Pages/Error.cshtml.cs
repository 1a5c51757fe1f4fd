namespace OpenAIStory.Web.Pages;

/// <summary>The generic error page (production only).</summary>
public sealed class ErrorModel : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Meta = new PageMeta("出错了", "服务器出错。", "/error");
    }
}
