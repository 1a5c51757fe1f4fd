using AngleSharp.Html.Parser;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Hosting;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Cli;

/// <summary>Writes the whole site as static files: it runs the site on a loopback port, fetches every page and file a
/// reader can reach, rewrites internal links to relative ones (so the export works from any folder of any static host
/// or CDN) and writes each page as <c>path/index.html</c>.</summary>
public static class StaticExport
{
    private static readonly HtmlParser Parser = new();

    public static async Task<int> RunAsync(string directory, string contentRoot, string? baseUrl, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var output = Path.GetFullPath(directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(StaticExport).Assembly.GetName().Name,
        });
        builder.Configuration["Content:Root"] = contentRoot;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddOpenAIStory();
        await using var app = builder.Build();
        app.UseOpenAIStory();
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var publicBase = (baseUrl ?? "").TrimEnd('/');
            Directory.CreateDirectory(output);
            var pages = app.Services.GetRequiredService<SiteMap>().Paths.ToList();
            var assets = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var path in pages)
            {
                var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
                await WriteAsync(output, PageFile(path), Rewrite(html, path, publicBase, client.BaseAddress, assets));
            }

            using (var notFound = await client.GetAsync(new Uri("/404", UriKind.Relative)))
            {
                // Served by static hosts for unknown addresses: links must work from any depth, so they stay root-relative.
                await WriteAsync(output, "404.html", Rewrite(await notFound.Content.ReadAsStringAsync(), "/", publicBase, client.BaseAddress, assets, rootRelative: true));
            }

            foreach (var file in new[] { "/annotations.jsonld", "/sitemap.xml", "/robots.txt" })
            {
                var text = await client.GetStringAsync(new Uri(file, UriKind.Relative));
                await WriteAsync(output, file.TrimStart('/'), text.Replace(client.BaseAddress.ToString().TrimEnd('/'), publicBase, StringComparison.Ordinal));
            }

            foreach (var asset in assets)
            {
                var bytes = await client.GetByteArrayAsync(new Uri(asset, UriKind.Relative));
                if (bytes.Length == 0)
                {
                    throw new IOException($"export: {asset} came back empty; is the build's wwwroot missing?");
                }

                var target = Path.Combine(output, asset.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, bytes);
            }

            // Share cards (issue 12): the pages' og:image points at them; written from the set drawn at start-up.
            var cards = app.Services.GetRequiredService<ShareCards>().All;
            foreach (var card in cards)
            {
                var target = Path.Combine(output, card.ImagePath.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, card.Png);
            }

            await stdout.WriteLineAsync($"exported {pages.Count} pages, 404.html, {assets.Count} assets, {cards.Count} share cards and 3 data files to {output}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>The file a page is written to: <c>/</c> → index.html, <c>/s/faith</c> → s/faith/index.html.</summary>
    public static string PageFile(string path) =>
        path == "/" ? "index.html" : Uri.UnescapeDataString(path.Trim('/')) + "/index.html";

    /// <summary>Rewrites a page's internal links through the DOM: pages become relative directory links, assets relative
    /// files (collected for copying), and absolute URLs of the temporary server become the public base URL.</summary>
    private static string Rewrite(string html, string pagePath, string publicBase, Uri server, SortedSet<string> assets, bool rootRelative = false)
    {
        var document = Parser.ParseDocument(html);
        var depth = pagePath == "/" ? 0 : pagePath.Trim('/').Split('/').Length;
        var up = rootRelative ? "/" : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
        foreach (var element in document.QuerySelectorAll("[href], [src], [content]"))
        {
            foreach (var attribute in new[] { "href", "src", "content" })
            {
                var value = element.GetAttribute(attribute);
                if (value is null)
                {
                    continue;
                }

                if (value.StartsWith(server.ToString().TrimEnd('/'), StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, publicBase + value[server.ToString().TrimEnd('/').Length..]);
                    continue;
                }

                if (attribute == "content" || !value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, fragment) = value.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (value[..hash], value[hash..]) : (value, "");
                if (Path.HasExtension(target) && !target.EndsWith(".jsonld", StringComparison.Ordinal) && !target.EndsWith(".xml", StringComparison.Ordinal))
                {
                    assets.Add(target);
                    element.SetAttribute(attribute, up + target.TrimStart('/') + fragment);
                }
                else
                {
                    var relative = target == "/" ? "" : target.Trim('/') + (Path.HasExtension(target) ? "" : "/");
                    element.SetAttribute(attribute, (up + relative is "" ? "./" : up + relative) + fragment);
                }
            }
        }

        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    private static async Task WriteAsync(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
    }
}
