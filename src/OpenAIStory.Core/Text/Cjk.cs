namespace OpenAIStory.Core.Text;

/// <summary>Character classes that Chinese text layout cares about.</summary>
public static class Cjk
{
    /// <summary>True for CJK ideographs (unified, extension A, compatibility).</summary>
    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>True for CJK ideographs and CJK or full-width punctuation: the context that wants full-width punctuation.</summary>
    public static bool IsChineseContext(char c) =>
        IsIdeograph(c) || c is (>= '\u3000' and <= '\u303F') || (c is >= '\uFF01' and <= '\uFF5E' && !char.IsAsciiLetterOrDigit((char)(c - 0xFEE0)));

    /// <summary>True when the text contains at least one ideograph.</summary>
    public static bool ContainsIdeograph(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsIdeograph(c))
            {
                return true;
            }
        }

        return false;
    }
}
