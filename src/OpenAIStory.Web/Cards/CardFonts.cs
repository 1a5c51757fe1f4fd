using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace OpenAIStory.Web.Cards;

/// <summary>The typefaces the cards are drawn with, each with the one HarfBuzz shaper every card reuses (shaping with a
/// shared shaper is safe across threads: each call shapes into its own buffer).</summary>
public sealed class CardFonts : IDisposable
{
    public CardFonts(SKTypeface regular, SKTypeface bold, string description)
    {
        ArgumentNullException.ThrowIfNull(regular);
        ArgumentNullException.ThrowIfNull(bold);
        Regular = regular;
        Bold = bold;
        Description = description;
        RegularShaper = new SKShaper(regular);
        BoldShaper = ReferenceEquals(regular, bold) ? RegularShaper : new SKShaper(bold);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKShaper RegularShaper { get; }

    public SKShaper BoldShaper { get; }

    /// <summary>Where the fonts came from, for the start-up log: family, file and face index.</summary>
    public string Description { get; }

    /// <summary>True when the bold face is the regular one, emboldened when drawn.</summary>
    public bool FakeBold => ReferenceEquals(Regular, Bold);

    public void Dispose()
    {
        RegularShaper.Dispose();
        if (!FakeBold)
        {
            BoldShaper.Dispose();
            Bold.Dispose();
        }

        Regular.Dispose();
    }
}
