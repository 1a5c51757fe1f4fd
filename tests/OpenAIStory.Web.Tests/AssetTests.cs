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

        // The entry module's imports are named by plain paths (import specifiers are not fingerprinted, and an import map
        // would be an inline script the CSP forbids): they must never be cached unchecked, only revalidated by ETag.
        var modules = await ModuleGraphAsync(client, page.QuerySelectorAll("script[type=module][src]").Select(e => e.GetAttribute("src")!));
        modules.Count.ShouldBeGreaterThan(5);
        foreach (var module in modules.Where(m => !assets.Contains(m)))
        {
            using var response = await client.GetAsync(new Uri(module, UriKind.Relative), TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(200, $"{module} in {environment}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("text/javascript", module);
            response.Headers.ETag.ShouldNotBeNull(module);
            response.Headers.CacheControl!.ToString().ShouldNotContain("immutable", customMessage: module);
            response.Headers.CacheControl!.NoCache.ShouldBeTrue(module);
        }
    }

    [Fact]
    public void No_script_is_longer_than_200_lines()
    {
        var scripts = Directory.GetFiles(RepoPaths.Of("src", "OpenAIStory.Web", "wwwroot", "js"), "*.js", SearchOption.AllDirectories);
        scripts.Length.ShouldBeGreaterThan(5);
        foreach (var script in scripts)
        {
            File.ReadAllLines(script).Length.ShouldBeLessThanOrEqualTo(200, Path.GetFileName(script));
        }
    }

    [Fact]
    public async Task Every_module_a_page_loads_is_reachable_from_its_entry_and_exists()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var document = await site.GetDocumentAsync("/");
        var entries = document.QuerySelectorAll("script[type=module][src]").Select(e => e.GetAttribute("src")!).ToList();
        entries.Count.ShouldBe(1, "one entry module");
        var modules = await ModuleGraphAsync(client, entries);
        // The entry is named by its fingerprinted address (main.0a1b2c3d4e.js).
        var names = modules.Select(m => System.Text.RegularExpressions.Regex.Replace(Path.GetFileName(m), @"\.[a-z0-9]{8,16}(?=\.js$)", "")).ToList();
        names.ShouldContain("main.js");
        names.ShouldContain("notes.js");
        names.ShouldContain("cards.js");
        names.ShouldContain("claims.js", "loaded with the first verdict mark opened");
        names.ShouldContain("quote.js", "loaded with the first selection");
        var files = Directory.GetFiles(RepoPaths.Of("src", "OpenAIStory.Web", "wwwroot", "js"), "*.js").Select(Path.GetFileName).ToList();
        files.Except(names.Append("init.js").Append("checks.js")).ShouldBeEmpty("every script is loaded by some page");
    }

    /// <summary>The entry modules and every module they import, statically or dynamically, each fetched once.</summary>
    private static async Task<List<string>> ModuleGraphAsync(HttpClient client, IEnumerable<string> entries)
    {
        var seen = new List<string>();
        var pending = new Queue<string>(entries);
        while (pending.TryDequeue(out var module))
        {
            if (seen.Contains(module))
            {
                continue;
            }

            seen.Add(module);
            var source = await client.GetStringAsync(new Uri(module, UriKind.Relative), TestContext.Current.CancellationToken);
            foreach (var imported in OpenAIStory.Web.Cli.ModuleImports.Of(module, source))
            {
                pending.Enqueue(imported);
            }
        }

        return seen;
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
        // With every module the entry imports, even those loaded only when first needed.
        var entries = document.QuerySelectorAll("script[type=module][src]").Select(e => e.GetAttribute("src")!).ToList();
        assets.AddRange((await ModuleGraphAsync(client, entries)).Except(entries));
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
