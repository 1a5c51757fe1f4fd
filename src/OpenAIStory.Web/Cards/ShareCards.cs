using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpenAIStory.Web.Cards;

/// <summary>Every page's share card: page path → card, and image path → card for serving. Start-up lays every card out
/// (which tells its address and whether the font can draw it); drawing and PNG encoding, most of the cost, wait for
/// <see cref="DrawAll"/> after the server listens, or for the first request of a card. Empty (with
/// <see cref="Problem"/> saying why) when no font can draw Chinese: then pages carry no <c>og:image</c> rather than an
/// image full of missing-glyph boxes.</summary>
public sealed class ShareCards : IDisposable
{
    private readonly Dictionary<string, ShareCard> byPage;
    private readonly Dictionary<string, ShareCard> byImage;

    // The renderer (and its fonts) the undrawn cards still need; released once every card is drawn.
    private ShareCardRenderer? renderer;
    private CardFonts? fonts;

    private ShareCards(IReadOnlyList<ShareCard> cards, string? problem, TimeSpan elapsed, ShareCardRenderer? renderer = null, CardFonts? fonts = null)
    {
        All = cards;
        byPage = cards.ToDictionary(c => c.PagePath, StringComparer.Ordinal);
        byImage = cards.ToDictionary(c => c.ImagePath, StringComparer.Ordinal);
        Problem = problem;
        Elapsed = elapsed;
        this.renderer = renderer;
        this.fonts = fonts;
    }

    /// <summary>Every card, in site-map order.</summary>
    public IReadOnlyList<ShareCard> All { get; }

    /// <summary>Why there are no cards (no CJK font), or null.</summary>
    public string? Problem { get; }

    /// <summary>How long laying out every card took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The total size of every PNG (drawing any card not drawn yet).</summary>
    public long TotalBytes => All.Sum(c => (long)c.Png.Length);

    /// <summary>The card of a page, by its site-relative path.</summary>
    public ShareCard? ForPage(string path) => byPage.GetValueOrDefault(path);

    /// <summary>The card served at an image path (<c>/cards/s-faith.3f9a1c07b2.png</c>).</summary>
    public ShareCard? ForImage(string path) => byImage.GetValueOrDefault(path);

    /// <summary>No cards, for the reason given.</summary>
    public static ShareCards None(string problem) => new([], problem, TimeSpan.Zero);

    /// <summary>Cards drawn at an earlier launch (<see cref="Hosting.SnapshotCache"/>).</summary>
    public static ShareCards Restore(IReadOnlyList<ShareCard> cards) => new(cards, null, TimeSpan.Zero);

    /// <summary>Lays out every spec with one renderer over <paramref name="fonts"/>, which the cards then own. A card the
    /// font cannot fully draw is left out (and named in <paramref name="skipped"/>): its page goes without an image
    /// rather than showing missing-glyph boxes. Nothing is drawn yet.</summary>
    public static ShareCards LayOut(IReadOnlyList<ShareCardSpec> specs, CardFonts fonts, ICollection<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(fonts);
        var clock = Stopwatch.StartNew();
        var renderer = new ShareCardRenderer(fonts);
        var cards = new List<ShareCard>(specs.Count);
        foreach (var spec in specs)
        {
            var layout = renderer.Layout(spec);
            if (layout.MissingGlyphs > 0)
            {
                skipped?.Add(spec.PagePath);
                continue;
            }

            cards.Add(new ShareCard(spec.PagePath, $"/cards/{spec.Slug}.{renderer.Fingerprint(layout)}.png", spec.AltText, () => ShareCardRenderer.Render(layout)));
        }

        return new ShareCards(cards, null, clock.Elapsed, renderer, fonts);
    }

    /// <summary>Draws every card not drawn yet, on up to <paramref name="threads"/> threads, then releases the fonts.
    /// Returns how many it drew (a request may have drawn some first). Stops between cards when asked.</summary>
    public int DrawAll(int threads, CancellationToken cancellationToken = default)
    {
        var drawn = new ConcurrentBag<string>();
        Parallel.ForEach(All, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, card =>
        {
            if (!card.IsDrawn)
            {
                _ = card.Png;
                drawn.Add(card.PagePath);
            }
        });
        Dispose();
        return drawn.Count;
    }

    /// <summary>Releases the renderer and fonts once every card is drawn. While a card is undrawn (the application
    /// stopped before <see cref="DrawAll"/> finished) they stay with it and Skia's finalizers release them: a card
    /// asked for later still draws, never with a released font.</summary>
    public void Dispose()
    {
        if (All.All(c => c.IsDrawn))
        {
            Interlocked.Exchange(ref renderer, null)?.Dispose();
            Interlocked.Exchange(ref fonts, null)?.Dispose();
        }
    }
}
