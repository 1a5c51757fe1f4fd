namespace OpenAIStory.Web.Hosting;

/// <summary>The site only reads: anything but GET and HEAD is 405 (with Allow), and an absurdly long request target is
/// 414, before any page code runs. Odd requests get a clear client error, never a server error.</summary>
public sealed class RequestGuard(RequestDelegate next)
{
    /// <summary>Longest path plus query string accepted, in characters.</summary>
    public const int MaxTargetLength = 4096;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        if ((request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > MaxTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
