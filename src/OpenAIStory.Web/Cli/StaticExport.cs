using System.Text;
using AngleSharp.Html.Parser;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Hosting;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Cli;

/// <summary>Writes the whole site as static files: the start-up snapshot the server answers from (every page, the data
/// files, the 404 page), each page's internal links rewritten to relative ones (so the export works from any folder of
/// any static host or CDN) and written as <c>path/index.html</c>, with the assets and share cards they use.</summary>
public static class StaticExport
{
    private static readonly HtmlParser Parser = new();

    public static async Task<int> RunAsync(string directory, string contentRoot, string? baseUrl, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var output = Path.GetFullPath(directory);
        // The same start-up render the server answers from: the export is the snapshot written out as files.
        await using var app = await OfflineSite.BuildAsync(contentRoot, baseUrl);
        var snapshot = app.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot;
        var renderer = new SiteRenderer(app, app.Services.GetRequiredService<SiteUrls>());
        Directory.CreateDirectory(output);
        var pages = app.Services.GetRequiredService<SiteMap>().Paths.ToList();
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            await WriteAsync(output, PageFile(path), Rewrite(Encoding.UTF8.GetString(snapshot.Find(path)!.Identity), path, assets));
        }

        // Served by static hosts for unknown addresses: links must work from any depth, so they stay root-relative.
        await WriteAsync(output, "404.html", Rewrite(Encoding.UTF8.GetString(snapshot.NotFound.Identity), "/", assets, rootRelative: true));
        foreach (var file in SnapshotBuilder.DataFiles)
        {
            await File.WriteAllBytesAsync(Path.Combine(output, file.TrimStart('/')), snapshot.Find(file)!.Identity);
        }

        // Pages name only their entry module; the modules it imports come along.
        var pending = new Queue<string>(assets);
        while (pending.TryDequeue(out var asset))
        {
            var rendered = await renderer.RenderAsync(asset);
            if (rendered.Status != StatusCodes.Status200OK || rendered.Body.Length == 0)
            {
                throw new IOException($"export: {asset} came back {rendered.Status} with {rendered.Body.Length} bytes; is the build's wwwroot missing?");
            }

            await WriteBytesAsync(output, asset, rendered.Body);
            if (asset.EndsWith(".js", StringComparison.Ordinal))
            {
                foreach (var module in ModuleImports.Of(asset, Encoding.UTF8.GetString(rendered.Body)).Where(assets.Add))
                {
                    pending.Enqueue(module);
                }
            }
        }

        // The pages' og:image points at the share cards (OfflineSite has drawn them all).
        var cards = app.Services.GetRequiredService<ShareCards>().All;
        foreach (var card in cards)
        {
            await WriteBytesAsync(output, card.ImagePath, card.Png.ToArray());
        }

        await stdout.WriteLineAsync($"exported {pages.Count} pages, 404.html, {assets.Count} assets, {cards.Count} share cards and {SnapshotBuilder.DataFiles.Count} data files to {output}");
        return 0;
    }

    private static async Task WriteBytesAsync(string root, string sitePath, byte[] bytes)
    {
        var target = Path.Combine(root, sitePath.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, bytes);
    }

    /// <summary>The file a page is written to: <c>/</c> → index.html, <c>/s/faith</c> → s/faith/index.html.</summary>
    public static string PageFile(string path) =>
        path == "/" ? "index.html" : Uri.UnescapeDataString(path.Trim('/')) + "/index.html";

    /// <summary>Rewrites a page's internal links through the DOM: pages become relative directory links and assets relative
    /// files (collected for copying); absolute URLs already name the public address.</summary>
    private static string Rewrite(string html, string pagePath, SortedSet<string> assets, bool rootRelative = false)
    {
        var document = Parser.ParseDocument(html);
        var depth = pagePath == "/" ? 0 : pagePath.Trim('/').Split('/').Length;
        var up = rootRelative ? "/" : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                var value = element.GetAttribute(attribute);
                if (value is null || !value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
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
