using System.Text;

namespace OpenAIStory.Core.Text;

/// <summary>Folds text for comparison: spaces dropped, full-width ASCII forms (，：（）) read as half-width — so the
/// scraper's flattened punctuation and the restored one compare equal. Keeps a map back to the original offsets.</summary>
public static class WidthFold
{
    /// <summary>The folded text and, for each of its characters, the offset it came from in <paramref name="text"/>.</summary>
    public static (string Text, int[] Map) Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
            map.Add(i);
        }

        return (sb.ToString(), [.. map]);
    }
}
