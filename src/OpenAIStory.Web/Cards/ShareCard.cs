namespace OpenAIStory.Web.Cards;

/// <summary>One page's card: its fingerprinted address (<c>/cards/s-faith.3f9a1c07b2.png</c>), alt text and PNG bytes.
/// The address is known from the laid-out card, before it is drawn: the bytes are drawn on first use, once
/// (<see cref="ShareCards.DrawAll"/> draws every card after start-up; a request for a card not drawn yet draws it then).</summary>
public sealed class ShareCard
{
    public const int Width = 1200;

    public const int Height = 630;

    public const string ContentType = "image/png";

    private readonly Lazy<byte[]> png;

    /// <summary>A card drawn when its bytes are first asked for.</summary>
    public ShareCard(string pagePath, string imagePath, string altText, Func<byte[]> draw)
    {
        PagePath = pagePath;
        ImagePath = imagePath;
        AltText = altText;
        png = new Lazy<byte[]>(draw, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A card already drawn (stored at an earlier launch).</summary>
    public ShareCard(string pagePath, string imagePath, string altText, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        PagePath = pagePath;
        ImagePath = imagePath;
        AltText = altText;
        this.png = new Lazy<byte[]>(png);
    }

    /// <summary>The page the card belongs to, as the site map lists it.</summary>
    public string PagePath { get; }

    /// <summary>Where the image is served: the page's slug and a fingerprint of everything that decides its pixels.</summary>
    public string ImagePath { get; }

    public string AltText { get; }

    /// <summary>The PNG bytes, drawn now if they have not been yet (at most once, whichever thread asks first).</summary>
    public ReadOnlyMemory<byte> Png => png.Value;

    /// <summary>True once the PNG has been drawn.</summary>
    public bool IsDrawn => png.IsValueCreated;
}
