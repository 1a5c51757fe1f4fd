using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using OpenAIStory.Web.Cli;

namespace OpenAIStory.Web.Tests.Cli;

/// <summary>Exports the site, serves the export from a plain static file server (under a sub-folder, as a project site
/// on a static host would be) and follows every link and asset reference: none may be broken.</summary>
public sealed class StaticExportTests : IAsyncLifetime
{
    private const string Folder = "/openaistory";
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("openaistory-export-");
    private WebApplication? server;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        using var stdout = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", output.FullName, "--base-url", "https://example.org" + Folder], stdout, TextWriter.Null);
        exit.ShouldBe(0, stdout.ToString());

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        var files = new PhysicalFileProvider(output.FullName);
        server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Folder });
        server.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = Folder, ServeUnknownFileTypes = true });
        await server.StartAsync(TestContext.Current.CancellationToken);
        client = new HttpClient { BaseAddress = new Uri(server.Urls.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        output.Delete(recursive: true);
    }

    [Fact]
    public async Task Every_page_link_and_asset_of_the_export_resolves_on_a_static_host()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(output.FullName, "index.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(80);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var checkedTargets = new HashSet<string>(StringComparer.Ordinal);
        var exportedModules = 0;
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(output.FullName, Path.GetDirectoryName(file)!).Replace('\\', '/');
            var pageUrl = new Uri(client.BaseAddress!, Folder + "/" + (relative == "." ? "" : relative + "/"));
            var document = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            foreach (var reference in document.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (reference.StartsWith("http", StringComparison.Ordinal) || reference.StartsWith("mailto:", StringComparison.Ordinal) || reference.StartsWith('#'))
                {
                    continue;
                }

                reference.ShouldNotStartWith("/", customMessage: $"{relative}: root-relative link {reference} breaks under a sub-folder");
                var target = new Uri(pageUrl, reference);
                var withoutFragment = target.GetLeftPart(UriPartial.Path);
                if (checkedTargets.Add(withoutFragment))
                {
                    using var response = await client.GetAsync(withoutFragment, TestContext.Current.CancellationToken);
                    ((int)response.StatusCode).ShouldBe(200, $"{relative} → {reference}");
                    if (reference.EndsWith(".js", StringComparison.Ordinal))
                    {
                        // A page names only its entry module: what the module imports must be exported beside it.
                        var modules = new Queue<string>(ModuleImports.Of(target.AbsolutePath, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
                        while (modules.TryDequeue(out var module))
                        {
                            if (checkedTargets.Add(new Uri(client.BaseAddress!, module).ToString()))
                            {
                                using var imported = await client.GetAsync(new Uri(module, UriKind.Relative), TestContext.Current.CancellationToken);
                                ((int)imported.StatusCode).ShouldBe(200, $"{relative} → {reference} → {module}");
                                ModuleImports.Of(module, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ToList().ForEach(modules.Enqueue);
                                exportedModules++;
                            }
                        }
                    }

                    if (response.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        var linked = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
                        ids[withoutFragment] = [.. linked.QuerySelectorAll("[id]").Select(e => e.Id!)];
                    }
                }

                if (target.Fragment.Length > 1 && ids.TryGetValue(withoutFragment, out var known))
                {
                    known.ShouldContain(Uri.UnescapeDataString(target.Fragment[1..]), $"{relative} → {reference}");
                }
            }
        }

        exportedModules.ShouldBeGreaterThan(5, "the modules main.js imports");
    }

    [Fact]
    public async Task Data_files_and_the_404_page_are_exported_with_public_urls()
    {
        File.Exists(Path.Combine(output.FullName, "404.html")).ShouldBeTrue();
        var sitemap = await File.ReadAllTextAsync(Path.Combine(output.FullName, "sitemap.xml"), TestContext.Current.CancellationToken);
        sitemap.ShouldContain("<loc>https://example.org/openaistory/people/sam-altman</loc>");
        sitemap.ShouldNotContain("127.0.0.1");
        (await File.ReadAllTextAsync(Path.Combine(output.FullName, "annotations.jsonld"), TestContext.Current.CancellationToken)).ShouldContain("https://example.org/openaistory/");
        var index = await File.ReadAllTextAsync(Path.Combine(output.FullName, "index.html"), TestContext.Current.CancellationToken);
        index.ShouldContain("<link rel=\"canonical\" href=\"https://example.org/openaistory/\">");
        // The fact-check ledger is exported, with the reading's marks pointing at it relatively.
        var checks = await File.ReadAllTextAsync(Path.Combine(output.FullName, "checks", "index.html"), TestContext.Current.CancellationToken);
        checks.ShouldContain("class=\"claim-row");
        checks.ShouldContain("\"@type\":\"ClaimReview\"");
        index.ShouldContain("checks/#c-");
    }

    [Fact]
    public async Task Every_exported_page_points_its_og_image_at_an_exported_share_card()
    {
        var parser = new HtmlParser();
        var cards = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output.FullName, "index.html", SearchOption.AllDirectories))
        {
            var document = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            var image = document.QuerySelector("meta[property='og:image']")?.GetAttribute("content").ShouldNotBeNull(file);
            image!.ShouldStartWith("https://example.org/openaistory/cards/", customMessage: file);
            document.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content").ShouldBe(image);
            var served = await client.GetAsync(new Uri(Folder + image["https://example.org/openaistory".Length..], UriKind.Relative), TestContext.Current.CancellationToken);
            ((int)served.StatusCode).ShouldBe(200, image);
            var bytes = await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            bytes[1..4].ShouldBe("PNG"u8.ToArray(), image);
            cards.Add(image);
        }

        cards.Count.ShouldBeGreaterThan(80, "each page its own card");
        Directory.GetFiles(Path.Combine(output.FullName, "cards"), "*.png").Length.ShouldBe(cards.Count);
    }
}
