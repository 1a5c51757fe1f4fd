using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Cli;

/// <summary>The verbs the web project takes besides serving: <c>parse FILE</c>, <c>check</c>, <c>export DIR</c> (docs/cli.md).</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["parse", "check", "export", "help", "--help"];

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
                "check" => await CheckAsync(ContentRoot(args[1..]), stdout),
                "export" when args.Length >= 2 => await StaticExport.RunAsync(args[1], ContentRoot(args[2..]), Option(args[2..], "--base-url"), stdout),
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

    private static async Task<int> CheckAsync(string root, TextWriter stdout)
    {
        var content = ContentLoader.Load(root);
        var document = content.Document;
        await stdout.WriteLineAsync(
            $"ok: {root}: '{document.Title}', {document.Sections.Length} sections, {document.AllBlocks.Count()} blocks, {document.RemovedLines.Count()} boilerplate lines removed");
        return 0;
    }

    /// <summary>The content root read the way the site reads it: <c>--Content:Root=DIR</c> or <c>--Content:Root DIR</c>
    /// (<c>--content DIR</c> for short), else the <c>Content__Root</c> environment variable, else the repository's <c>content/</c>.</summary>
    internal static string ContentRoot(string[] rest)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) || !IsVerb(a)).ToArray(), new Dictionary<string, string> { ["--content"] = "Content:Root" })
            .Build();
        var options = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();
        return options.ResolveRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
    }

    private static string? Option(string[] rest, string name)
    {
        var i = Array.IndexOf(rest, name);
        return i >= 0 && i + 1 < rest.Length ? rest[i + 1] : null;
    }

    private static async Task<int> UsageAsync(TextWriter writer, int exitCode)
    {
        await writer.WriteLineAsync("""
            usage: OpenAIStory.Web                 serve the site (see README)
                   OpenAIStory.Web parse FILE      print the parsed document of one raw scrape as JSON
                   OpenAIStory.Web check [--content DIR]
                                                   validate the content folder; non-zero exit naming file:line of each problem
                   OpenAIStory.Web export DIR [--content DIR] [--base-url URL]
                                                   write the whole site as static files into DIR
                                                   (URL: where it will be published, for canonical links)
            """);
        return exitCode;
    }
}
