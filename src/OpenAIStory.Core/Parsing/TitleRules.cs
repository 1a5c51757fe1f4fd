namespace OpenAIStory.Core.Parsing;

/// <summary>How a title is told apart from prose, and how its repetitions are recognised.</summary>
public static class TitleRules
{
    /// <summary>Folds the decorations templates put around a repeated title (#, 《》, spaces, trailing site names after a bar).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Trim('#', '《', '》', '“', '”', '"', ' ');
        var bar = t.IndexOfAny(['|', '｜', '_']);
        if (bar > 0)
        {
            t = t[..bar].TrimEnd();
        }

        return t.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>True when the two texts are the same title once template decorations are folded away.</summary>
    public static bool SameTitle(string a, string b) =>
        Fold(a) is { Length: > 0 } fa && string.Equals(fa, Fold(b), StringComparison.Ordinal);

    /// <summary>True for a line shaped like a title: short, no sentence-ending punctuation, no field labels.</summary>
    public static bool LooksLikeTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length is > 0 and <= 64
            && !text.EndsWith('。') && !text.EndsWith('，') && !text.EndsWith(',')
            && !text.Contains("作者", StringComparison.Ordinal) && !text.Contains("来源", StringComparison.Ordinal)
            && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase);
    }
}
