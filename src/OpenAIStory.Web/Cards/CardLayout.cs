using SkiaSharp;

namespace OpenAIStory.Web.Cards;

/// <summary>A card laid out: every line of text and the panel behind the quote, if there is one.</summary>
public sealed record CardLayout(IReadOnlyList<CardLine> Lines, SKRect? QuotePanel)
{
    /// <summary>Every character drawn that the font has no glyph for.</summary>
    public int MissingGlyphs => Lines.Sum(l => l.MissingGlyphs);
}
