using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Annotation;

/// <summary>Reads numbers written with Arabic digits, Chinese numerals or a mix of both (1.15亿, 1,000万, 一千多, 两到三, 十万亿).</summary>
/// <remarks>
/// The whole string must be a number: no counters, currencies or surrounding words.
/// Approximate forms (一千多, 十几, 数十) read as their lower bound; ranges (两到三, 3到5亿) read as their lower bound
/// with the upper bound in <see cref="NumberReading.UpperValue"/>; a big unit written only on the upper bound applies to
/// both when that keeps the range ascending (3到5亿 = 3亿–5亿). A run of three or more bare digits, or one containing 〇/零,
/// reads positionally (二〇一四 = 2014); two consecutive digits read as a range (三四十 = 30–40).
/// </remarks>
public static class ChineseNumber
{
    private static readonly string[] RangeSeparators = ["到", "至", "~", "～", "—", "–", "-"];

    /// <summary>Parses <paramref name="text"/> and returns its value; the lower bound for ranges and approximations.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ok = TryRead(text, out var reading);
        value = reading.Value;
        return ok;
    }

    /// <summary>Parses <paramref name="text"/>, keeping the upper bound of a range and whether the number is approximate.</summary>
    public static bool TryRead(string text, out NumberReading reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        reading = default;
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var separator in RangeSeparators)
        {
            var at = text.IndexOf(separator, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                return TryReadRange(text[..at], text[(at + separator.Length)..], out reading);
            }
        }

        if (TryReadNeighbourRange(text, out reading))
        {
            return true;
        }

        return ChineseNumeralParser.TryRead(text, out reading);
    }

    private static bool TryReadRange(string lowerText, string upperText, out NumberReading reading)
    {
        reading = default;
        if (!ChineseNumeralParser.TryRead(lowerText, out var lower)
            || !ChineseNumeralParser.TryRead(upperText, out var upper)
            || lower.UpperValue is not null || upper.UpperValue is not null)
        {
            return false;
        }

        var low = lower.Value;
        var bigUnit = TrailingBigUnit(upperText);
        if (bigUnit > 1 && TrailingBigUnit(lowerText) == 1 && low * bigUnit <= upper.Value)
        {
            low *= bigUnit;
        }

        if (low >= upper.Value)
        {
            return false;
        }

        reading = new NumberReading(low, upper.Value, Approximate: true);
        return true;
    }

    /// <summary>三四十, 五六百万, 一两: two consecutive digits mean "this or the next".</summary>
    private static bool TryReadNeighbourRange(string text, out NumberReading reading)
    {
        reading = default;
        if (text.Length < 2
            || ChineseNumeralParser.DigitValue(text[0]) is not { } first
            || ChineseNumeralParser.DigitValue(text[1]) is not { } second
            || second != first + 1
            || (text.Length > 2 && ChineseNumeralParser.DigitValue(text[2]) is not null))
        {
            return false;
        }

        var rest = text[2..];
        if (!ChineseNumeralParser.TryRead(text[0] + rest, out var lower) || !ChineseNumeralParser.TryRead(text[1] + rest, out var upper))
        {
            return false;
        }

        reading = new NumberReading(lower.Value, upper.Value, Approximate: true);
        return true;
    }

    private static decimal TrailingBigUnit(string text)
    {
        var unit = 1m;
        for (var i = text.Length - 1; i >= 0 && text[i] is '万' or '亿'; i--)
        {
            unit *= text[i] == '万' ? 10_000m : 100_000_000m;
        }

        return unit;
    }
}
