namespace OpenAIStory.Web.Tests;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenAIStory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenAIStory.sln not found above " + AppContext.BaseDirectory);
    }
}
