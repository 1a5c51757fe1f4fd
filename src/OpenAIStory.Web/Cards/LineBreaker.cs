using System.Globalization;
using System.Text;

namespace OpenAIStory.Web.Cards;

/// <summary>Breaks text into lines for a card the way Chinese typesetting does (W3C clreq): a line may break between
/// any two Han characters, never inside a Latin word or number, never before closing punctuation and never after
/// opening punctuation; text that does not fit in the last line ends in an ellipsis.</summary>
public static class LineBreaker
{
    /// <summary>Punctuation that may not start a line (closing brackets and quotes, pauses, stops, the ellipsis).</summary>
    public const string NoLineStart = "，。、；：！？）」』”’》〉】〕〗］｝…—·～％,.;:!?)]}%";

    /// <summary>Punctuation that may not end a line (opening brackets and quotes).</summary>
    public const string NoLineEnd = "（「『“‘《〈【〔〖［｛([{";

    private const string Ellipsis = "…";

    /// <summary>The lines of <paramref name="text"/> no wider than <paramref name="maxWidth"/> as <paramref name="measure"/>
    /// measures them, at most <paramref name="maxLines"/> of them.</summary>
    public static IReadOnlyList<string> Break(string text, Func<string, float> measure, float maxWidth, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var units = Units(text);
        var lines = new List<string>();
        var line = new StringBuilder();
        var next = 0;
        while (next < units.Count && lines.Count < maxLines)
        {
            var unit = units[next];
            if (line.Length == 0 && unit == " ")
            {
                next++;
                continue;
            }

            if (measure(line + unit.TrimEnd()) <= maxWidth)
            {
                line.Append(unit);
                next++;
                continue;
            }

            if (line.Length == 0)
            {
                // One unit wider than the line (a very long word): split it by characters, as a last resort.
                var fit = FitPrefix(unit, measure, maxWidth);
                lines.Add(unit[..fit]);
                units[next] = unit[fit..];
                continue;
            }

            lines.Add(line.ToString().TrimEnd());
            line.Clear();
        }

        if (lines.Count < maxLines && line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        if (next < units.Count && lines.Count > 0)
        {
            lines[^1] = Truncate(lines[^1], measure, maxWidth);
        }

        return lines;
    }

    /// <summary>The unbreakable units of the text: one Han character (with the punctuation that must stay with it), a
    /// Latin word or number, or a space.</summary>
    internal static List<string> Units(string text)
    {
        var raw = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var word = new StringBuilder();
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (IsWordPart(element))
            {
                word.Append(element);
                continue;
            }

            Flush(word, raw);
            raw.Add(char.IsWhiteSpace(element[0]) ? " " : element);
        }

        Flush(word, raw);

        // Glue: closing punctuation to the unit before it, opening punctuation to the unit after it.
        var units = new List<string>();
        var pending = "";
        foreach (var unit in raw)
        {
            if (IsAll(unit, NoLineEnd))
            {
                pending += unit;
            }
            else if (IsAll(unit, NoLineStart) && units.Count > 0 && pending.Length == 0)
            {
                units[^1] += unit;
            }
            else
            {
                units.Add(pending + unit);
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            units.Add(pending);
        }

        return units;
    }

    private static bool IsWordPart(string element) =>
        element.Length == 1 && (char.IsAsciiLetterOrDigit(element[0]) || element[0] is '-' or '\'' or '&' or '/' or '+' or '_' or '$' or '#' or '@')
        || element.Length == 1 && element[0] is >= '\u00C0' and <= '\u024F';

    private static bool IsAll(string unit, string set) => unit.Length > 0 && unit.All(c => set.Contains(c, StringComparison.Ordinal));

    private static void Flush(StringBuilder word, List<string> units)
    {
        if (word.Length > 0)
        {
            units.Add(word.ToString());
            word.Clear();
        }
    }

    private static int FitPrefix(string unit, Func<string, float> measure, float maxWidth)
    {
        var fit = 1;
        while (fit < unit.Length && measure(unit[..(fit + 1)]) <= maxWidth)
        {
            fit++;
        }

        // Even a forced break keeps the punctuation rules where it can.
        while (fit > 1 && fit < unit.Length && (NoLineStart.Contains(unit[fit], StringComparison.Ordinal) || NoLineEnd.Contains(unit[fit - 1], StringComparison.Ordinal)))
        {
            fit--;
        }

        return char.IsHighSurrogate(unit[fit - 1]) && fit < unit.Length ? fit + 1 : fit;
    }

    /// <summary>Shortens the last line until it fits with an ellipsis; a trailing pause or stop gives way to it.</summary>
    private static string Truncate(string line, Func<string, float> measure, float maxWidth)
    {
        var enumerator = StringInfo.ParseCombiningCharacters(line);
        var cut = line.Length;
        var index = enumerator.Length;
        while (index > 0 && measure(line[..cut].TrimEnd() + Ellipsis) > maxWidth)
        {
            cut = enumerator[--index];
        }

        var kept = line[..cut].TrimEnd().TrimEnd('，', '。', '、', '；', '：', ',', '.', ';', ':', '…', '—').TrimEnd(NoLineEnd.ToCharArray());
        return kept.Length == 0 ? Ellipsis : kept + Ellipsis;
    }
}
