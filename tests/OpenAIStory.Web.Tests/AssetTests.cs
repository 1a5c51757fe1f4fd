using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenAIStory.Web.Tests;

public sealed class AssetTests(SiteFactory site)
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Every_stylesheet_script_and_icon_a_page_references_is_served_with_long_caching(string environment)
    {
        using var factory = site.WithWebHostBuilder(b => b.UseSetting("environment", environment).UseSetting("Site:BaseUrl", KestrelFixture.PublicAddress));
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

    [Fact]
    public async Task The_reading_page_with_its_css_and_js_stays_within_60_kb_compressed()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var total = 0L;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var page = await client.SendAsync(request, TestContext.Current.CancellationToken);
        page.Content.Headers.ContentEncoding.ShouldContain("br");
        total += (await page.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var document = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
        var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        assets.ShouldAllBe(a => a.StartsWith('/') && !a.StartsWith("//", StringComparison.Ordinal), "no third-party requests");
        foreach (var asset in assets)
        {
            // A build serves its assets barely compressed (publish compresses them properly), so weigh them the way a
            // published server sends them: Brotli at the optimal level.
            var bytes = await client.GetByteArrayAsync(new Uri(asset, UriKind.Relative), TestContext.Current.CancellationToken);
            using var compressed = new MemoryStream();
            using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                brotli.Write(bytes);
            }

            total += compressed.Length;
        }

        total.ShouldBeLessThanOrEqualTo(60 * 1024);
        document.QuerySelectorAll("link[rel=preload][as=font], link[href*='fonts.']").ShouldBeEmpty("no web fonts");
    }
}
