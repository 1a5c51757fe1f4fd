using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace OpenAIStory.Web.Cards;

/// <summary>Every page's share card, drawn once at start-up: page path → card, and image path → card for serving. Empty
/// (with <see cref="Problem"/> saying why) when no font can draw Chinese: then pages carry no <c>og:image</c> rather
/// than an image full of missing-glyph boxes.</summary>
public sealed class ShareCards
{
    private readonly Dictionary<string, ShareCard> byPage;
    private readonly Dictionary<string, ShareCard> byImage;

    private ShareCards(IReadOnlyList<ShareCard> cards, string? problem, TimeSpan elapsed)
    {
        All = cards;
        byPage = cards.ToDictionary(c => c.PagePath, StringComparer.Ordinal);
        byImage = cards.ToDictionary(c => c.ImagePath, StringComparer.Ordinal);
        Problem = problem;
        Elapsed = elapsed;
    }

    /// <summary>Every card, in site-map order.</summary>
    public IReadOnlyList<ShareCard> All { get; }

    /// <summary>Why there are no cards (no CJK font), or null.</summary>
    public string? Problem { get; }

    /// <summary>How long drawing and encoding every card took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The total size of every PNG.</summary>
    public long TotalBytes => All.Sum(c => (long)c.Png.Length);

    /// <summary>The card of a page, by its site-relative path.</summary>
    public ShareCard? ForPage(string path) => byPage.GetValueOrDefault(path);

    /// <summary>The card served at an image path (<c>/cards/s-faith.3f9a1c07b2.png</c>).</summary>
    public ShareCard? ForImage(string path) => byImage.GetValueOrDefault(path);

    /// <summary>No cards, for the reason given.</summary>
    public static ShareCards None(string problem) => new([], problem, TimeSpan.Zero);

    /// <summary>Cards drawn at an earlier launch (<see cref="Hosting.SnapshotCache"/>).</summary>
    public static ShareCards Restore(IReadOnlyList<ShareCard> cards) => new(cards, null, TimeSpan.Zero);

    /// <summary>Draws every spec in parallel with one renderer. A card the font cannot fully draw is left out (and named
    /// in <paramref name="skipped"/>): its page goes without an image rather than showing missing-glyph boxes.</summary>
    public static ShareCards Draw(IReadOnlyList<ShareCardSpec> specs, ShareCardRenderer renderer, ICollection<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(renderer);
        var clock = Stopwatch.StartNew();
        var drawn = new ShareCard?[specs.Count];
        var missing = new ConcurrentBag<string>();
        Parallel.For(0, specs.Count, i =>
        {
            var spec = specs[i];
            var layout = renderer.Layout(spec);
            if (layout.MissingGlyphs > 0)
            {
                missing.Add(spec.PagePath);
                return;
            }

            var png = ShareCardRenderer.Render(layout);
            var hash = Convert.ToHexStringLower(SHA256.HashData(png))[..10];
            drawn[i] = new ShareCard(spec.PagePath, $"/cards/{spec.Slug}.{hash}.png", png, spec.AltText);
        });
        foreach (var path in missing.Order(StringComparer.Ordinal))
        {
            skipped?.Add(path);
        }

        return new ShareCards([.. drawn.OfType<ShareCard>()], null, clock.Elapsed);
    }
}
