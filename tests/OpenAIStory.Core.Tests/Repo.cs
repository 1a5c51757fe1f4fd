namespace OpenAIStory.Core.Tests;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string TestData => PathOf("tests", "OpenAIStory.Core.Tests", "TestData");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OpenAIStory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenAIStory.sln not found above " + AppContext.BaseDirectory);
    }
}
