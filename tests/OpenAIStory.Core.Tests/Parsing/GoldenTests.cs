using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>Each TestData case: input.txt beside expected.json (the parse JSON) or expected-error.txt (the message).</summary>
/// <remarks>Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change; review the diff by hand.</remarks>
public sealed class GoldenTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repo.TestData).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "input.txt")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Fact]
    public void There_are_enough_cases_of_both_kinds()
    {
        var dirs = Directory.GetDirectories(Repo.TestData);
        dirs.Count(d => File.Exists(Path.Combine(d, "expected.json"))).ShouldBeGreaterThanOrEqualTo(9);
        dirs.Count(d => File.Exists(Path.Combine(d, "expected-error.txt"))).ShouldBeGreaterThanOrEqualTo(5);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scrape_parses_to_its_expected_output(string name)
    {
        var dir = Path.Combine(Repo.TestData, name);
        var bytes = File.ReadAllBytes(Path.Combine(dir, "input.txt"));
        var sourceName = $"{name}/input.txt";
        string actual;
        var isError = false;
        try
        {
            actual = DocumentJson.Serialize(new ScrapeParser().Parse(sourceName, bytes).Document);
        }
        catch (ContentException ex)
        {
            actual = ex.Message;
            isError = true;
        }

        Compare(dir, isError ? "expected-error.txt" : "expected.json", actual);
    }

    [Fact]
    public void Seed_scrape_parses_to_its_reviewed_output()
    {
        var sidecar = YamlContent.Read<ArticleSidecar>("article.yml", File.ReadAllText(Repo.PathOf("content", "article.yml")));
        var bytes = File.ReadAllBytes(Repo.PathOf("content", "article-scrape.txt"));
        var actual = DocumentJson.Serialize(new ScrapeParser(sidecar.Sections).Parse("content/article-scrape.txt", bytes).Document);
        Compare(Path.Combine(Repo.TestData, "seed"), "expected.json", actual);
    }

    private static void Compare(string dir, string file, string actual)
    {
        var path = Path.Combine(dir, file);
        actual = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Update)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, actual);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing: run with UPDATE_GOLDEN=1 and review it");
        actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
