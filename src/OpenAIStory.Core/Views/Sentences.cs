using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Views;

/// <summary>Finds the sentence around a range of Chinese text.</summary>
public static class Sentences
{
    // A sentence quoted around a span stops at a full-width sentence end or a full-width semicolon (a long sentence's
    // clauses read alone). Half-width ! and ? left after NormalisePunctuation stand in Latin text (Yahoo!), not at a
    // Chinese sentence's end.
    private static readonly char[] Ends = [.. SentencePunctuation.FullWidthEnds, '；'];

    /// <summary>The [start, end) of the sentence(s) containing [from, to).</summary>
    public static (int Start, int End) Around(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = from == 0 ? 0 : text.LastIndexOfAny(Ends, Math.Min(from, text.Length) - 1) + 1;
        var end = text.IndexOfAny(Ends, Math.Min(to, text.Length));
        return (start, end < 0 ? text.Length : end + 1);
    }
}
