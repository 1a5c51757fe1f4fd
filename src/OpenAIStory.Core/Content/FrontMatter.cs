namespace OpenAIStory.Core.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between <c>---</c> lines) and its body.</summary>
public static class FrontMatter
{
    /// <summary>Returns the YAML with the number of file lines above it (to pass to <see cref="YamlContent"/> as its
    /// line offset), and the body (trimmed) with the line it starts on.</summary>
    /// <exception cref="ContentException">The file does not open with a front matter block.</exception>
    public static (string Yaml, int LinesAbove, TextPosition Body) Split(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new ContentException(new ContentError(file, 1, "the file must open with a YAML front matter block ('---' on the first line)"));
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new ContentException(new ContentError(file, 1, "the front matter block opened on line 1 is never closed with '---'"));
        }

        // The body starts on the first line after the closing '---' that holds more than white space.
        var first = end + 1;
        while (first < lines.Length - 1 && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        return (string.Join('\n', lines[1..end]), 1, new TextPosition(string.Join('\n', lines[(end + 1)..]).Trim(), first + 1));
    }
}
