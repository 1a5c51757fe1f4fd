using System.Buffers;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing;

/// <summary>Recognises captions of images that the scraper dropped, by their shape.</summary>
public static partial class CaptionRules
{
    /// <summary>Longest line, in characters, that can be a caption without an explicit caption prefix.</summary>
    public const int MaxImplicitLength = 28;

    // Punctuation that makes a line a sentence rather than the phrase a caption is: a full-width sentence end, a comma
    // or a full-width semicolon anywhere in it.
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(SentencePunctuation.FullWidthEnds + SentencePunctuation.Commas + "；");

    [GeneratedRegex(@"^(?:图\s*\d*\s*[:：.、|｜]|图\s*\d+|图片\s*[:：]|图源\s*[:：]|图注\s*[:：]|图为|[▲△▼↑]|(?:上|下|左|右)图\s*[:：]?|[（(]\s*(?:图|摄影|图片来源|图片|图源|来源\s*[:：]?\s*(?:网络|视觉中国|IC photo|Getty)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitCaption();

    /// <summary>True when the line carries an explicit caption prefix (图1：, ▲, 图为, （摄影…）).</summary>
    public static bool IsExplicit(string text) => text is { Length: <= 80 } && ExplicitCaption().IsMatch(text);

    /// <summary>True when the line is shaped like an image caption.</summary>
    public static bool IsCaption(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= 80 && ExplicitCaption().IsMatch(text))
        {
            return true;
        }

        // A caption names what the picture shows: a short phrase, never a sentence.
        return text.Length <= MaxImplicitLength
            && !SentencePunctuation.EndsLikeSentence(text)
            && text.AsSpan().IndexOfAny(SentenceMarks) < 0
            && Cjk.ContainsIdeograph(text);
    }
}
