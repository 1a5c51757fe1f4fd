using BenchmarkDotNet.Attributes;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Benchmarks;

/// <summary>The pipeline's three costs: parsing the raw scrape, loading and annotating the whole content folder, and
/// building every view (rendered HTML of blocks, notes, cards, entity pages).</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string root = "";
    private byte[] scrape = [];
    private SiteContent content = null!;

    [GlobalSetup]
    public void Setup()
    {
        root = FindContent();
        scrape = File.ReadAllBytes(Path.Combine(root, "article-scrape.txt"));
        content = ContentLoader.Load(root);
    }

    [Benchmark(Description = "parse: raw scrape → sectioned document")]
    public object Parse() => new ScrapeParser().Parse("article-scrape.txt", scrape).Document;

    [Benchmark(Description = "annotate: load content/ (parse + entities + annotations + recognisers)")]
    public object Annotate() => ContentLoader.Load(root);

    [Benchmark(Description = "render: build the reading and all entity pages")]
    public object Render() => (new ReadingSite(content), new EntityPages(content));

    internal static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "article.yml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("content/ not found above " + AppContext.BaseDirectory);
    }
}
