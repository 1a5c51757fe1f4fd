namespace OpenAIStory.Core.Content;

/// <summary>A piece of a content file (one YAML value, or a note's Markdown body) and the line it starts on, so that
/// a problem found in it names the line of the words that show it, never a line of another field.</summary>
/// <param name="Text">The piece as written in the file.</param>
/// <param name="Line">The 1-based line of the file on which <paramref name="Text"/> starts.</param>
public readonly record struct TextPosition(string Text, int Line)
{
    /// <summary>The line inside this piece on which <paramref name="words"/> stand; the piece's first line when they
    /// are not written as given (folded over two lines, escaped, or absent).</summary>
    public int LineOf(string? words)
    {
        var at = string.IsNullOrEmpty(words) || Text is null ? -1 : Text.IndexOf(words, StringComparison.Ordinal);
        return at < 0 ? Line : Line + Text.AsSpan(0, at).Count('\n');
    }
}
