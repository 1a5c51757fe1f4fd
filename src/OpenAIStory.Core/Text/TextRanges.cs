namespace OpenAIStory.Core.Text;

/// <summary>Where in a text annotations must not go.</summary>
public static class TextRanges
{
    /// <summary>True when <paramref name="index"/> falls inside a URL (from http up to the next space or Chinese punctuation).</summary>
    public static bool InsideUrl(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.LastIndexOf("http", Math.Min(index, text.Length - 1), StringComparison.OrdinalIgnoreCase);
        return start >= 0 && !text.AsSpan(start, index - start).ContainsAny(" \u3000，。");
    }

    /// <summary>True when a match of a Latin-lettered alias stands alone rather than inside a longer Latin word or code.</summary>
    public static bool StandsAlone(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = start > 0 ? text[start - 1] : ' ';
        var after = start + length < text.Length ? text[start + length] : ' ';
        var first = text[start];
        var last = text[start + length - 1];
        return !(char.IsAsciiLetterOrDigit(first) && (char.IsAsciiLetterOrDigit(before) || before == '-'))
            && !(char.IsAsciiLetterOrDigit(last) && (char.IsAsciiLetterOrDigit(after) || after == '-'));
    }
}
