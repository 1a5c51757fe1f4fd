namespace OpenAIStory.Web.Cards;

/// <summary>Share-card settings: configuration section <c>Cards</c>.</summary>
public sealed class CardOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Cards";

    /// <summary>A font file (OTF, TTF or TTC) that covers Chinese. Empty means: ask fontconfig for Noto Sans CJK SC and its kin.</summary>
    public string? FontPath { get; set; }

    /// <summary>The face to use inside a collection (TTC); empty means the Simplified Chinese face if the collection has one.</summary>
    public int? FontIndex { get; set; }
}
