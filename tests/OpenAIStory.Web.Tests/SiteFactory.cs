using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenAIStory.Web.Tests;

/// <summary>The site in memory, serving the repository's content folder.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private static readonly HtmlParser Parser = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("environment", "Development");
        // Every test renders the site itself; derived factories switch to Production and must not share a stored snapshot.
        builder.UseSetting("Snapshot:Cache", "off");
        // Many short-lived sites: none recompresses its pages in the background (SnapshotFinisherTests and the shared
        // browser site do).
        builder.UseSetting("Snapshot:BestCompression", "false");
    }

    /// <summary>The site launched as in production, with its snapshot kept in <paramref name="snapshotCache"/> (a folder,
    /// or <c>off</c>), at a public address, finishing its snapshot after start-up or not: one launch of the tests of what
    /// is kept between launches and finished once the server listens.</summary>
    public WebApplicationFactory<Program> InProduction(string snapshotCache, string baseUrl = KestrelFixture.PublicAddress, bool bestCompression = false) =>
        WithWebHostBuilder(b => b
            .UseSetting("environment", "Production")
            .UseSetting("Site:BaseUrl", baseUrl)
            .UseSetting(OpenAIStory.Web.Hosting.SnapshotCache.Key, snapshotCache)
            .UseSetting(OpenAIStory.Web.Hosting.SnapshotFinisher.BestCompressionKey, bestCompression ? "true" : "false"));

    /// <summary>GETs a page and parses it; asserts the status code.</summary>
    public async Task<IDocument> GetDocumentAsync(string path, int status = 200)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, path);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Parser.ParseDocumentAsync(html, TestContext.Current.CancellationToken);
    }
}
