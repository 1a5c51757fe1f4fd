using BenchmarkDotNet.Attributes;
using OpenAIStory.Core.Content;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Benchmarks;

/// <summary>What share cards cost: laying out every page's card (start-up, <c>ShareCards.LayOut</c>), and laying out,
/// drawing and encoding every card in parallel with one renderer (one shaper and one font per typeface and size), as
/// <c>check</c> and <c>export</c> do (the server draws them on one thread after it listens).</summary>
[MemoryDiagnoser]
public class ShareCardBenchmarks : IDisposable
{
    private IReadOnlyList<ShareCardSpec> specs = [];

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLoader.Load(PipelineBenchmarks.FindContent());
        var site = new ReadingSite(content);
        var entities = new EntityPages(content);
        specs = ShareCardSpecs.For(new SiteMap(site, entities).Paths, site, entities, new DataViews(content));
        using var cards = ShareCards.LayOut(specs, Fonts());
        cards.DrawAll(Environment.ProcessorCount);
        Console.WriteLine($"// {cards.All.Count} cards, {cards.TotalBytes / 1024.0:F0} KB in all, largest {cards.All.Max(c => c.Png.Length) / 1024.0:F0} KB");
    }

    public void Dispose() => GC.SuppressFinalize(this);

    private static CardFonts Fonts()
    {
        var (located, problem) = FontLocator.Locate(new CardOptions());
        return located ?? throw new InvalidOperationException(problem);
    }

    [Benchmark(Description = "cards: find the CJK font through fontconfig")]
    public object LocateFont()
    {
        var (located, _) = FontLocator.Locate(new CardOptions());
        located?.Dispose();
        return located!;
    }

    [Benchmark(Description = "cards: lay out every page's card (start-up)")]
    public object LayOut()
    {
        var cards = ShareCards.LayOut(specs, Fonts());
        return cards.All.Count;
    }

    [Benchmark(Description = "cards: lay out and draw every page's card (parallel)")]
    public object DrawAll()
    {
        using var cards = ShareCards.LayOut(specs, Fonts());
        return cards.DrawAll(Environment.ProcessorCount);
    }
}
