using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Cli;

/// <summary>The verbs the web project takes besides serving: <c>parse FILE</c>, <c>check</c>, <c>export DIR</c> (docs/cli.md).</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["parse", "check", "export", "prerender", "help", "--help"];

    /// <summary>True when <paramref name="arg"/> names a verb rather than a host option.</summary>
    public static bool IsVerb(string arg) => Verbs.Contains(arg, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return args[0] switch
            {
                "parse" when args.Length == 2 => await ParseAsync(args[1], stdout),
                "check" => await CheckAsync(ContentRoot(args[1..]), BaseUrl(args[1..]), stdout),
                "export" when args.Length >= 2 => await StaticExport.RunAsync(args[1], ContentRoot(args[2..]), BaseUrl(args[2..]), stdout),
                "prerender" => await PrerenderAsync(args[1..], stdout, stderr),
                "help" or "--help" => await UsageAsync(stdout, 0),
                _ => await UsageAsync(stderr, 64),
            };
        }
        catch (ContentException ex)
        {
            foreach (var error in ex.Errors)
            {
                await stderr.WriteLineAsync(error.ToString());
            }

            return 1;
        }
        catch (SiteConfigurationException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> ParseAsync(string file, TextWriter stdout)
    {
        var result = ScrapeFile.Parse(file);
        await stdout.WriteLineAsync(DocumentJson.Serialize(result.Document));
        return 0;
    }

    /// <summary>Runs the start-up code itself (load, check, render every page, draw every card): what passes here, the site serves.</summary>
    private static async Task<int> CheckAsync(string root, string? baseUrl, TextWriter stdout)
    {
        await using var app = await OfflineSite.BuildAsync(root, baseUrl ?? OfflineSite.PlaceholderBaseUrl);
        var content = app.Services.GetRequiredService<SiteContent>();
        var snapshot = app.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot;
        var document = content.Document;
        await stdout.WriteLineAsync(
            $"ok: {root}: '{document.Title}', {document.Sections.Length} sections, {document.AllBlocks.Count()} blocks, {document.RemovedLines.Count()} boilerplate lines removed, {content.Claims.Count} claims, {snapshot.Responses.Count} pages and data files rendered");
        return 0;
    }

    /// <summary>Starts the site up exactly as the server would with the same arguments and environment, and stores its
    /// snapshot (Snapshot:Cache), so that the server's next launch with this build, content and settings serves it at
    /// once instead of rendering: a deployment step before the service starts.</summary>
    private static async Task<int> PrerenderAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await using var app = await WebsiteHost.BuildAsync(args);
        var cache = app.Services.GetRequiredService<SnapshotCache>();
        if (cache.Folder is null)
        {
            await stderr.WriteLineAsync($"{SnapshotCache.Key} is off for this environment: nothing to store (set it to a folder)");
            return 1;
        }

        if (cache.RestoredCards is null)
        {
            // Not listening, so nothing started the finishing: do it now (cards, best compression, then store).
            app.Services.GetRequiredService<SnapshotFinisher>().Finish(Environment.ProcessorCount, CancellationToken.None);
        }

        if (cache.StoredPath is null)
        {
            await stderr.WriteLineAsync($"the snapshot could not be stored in {cache.Folder} (see the warning above)");
            return 1;
        }

        var pages = app.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Responses.Count + 1;
        await stdout.WriteLineAsync(cache.RestoredCards is null
            ? $"ok: rendered {pages} pages and data files and stored them in {cache.StoredPath}"
            : $"ok: {cache.StoredPath} already holds this build's, content's and settings' {pages} pages and data files");
        return 0;
    }

    /// <summary>The verb's settings read the way the site reads its own: <c>--Content:Root=DIR</c> or <c>--Content:Root DIR</c>
    /// (<c>--content DIR</c> for short), <c>--Site:BaseUrl</c> (<c>--base-url</c>), else environment variables (<c>Content__Root</c>).</summary>
    private static IConfiguration Settings(string[] rest) => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddCommandLine(rest, new Dictionary<string, string> { ["--content"] = "Content:Root", ["--base-url"] = SiteOptions.BaseUrlKey })
        .Build();

    /// <summary>The content folder: configured, else the nearest <c>content/</c> with an <c>article.yml</c> (the repository's).</summary>
    internal static string ContentRoot(string[] rest)
    {
        var options = Settings(rest).GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();
        return options.ResolveRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
    }

    private static string? BaseUrl(string[] rest) => Settings(rest)[SiteOptions.BaseUrlKey] is { Length: > 0 } url ? url : null;

    private static async Task<int> UsageAsync(TextWriter writer, int exitCode)
    {
        await writer.WriteLineAsync("""
            usage: OpenAIStory.Web [--Site:BaseUrl=URL]    serve the site (see README; Production needs Site:BaseUrl)
                   OpenAIStory.Web parse FILE      print the parsed document of one raw scrape as JSON
                   OpenAIStory.Web check [--Content:Root=DIR]
                                                   run the start-up itself (load, check, render every page, draw every
                                                   card); non-zero exit naming file:line of each problem
                   OpenAIStory.Web export DIR --base-url URL [--Content:Root=DIR]
                                                   write the whole site as static files into DIR
                                                   (URL: where it will be published; or set Site:BaseUrl)
                   OpenAIStory.Web prerender [server options]
                                                   start up as the server would with the same options and store the
                                                   rendered site in Snapshot:Cache, so its next launch is ready at once
            """);
        return exitCode;
    }
}
