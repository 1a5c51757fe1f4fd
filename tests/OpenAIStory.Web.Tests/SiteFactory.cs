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
