using SkiaSharp;

namespace OpenAIStory.Web.Cards;

/// <summary>One shaped line of a card: its text, where it sits (<see cref="Box"/> is the line's box, top to bottom of its
/// line height), and the glyphs HarfBuzz chose for it, positioned relative to the start of its baseline.</summary>
public sealed record CardLine(string Text, SKRect Box, float Baseline, SKFont Font, SKColor Colour, ushort[] Glyphs, SKPoint[] Positions)
{
    /// <summary>How many glyphs the font lacks (drawn as .notdef boxes, "tofu"): must be none.</summary>
    public int MissingGlyphs => Glyphs.Count(g => g == 0);
}
