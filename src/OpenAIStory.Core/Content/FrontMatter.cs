namespace OpenAIStory.Core.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between <c>---</c> lines) and its body.</summary>
public static class FrontMatter
{
    /// <summary>Returns the YAML, the body and the line on which the YAML starts (for error messages).</summary>
    /// <exception cref="ContentException">The file does not open with a front matter block.</exception>
    public static (string Yaml, string Body, int YamlLine) Split(string file, string text)
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

        return (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]).Trim(), 1);
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="needle"/>, or null.</summary>
    public static int? LineOf(string text, string needle)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        // A whole-word match first, so 'id: gpt' finds its own line, not the one of 'id: gpt-3'.
        var index = Array.FindIndex(lines, l => WholeWordAt(l, needle));
        index = index >= 0 ? index : Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    private static bool WholeWordAt(string line, string needle)
    {
        for (var at = line.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = line.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if (needle.Length == 0 || end == line.Length || !(char.IsAsciiLetterOrDigit(line[end]) || line[end] is '-' or '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of a text's first line, short enough to find the line it starts on with <see cref="LineOf"/>.</summary>
    public static string Snippet(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Split('\n')[0].Trim();
        return first.Length > 24 ? first[..24] : first;
    }
}
