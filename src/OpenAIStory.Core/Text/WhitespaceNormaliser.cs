using System.Text;

namespace OpenAIStory.Core.Text;

/// <summary>Folds the many spaces scrapes contain (non-breaking, full-width, zero-width, tabs) into plain single spaces.</summary>
public static class WhitespaceNormaliser
{
    /// <summary>Returns the line with odd spaces folded, runs collapsed and the ends trimmed; no visible character is dropped.</summary>
    public static string NormaliseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue; // zero-width characters carry nothing a reader sees
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
