namespace OpenAIStory.Web.Hosting;

/// <summary>Renders one site path in-process, through routing and the endpoint alone (pages, data files, static assets):
/// no socket, no request headers, the public address from configuration. Used at start-up and by <c>export</c>.</summary>
public sealed class SiteRenderer
{
    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    private readonly RequestDelegate pipeline;
    private readonly IServiceProvider services;
    private readonly Uri baseUri;

    public SiteRenderer(WebApplication app, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(urls);
        services = app.Services;
        baseUri = new Uri(urls.Base);
        // A branch of the application with routing only: it shares the app's endpoints but none of its middleware.
        // WebApplication gives a branch a routing world of its own; handing it the app's route builder (the key
        // UseRouting looks for) makes it see the endpoints the app mapped.
        var branch = ((IApplicationBuilder)app).New();
        branch.Properties[GlobalEndpointRouteBuilderKey] = app;
        branch.UseRouting();
        branch.Run(context => context.GetEndpoint()?.RequestDelegate is { } endpoint ? endpoint(context) : NotFound(context));
        pipeline = branch.Build();
    }

    /// <summary>What one path renders to.</summary>
    public sealed record Rendered(int Status, string ContentType, byte[] Body);

    public async Task<Rendered> RenderAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = baseUri.Scheme;
        context.Request.Host = new HostString(baseUri.Authority);
        context.Request.Path = PathString.FromUriComponent(path);
        using var body = new MemoryStream();
        context.Response.Body = body;
        await pipeline(context);
        await context.Response.CompleteAsync();
        return new Rendered(context.Response.StatusCode, context.Response.ContentType ?? "application/octet-stream", body.ToArray());
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
