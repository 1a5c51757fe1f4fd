using BenchmarkDotNet.Attributes;
using OpenAIStory.Core.Content;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Benchmarks;

/// <summary>What share cards add to start-up: laying out, drawing and encoding every page's card, in parallel, with one
/// renderer (one shaper and one font per typeface and size), as <c>ShareCards.Draw</c> does at start-up.</summary>
[MemoryDiagnoser]
public class ShareCardBenchmarks : IDisposable
{
    private IReadOnlyList<ShareCardSpec> specs = [];
    private CardFonts fonts = null!;
    private ShareCardRenderer renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLoader.Load(PipelineBenchmarks.FindContent());
        var site = new ReadingSite(content);
        var entities = new EntityPages(content);
        specs = ShareCardSpecs.For(new SiteMap(site, entities).Paths, site, entities, new DataViews(content));
        (var located, var problem) = FontLocator.Locate(new CardOptions());
        fonts = located ?? throw new InvalidOperationException(problem);
        renderer = new ShareCardRenderer(fonts);
        var cards = ShareCards.Draw(specs, renderer);
        Console.WriteLine($"// {cards.All.Count} cards, {cards.TotalBytes / 1024.0:F0} KB in all, largest {cards.All.Max(c => c.Png.Length) / 1024.0:F0} KB");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        renderer.Dispose();
        fonts.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "cards: find the CJK font through fontconfig")]
    public object LocateFont()
    {
        var (located, _) = FontLocator.Locate(new CardOptions());
        located?.Dispose();
        return located!;
    }

    [Benchmark(Description = "cards: draw every page's card (parallel)")]
    public object DrawAll() => ShareCards.Draw(specs, renderer);
}
