using System.Text.Json;
using OpenAIStory.Web.Cli;

namespace OpenAIStory.Web.Tests.Cli;

public sealed class CommandLineTests
{
    private static string RepoPath(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenAIStory.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Parse_prints_the_document_as_json()
    {
        var (exit, output, _) = await Run("parse", RepoPath("content", "article-scrape.txt"));
        exit.ShouldBe(0);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("title").GetString().ShouldBe("没人能复制Chat");
        json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ShouldBe(["faith", "takeover", "breakout"]);
        json.GetProperty("removed").GetArrayLength().ShouldBe(9);
    }

    [Theory]
    [InlineData("empty", "empty")]
    [InlineData("binary", "binary")]
    [InlineData("not-utf8", "UTF-8")]
    [InlineData("only-boilerplate", "boilerplate")]
    public async Task Parse_of_bad_input_exits_1_naming_the_file(string testCase, string words)
    {
        var file = RepoPath("tests", "OpenAIStory.Core.Tests", "TestData", testCase, "input.txt");
        var (exit, output, error) = await Run("parse", file);
        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith(file);
        error.ShouldContain(words);
    }

    [Fact]
    public async Task Parse_of_a_missing_file_says_so() => (await Run("parse", "/no/such/file.txt")).Err.ShouldContain("file not found");

    [Fact]
    public async Task Check_passes_on_the_shipped_content()
    {
        var (exit, output, _) = await Run("check", "--content", RepoPath("content"));
        exit.ShouldBe(0);
        output.ShouldStartWith("ok:");
    }

    [Fact]
    public async Task Check_fails_with_file_and_line_on_broken_content()
    {
        var root = Directory.CreateTempSubdirectory("openaistory-cli-");
        try
        {
            foreach (var file in Directory.GetFiles(RepoPath("content"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root.FullName, Path.GetRelativePath(RepoPath("content"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var openai = Path.Combine(root.FullName, "entities", "openai.md");
            await File.WriteAllTextAsync(openai, (await File.ReadAllTextAsync(openai, TestContext.Current.CancellationToken)).Replace("type: organization", "type: club", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            var (exit, _, error) = await Run("check", "--content", root.FullName);
            exit.ShouldBe(1);
            error.ShouldMatch(@"entities/openai\.md:3: type 'club' is not one of");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Unknown_usage_prints_help_and_exits_64() => (await Run("parse")).Exit.ShouldBe(64);
}
