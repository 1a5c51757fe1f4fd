using SkiaSharp;

namespace OpenAIStory.Web.Cards;

/// <summary>Finds a font that draws Chinese: the configured file (<c>Cards:FontPath</c>), else the system's CJK fonts
/// through fontconfig (Debian's <c>fonts-noto-cjk</c>), else whatever fontconfig offers for Chinese text.</summary>
public static class FontLocator
{
    /// <summary>Families asked for by name, best first.</summary>
    private static readonly string[] Families = ["Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei"];

    /// <summary>Characters every card draws or may draw: a font must have them all to be used.</summary>
    internal const string Probe = "没人能复制信仰：节人物时间线，。、“”《》…—·OpenAI Story 0123";

    /// <summary>The fonts to draw with, or null and the reason none was found.</summary>
    public static (CardFonts? Fonts, string? Problem) Locate(CardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.FontPath))
        {
            return FromFile(options.FontPath, options.FontIndex);
        }

        var manager = SKFontManager.Default;
        foreach (var family in Families)
        {
            var regular = manager.MatchFamily(family, SKFontStyle.Normal);
            if (regular is null || !string.Equals(regular.FamilyName, family, StringComparison.Ordinal) || !Covers(regular))
            {
                // fontconfig answers every request with its best substitute: only the family asked for will do.
                regular?.Dispose();
                continue;
            }

            var bold = manager.MatchFamily(family, SKFontStyle.Bold);
            if (bold is null || !string.Equals(bold.FamilyName, family, StringComparison.Ordinal) || bold.FontWeight < (int)SKFontStyleWeight.SemiBold || !Covers(bold))
            {
                bold?.Dispose();
                bold = regular;
            }

            return (new CardFonts(regular, bold, $"{family} (fontconfig)"), null);
        }

        var fallback = manager.MatchCharacter(null, SKFontStyle.Normal, ["zh-Hans", "zh-CN", "zh"], '中');
        if (fallback is not null && Covers(fallback))
        {
            return (new CardFonts(fallback, fallback, $"{fallback.FamilyName} (fontconfig, matched for Chinese text)"), null);
        }

        fallback?.Dispose();
        return (null, "no font covering Chinese found through fontconfig (looked for " + string.Join(", ", Families) + ")");
    }

    private static (CardFonts?, string?) FromFile(string path, int? index)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return (null, $"Cards:FontPath {full} does not exist");
        }

        SKTypeface? chosen = null;
        if (index is { } i)
        {
            chosen = SKTypeface.FromFile(full, i);
        }
        else
        {
            // A collection (TTC) holds one face per region: prefer the Simplified Chinese one, else the first.
            for (var face = 0; face < 32 && SKTypeface.FromFile(full, face) is { } candidate; face++)
            {
                if (chosen is null || candidate.FamilyName.EndsWith(" SC", StringComparison.Ordinal) && !chosen.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
                {
                    chosen?.Dispose();
                    chosen = candidate;
                }
                else
                {
                    candidate.Dispose();
                }
            }
        }

        if (chosen is null)
        {
            return (null, $"Cards:FontPath {full} is not a font Skia can read");
        }

        if (!Covers(chosen))
        {
            var family = chosen.FamilyName;
            chosen.Dispose();
            return (null, $"Cards:FontPath {full} ({family}) does not cover Chinese text");
        }

        return (new CardFonts(chosen, chosen, $"{chosen.FamilyName} ({full})"), null);
    }

    private static bool Covers(SKTypeface typeface)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(Probe);
    }
}
