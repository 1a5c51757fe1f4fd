using System.Text;
using System.Text.RegularExpressions;

namespace OpenAIStory.Core.Text;

/// <summary>Restores full-width punctuation that scrapers flatten to half-width, following W3C clreq:
/// a half-width , : ; ! ? ( ) becomes full-width when it stands in Chinese text, never inside numbers,
/// between Latin words or inside URLs.</summary>
public static partial class ChinesePunctuation
{
    // URLs, and character references such as &gt; or &#39; that a scrape may carry as text: never touched.
    [GeneratedRegex(@"(?:https?://|www\.)[^\s\u3000-\u303F\uFF01-\uFF5E\u4E00-\u9FFF“”]*|&#?[A-Za-z0-9]{1,10};", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    private static readonly System.Buffers.SearchValues<char> HalfWidth = System.Buffers.SearchValues.Create(",:;!?()");

    /// <summary>Returns <paramref name="text"/> with flattened punctuation restored.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(HalfWidth) < 0)
        {
            return text;
        }

        var protectedRanges = new bool[text.Length];
        foreach (Match m in UrlPattern().Matches(text))
        {
            // A URL in parentheses keeps its closing parenthesis out of the URL.
            var end = m.Index + m.Length;
            while (end > m.Index && m.Value[0] != '&' && text[end - 1] is ')' or ',' or '.' or ';' or ':' or '!' or '?')
            {
                end--;
            }

            Array.Fill(protectedRanges, true, m.Index, end - m.Index);
        }

        var convertParen = MatchParentheses(text, protectedRanges);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (protectedRanges[i])
            {
                sb.Append(c);
                continue;
            }

            char? full = c switch
            {
                ',' or ':' or ';' or '!' or '?' when InChineseContext(text, i) => (char)(c + 0xFEE0),
                '(' or ')' when convertParen[i] => (char)(c + 0xFEE0),
                _ => null,
            };

            if (full is null)
            {
                sb.Append(c);
                continue;
            }

            // Full-width punctuation carries its own spacing: drop the spaces scrapers leave around it.
            while (sb.Length > 0 && sb[^1] == ' ' && full != '（')
            {
                sb.Length--;
            }

            if (full == '（')
            {
                while (sb.Length > 0 && sb[^1] == ' ' && sb.Length > 1 && Cjk.IsChineseContext(sb[^2]))
                {
                    sb.Length--;
                }
            }

            sb.Append(full.Value);
            if (full != '（')
            {
                while (i + 1 < text.Length && text[i + 1] == ' ')
                {
                    i++;
                }
            }
        }

        return sb.ToString();
    }

    private static bool InChineseContext(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : '\0';
        var after = i + 1 < text.Length ? text[i + 1] : '\0';
        if (char.IsAsciiDigit(before) && char.IsAsciiDigit(after))
        {
            return false; // 1,000 and 12:30 are numbers, not Chinese punctuation
        }

        return IsChineseSide(text, i, -1) || IsChineseSide(text, i, +1);
    }

    /// <summary>True when the nearest character on one side is Chinese; curly quotes count by what they enclose.</summary>
    private static bool IsChineseSide(string text, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < text.Length; j += step)
        {
            var c = text[j];
            if (c == ' ' || (step > 0 && c is '“' or '‘') || (step < 0 && c is '”' or '’'))
            {
                continue; // look through spaces, and through a quote to the text it opens or closes
            }

            return Cjk.IsChineseContext(c);
        }

        return false;
    }

    private static char? NearestNonSpace(string text, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < text.Length; j += step)
        {
            if (text[j] != ' ')
            {
                return text[j];
            }
        }

        return null;
    }

    /// <summary>Decides, for each half-width parenthesis, whether its pair stands in Chinese text.</summary>
    private static bool[] MatchParentheses(string text, bool[] protectedRanges)
    {
        var convert = new bool[text.Length];
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (protectedRanges[i])
            {
                continue;
            }

            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                var inner = text.AsSpan(start + 1, i - start - 1);
                var before = NearestNonSpace(text, start, -1);
                var innerIsUrl = inner.TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase);
                if (!innerIsUrl && (Cjk.ContainsIdeograph(inner) || (before is { } b && Cjk.IsIdeograph(b))))
                {
                    convert[start] = true;
                    convert[i] = true;
                }
            }
        }

        return convert;
    }
}
