using OpenAIStory.Core.Content;
using OpenAIStory.Web.Cli;

namespace OpenAIStory.Web.Hosting;

/// <summary>Runs either a command-line verb or the web site.</summary>
public static class WebsiteHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && CommandLine.IsVerb(args[0]))
        {
            return await CommandLine.RunAsync(args, Console.Out, Console.Error);
        }

        try
        {
            await using var app = await BuildAsync(args);
            await app.RunAsync();
            return 0;
        }
        catch (ContentException ex)
        {
            // Broken content stops start-up with every problem named by file and line, never a half-loaded site.
            await Console.Error.WriteLineAsync("The site cannot start: the content folder has problems.");
            foreach (var error in ex.Errors)
            {
                await Console.Error.WriteLineAsync(error.ToString());
            }

            return 2;
        }
        catch (SiteConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("The site cannot start: " + ex.Message);
            return 2;
        }
    }

    /// <summary>The site as the server runs it, started up (content loaded or the stored snapshot restored, every page
    /// rendered) but not listening: the same settings from the same arguments, files and environment.</summary>
    /// <exception cref="ContentException">The content is broken.</exception>
    /// <exception cref="SiteConfigurationException">A setting is missing or invalid.</exception>
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        // The content root is where the app and its appsettings.json live, not the caller's working directory, so
        // `dotnet run`, a published binary started from anywhere, and tests all find their settings and wwwroot.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(), ApplicationName = typeof(WebsiteHost).Assembly.GetName().Name });
        builder.AddOpenAIStory();
        return await builder.Build().UseOpenAIStoryAsync();
    }

    /// <summary>An explicit ASPNETCORE_CONTENTROOT (or --contentRoot) wins; otherwise the app's own folder.</summary>
    private static string ContentRoot() =>
        Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 } configured ? configured : AppContext.BaseDirectory;
}
