namespace OpenAIStory.Core.Views;

/// <summary>Finds the sentence around a range of Chinese text.</summary>
public static class Sentences
{
    private static readonly char[] Ends = ['。', '！', '？', '；'];

    /// <summary>The [start, end) of the sentence(s) containing [from, to).</summary>
    public static (int Start, int End) Around(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = from == 0 ? 0 : text.LastIndexOfAny(Ends, Math.Min(from, text.Length) - 1) + 1;
        var end = text.IndexOfAny(Ends, Math.Min(to, text.Length));
        return (start, end < 0 ? text.Length : end + 1);
    }
}
