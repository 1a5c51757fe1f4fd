using System.Globalization;

namespace OpenAIStory.Core.Text;

/// <summary>Reads a number written in Arabic digits, with an optional decimal part and thousands commas (1.15, 8769, 1,000).</summary>
internal static class ArabicNumeral
{
    /// <summary>Reads 1.15, 8769 or 1,000 starting at <paramref name="i"/>, leaving <paramref name="i"/> on its last character.</summary>
    public static bool TryRead(string text, ref int i, out decimal value)
    {
        var start = i;
        var end = i;
        var sawPoint = false;
        var groupDigits = -1; // digits since the last comma, or -1 before any comma
        var leadDigits = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                if (groupDigits >= 0 && !sawPoint)
                {
                    groupDigits++;
                }
                else if (!sawPoint)
                {
                    leadDigits++;
                }
            }
            else if (c == ',' && !sawPoint && (groupDigits is -1 or 3) && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                groupDigits = 0;
            }
            else if (c == '.' && !sawPoint && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                if (groupDigits is not (-1 or 3))
                {
                    return Fail(out value);
                }

                sawPoint = true;
            }
            else
            {
                break;
            }

            end++;
        }

        if ((groupDigits >= 0 && (groupDigits != 3 || leadDigits > 3)) || text[end - 1] == ',')
        {
            return Fail(out value);
        }

        var digits = text[start..end].Replace(",", string.Empty, StringComparison.Ordinal);
        i = end - 1;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool Fail(out decimal value)
    {
        value = 0;
        return false;
    }
}
