using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using OpenAIStory.Core.Content;
using OpenAIStory.Web.Cli;
using OpenAIStory.Web.Hosting;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests.Serving;

/// <summary>What check accepts, the site serves: every scrape under the tests' data, used as a content folder of its own
/// (no notes, no data), either builds the whole site (every sitemap page rendered) or is refused with file and line.</summary>
public sealed class AnyContentServesTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("openaistory-any-");

    public void Dispose() => root.Delete(recursive: true);

    public static TheoryData<string> Scrapes()
    {
        var data = new TheoryData<string>();
        var dir = Path.Combine(RepoPaths.Root, "tests", "OpenAIStory.Core.Tests", "TestData");
        foreach (var file in Directory.GetFiles(dir, "input.txt", SearchOption.AllDirectories).Concat(Directory.GetFiles(Path.Combine(dir, "real"), "*.txt")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(dir, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task A_scrape_as_the_content_folder_serves_every_page_or_is_refused_with_its_line(string scrape)
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "OpenAIStory.Core.Tests", "TestData", scrape);
        File.Copy(source, Path.Combine(root.FullName, "scrape.txt"));
        await File.WriteAllTextAsync(Path.Combine(root.FullName, "article.yml"), "scrape: scrape.txt\n", Encoding.UTF8, TestContext.Current.CancellationToken);
        WebApplication? app = null;
        try
        {
            app = await OfflineSite.BuildAsync(root.FullName, "https://example.org");
        }
        catch (ContentException ex)
        {
            // Refused: every problem names the scrape (and a line where one applies), nothing else.
            ex.Errors.ShouldNotBeEmpty();
            ex.Errors.ShouldAllBe(e => e.File.EndsWith("scrape.txt", StringComparison.Ordinal), scrape);
            return;
        }

        await using (app)
        {
            var snapshot = app.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot;
            foreach (var path in app.Services.GetRequiredService<SiteMap>().Paths)
            {
                snapshot.Find(path).ShouldNotBeNull(path);
                snapshot.Find(path)!.Status.ShouldBe(200, path);
            }
        }
    }

    [Fact]
    public async Task Export_succeeds_on_another_site_s_scrape()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "OpenAIStory.Core.Tests", "TestData", "nested-headings", "input.txt");
        File.Copy(source, Path.Combine(root.FullName, "scrape.txt"));
        await File.WriteAllTextAsync(Path.Combine(root.FullName, "article.yml"), "scrape: scrape.txt\n", Encoding.UTF8, TestContext.Current.CancellationToken);
        var output = Path.Combine(root.FullName, "out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", output, $"--Content:Root={root.FullName}", "--base-url", "https://example.org"], stdout, stderr);
        exit.ShouldBe(0, stderr.ToString());
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "figures", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "404.html")).ShouldBeTrue();
    }
}
