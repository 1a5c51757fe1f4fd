using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenAIStory.Web.Tests;

public sealed class AssetTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Every_stylesheet_script_and_icon_a_page_references_is_served_with_long_caching(string environment)
    {
        using var factory = site.WithWebHostBuilder(b => b.UseSetting("environment", environment));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        assets.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative), TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(200, $"{asset} in {environment}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : asset.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "image/svg+xml", asset);
            response.Headers.CacheControl!.ToString().ShouldContain("immutable", customMessage: asset);
        }
    }
}
