using System.Globalization;
using System.Text;

namespace OpenAIStory.Core.Text;

/// <summary>Derives identifiers from content, so that an id survives edits anywhere else in the document.</summary>
public static class StableId
{
    /// <summary>A short id from the text alone: folded (spaces, punctuation width) so that cosmetic re-normalisation keeps it.</summary>
    public static string FromText(string prefix, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u; // FNV-1a, 32 bit: stable across runs and platforms, unlike string.GetHashCode
        foreach (var c in Fold(text))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return prefix + "-" + (hash & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    }

    /// <summary>Folds full-width ASCII forms to half-width and drops spaces (see <see cref="WidthFold"/>).</summary>
    public static string Fold(string text) => WidthFold.Fold(text).Text;

    /// <summary>A URL- and id-safe slug: ASCII letters and digits lower-cased, CJK kept, everything else a hyphen.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (Cjk.IsIdeograph(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }
}
