namespace OpenAIStory.Web.Cards;

/// <summary>One drawn card: its content-hashed address (<c>/cards/s-faith.3f9a1c07b2.png</c>), PNG bytes and alt text.</summary>
public sealed record ShareCard(string PagePath, string ImagePath, ReadOnlyMemory<byte> Png, string AltText)
{
    public const int Width = 1200;

    public const int Height = 630;

    public const string ContentType = "image/png";
}
