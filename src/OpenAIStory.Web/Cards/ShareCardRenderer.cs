using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace OpenAIStory.Web.Cards;

/// <summary>Draws a <see cref="ShareCardSpec"/> as a 1200×630 PNG in the site's colours: site and article at the top,
/// the kind of page, the heading (and original name), a one-line summary and a quote in a panel. Text is shaped by
/// HarfBuzz and broken into lines by <see cref="LineBreaker"/>. One renderer serves every card, from any thread.</summary>
public sealed partial class ShareCardRenderer : IDisposable
{
    // The light theme of site.css: --bg, --fg, --muted, --rule, --accent, --accent-soft.
    private static readonly SKColor Background = SKColor.Parse("#fbfaf7");
    private static readonly SKColor Foreground = SKColor.Parse("#1f1d1a");
    private static readonly SKColor Muted = SKColor.Parse("#5f5a52");
    private static readonly SKColor Rule = SKColor.Parse("#dcd6cb");
    private static readonly SKColor Accent = SKColor.Parse("#8a2b1d");
    private static readonly SKColor AccentSoft = SKColor.Parse("#f3e4df");

    private const float Left = 84;
    private const float Right = ShareCard.Width - 84;
    private const float Bottom = ShareCard.Height - 52;
    private static readonly float[] HeadingSizes = [76, 66, 58];

    private readonly CardFonts fonts;
    private readonly Dictionary<(bool Bold, float Size), SKFont> sized = [];
    private readonly Dictionary<SKFont, SKShaper> shapers = [];
    private readonly byte[] identity;

    public ShareCardRenderer(CardFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        this.fonts = fonts;
        identity = Identity(fonts);
        foreach (var size in HeadingSizes)
        {
            Font(bold: true, size);
        }

        foreach (var size in new float[] { 30, 32, 34, 36 })
        {
            Font(bold: false, size);
            Font(bold: true, size);
        }
    }

    /// <summary>Where every line goes, shaped, without drawing anything.</summary>
    public CardLayout Layout(ShareCardSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lines = new List<CardLine>();

        // Header: the site, then the article, on one line.
        var site = Shape(spec.SiteName, Font(true, 30), Accent, Left, 60, 1.4f);
        lines.Add(site);
        lines.AddRange(Block($"《{spec.ArticleTitle}》注释版阅读", Font(false, 30), Muted, site.Box.Right + 24, 60, Right - site.Box.Right - 24, 1, 1.4f));
        var y = 140f;

        lines.AddRange(Block(spec.Kicker, Font(false, 32), Accent, Left, y, Right - Left, 1, 1.4f));
        y = lines[^1].Box.Bottom + 6;

        var heading = HeadingSizes.Select(size => Block(spec.Heading, Font(true, size), Foreground, Left, y, Right - Left, 2, 1.22f))
            .FirstOrDefault(block => !block[^1].Text.EndsWith('…')) ?? Block(spec.Heading, Font(true, HeadingSizes[^1]), Foreground, Left, y, Right - Left, 2, 1.22f);
        lines.AddRange(heading);
        y = lines[^1].Box.Bottom + 4;

        if (Drawable(spec.Original) is { Length: > 0 } original)
        {
            lines.AddRange(Block(original, Font(false, 36), Muted, Left, y, Right - Left, 1, 1.35f));
            y = lines[^1].Box.Bottom;
        }

        if (Drawable(spec.Summary) is { Length: > 0 } summary)
        {
            y += 14;
            var summaryFont = Font(false, 34);
            var room = (int)Math.Floor((Bottom - y) / (34 * 1.5f));
            lines.AddRange(Block(summary, summaryFont, Foreground, Left, y, Right - Left, Math.Min(2, room), 1.5f));
            y = lines[^1].Box.Bottom;
        }

        SKRect? panel = null;
        if (Drawable(spec.Quote) is { Length: > 0 } quote)
        {
            const float Padding = 22, Size = 30, Height = Size * 1.55f;
            var top = y + 22;
            var room = (int)Math.Floor((Bottom - top - 2 * Padding) / Height);
            if (room >= 1)
            {
                var quoted = Block(quote, Font(false, Size), Muted, Left + 34, top + Padding, Right - Left - 34 - Padding, Math.Min(3, room), 1.55f);
                lines.AddRange(quoted);
                panel = new SKRect(Left, top, Right, quoted[^1].Box.Bottom + Padding);
            }
        }

        return new CardLayout(lines, panel);
    }

    /// <summary>A fingerprint of everything that decides a card's pixels, known before drawing it: the drawing code (this
    /// file's source, <see cref="DrawingSource"/>), Skia's version, the typefaces (each by its <c>head</c> table, whose checksum covers the whole font file)
    /// and the layout (every glyph, position, size and colour). Equal fingerprints draw equal PNGs, so the address can
    /// be cached for a year; any change to any of these changes it.</summary>
    public string Fingerprint(CardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(identity);
        var numbers = new List<float>();
        foreach (var line in layout.Lines)
        {
            numbers.Clear();
            numbers.AddRange([line.Box.Left, line.Box.Top, line.Box.Right, line.Box.Bottom, line.Baseline, line.Font.Size, line.Font.Embolden ? 1 : 0, ReferenceEquals(line.Font.Typeface, fonts.Bold) ? 1 : 0, line.Colour.Red, line.Colour.Green, line.Colour.Blue, line.Colour.Alpha, line.Glyphs.Length]);
            foreach (var point in line.Positions)
            {
                numbers.Add(point.X);
                numbers.Add(point.Y);
            }

            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(numbers)));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(line.Glyphs.AsSpan()));
        }

        if (layout.QuotePanel is { } panel)
        {
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes<float>([panel.Left, panel.Top, panel.Right, panel.Bottom]));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    private static byte[] Identity(CardFonts fonts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(DrawingSource));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{typeof(SKBitmap).Assembly.GetName().Version} {SkiaSharpVersion.Native} {fonts.FakeBold}"));
        foreach (var typeface in new[] { fonts.Regular, fonts.Bold })
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{typeface.FamilyName} {typeface.FontWeight} {typeface.FontSlant}"));
            hash.AppendData(typeface.GetTableData(HeadTable));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The SHA-256 of this file's source, stamped into the assembly at build time (the project's
    /// <c>StampCardDrawingHash</c> target): the drawing code's identity in every card's address. Everything else the
    /// pixels depend on is in the layout, the fonts or Skia.</summary>
    public static string DrawingSource { get; } =
        typeof(ShareCardRenderer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "CardDrawingSource")?.Value
        ?? throw new InvalidOperationException("The build did not stamp the card drawing code's hash (StampCardDrawingHash)");

    // The OpenType 'head' table: version, revision and the checksum adjustment of the whole font file.
    private const uint HeadTable = 0x68656164;

    /// <summary>The card as PNG bytes.</summary>
    public byte[] Render(ShareCardSpec spec) => Render(Layout(spec));

    /// <summary>Draws a layout as PNG bytes.</summary>
    public static byte[] Render(CardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var bitmap = new SKBitmap(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Background);
            using var fill = new SKPaint { IsAntialias = true };
            fill.Color = Accent;
            canvas.DrawRect(0, 0, 18, ShareCard.Height, fill);
            fill.Color = Rule;
            canvas.DrawRect(Left, 110, Right - Left, 2, fill);
            if (layout.QuotePanel is { } panel)
            {
                fill.Color = AccentSoft;
                canvas.DrawRoundRect(panel, 10, 10, fill);
                fill.Color = Accent;
                canvas.DrawRect(panel.Left, panel.Top, 6, panel.Height, fill);
            }

            foreach (var line in layout.Lines.Where(l => l.Glyphs.Length > 0))
            {
                using var builder = new SKTextBlobBuilder();
                builder.AddPositionedRun(line.Glyphs, line.Font, line.Positions);
                using var blob = builder.Build();
                fill.Color = line.Colour;
                canvas.DrawText(blob, line.Box.Left, line.Baseline, fill);
            }
        }

        using var pixels = bitmap.PeekPixels();
        // Flat colours and anti-aliased text: unfiltered rows are the smallest and fastest here (all filters at level 9
        // take ten times as long for a larger file). zlib level 3 rather than 6: about 0.5 s instead of 0.85 s for all
        // cards at start-up, for about a fifth more bytes (docs/performance.md).
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 3))
            ?? throw new InvalidOperationException("Skia could not encode a share card as PNG");
        return png.ToArray();
    }

    public void Dispose()
    {
        foreach (var font in sized.Values)
        {
            font.Dispose();
        }
    }

    private SKFont Font(bool bold, float size)
    {
        if (!sized.TryGetValue((bold, size), out var font))
        {
            // Only the constructor creates fonts; afterwards the dictionary is read-only and shared by every thread.
            font = new SKFont(bold ? fonts.Bold : fonts.Regular, size) { Edging = SKFontEdging.Antialias, Subpixel = true, Embolden = bold && fonts.FakeBold };
            sized[(bold, size)] = font;
            shapers[font] = bold ? fonts.BoldShaper : fonts.RegularShaper;
        }

        return font;
    }

    /// <summary>Optional text as the fonts can draw it: a parenthesised part in a script they lack (the Hebrew of
    /// "Ilya Sutskever (איליה סוצקבר)") is left out; text that still has characters they lack is left out entirely.</summary>
    private string? Drawable(string? text)
    {
        var font = sized[(false, 30)];
        if (text is null || font.ContainsGlyphs(text))
        {
            return text;
        }

        var kept = Parenthesised().Replace(text, m => font.ContainsGlyphs(m.Value) ? m.Value : "").Trim();
        return kept.Length > 0 && font.ContainsGlyphs(kept) ? kept : null;
    }

    [GeneratedRegex(@"\s*[（(][^（()）]*[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    private SKShaper ShaperOf(SKFont font) => shapers[font];

    private float Measure(string text, SKFont font) => ShaperOf(font).Shape(text, font).Width;

    private List<CardLine> Block(string text, SKFont font, SKColor colour, float x, float top, float width, int maxLines, float lineHeight)
    {
        var lines = new List<CardLine>();
        foreach (var line in LineBreaker.Break(text, t => Measure(t, font), width, maxLines))
        {
            lines.Add(Shape(line, font, colour, x, top, lineHeight));
            top = lines[^1].Box.Bottom;
        }

        return lines;
    }

    private CardLine Shape(string text, SKFont font, SKColor colour, float x, float top, float lineHeight)
    {
        var shaped = ShaperOf(font).Shape(text, font);
        var height = font.Size * lineHeight;
        // Centre the em box in the line: CJK glyphs fill the em box, so this is where the ink sits.
        var baseline = top + (height - font.Size) / 2 + font.Size * 0.88f;
        var box = new SKRect(x, top, x + shaped.Width, top + height);
        return new CardLine(text, box, baseline, font, colour, [.. shaped.Codepoints.Select(c => (ushort)c)], shaped.Points);
    }
}
