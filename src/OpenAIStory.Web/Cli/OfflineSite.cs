using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Cli;

/// <summary>The site built exactly as the server builds it at start-up (content loaded and checked, every page
/// rendered, every share card drawn), without listening: what <c>check</c> validates and <c>export</c> writes.</summary>
public static class OfflineSite
{
    /// <summary>Stands in for the public address when only validity matters (<c>check</c>): URLs do not decide whether a page renders.</summary>
    public const string PlaceholderBaseUrl = "https://openaistory.invalid";

    /// <exception cref="Core.Content.ContentException">The content, or a page rendered from it, is broken.</exception>
    public static async Task<WebApplication> BuildAsync(string contentRoot, string? baseUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(OfflineSite).Assembly.GetName().Name,
        });
        builder.Configuration["Content:Root"] = contentRoot;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        // check and export always load, check and render: never a stored snapshot.
        builder.Configuration[SnapshotCache.Key] = "off";
        if (baseUrl is not null)
        {
            builder.Configuration[SiteOptions.BaseUrlKey] = baseUrl;
        }

        builder.AddOpenAIStory();
        var app = await builder.Build().UseOpenAIStoryAsync();
        // The server draws the share cards once it listens; check and export draw them now (a card Skia cannot draw
        // fails here, like a page that cannot render).
        app.Services.GetRequiredService<Cards.ShareCards>().DrawAll(Environment.ProcessorCount);
        return app;
    }
}
