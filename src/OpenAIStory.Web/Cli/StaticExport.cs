namespace OpenAIStory.Web.Cli;

/// <summary>Writes the whole site as static files (issue 6; not built yet).</summary>
public static class StaticExport
{
    public static async Task<int> RunAsync(string directory, string contentRoot, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        await stdout.WriteLineAsync($"export to {directory} from {contentRoot}: not implemented yet");
        return 70;
    }
}
