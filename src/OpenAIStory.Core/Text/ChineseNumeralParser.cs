namespace OpenAIStory.Core.Text;

/// <summary>Reads a single number (no range) made of Arabic digits, Chinese digits and the units 十百千万亿: the one
/// reader of Chinese numerals, for amounts and dates (through <see cref="Annotation.ChineseNumber"/>) and for the numbers
/// that count headings (<see cref="ReadWhole"/>).</summary>
internal static class ChineseNumeralParser
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>The value of a Chinese digit character (〇零一二两三四五六七八九), or null.</summary>
    public static int? DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };

    /// <summary>Reads one exact whole number (3, 十, 十一, 二十, 一百零一), or null when <paramref name="text"/> is not one:
    /// empty, an approximation (十几), a fraction or a run of digits that is no number (一二, 十十).</summary>
    public static int? ReadWhole(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryRead(text, out var reading) && !reading.Approximate && reading.UpperValue is null
            && reading.Value == decimal.Truncate(reading.Value) && reading.Value <= int.MaxValue
            ? (int)reading.Value
            : null;
    }

    /// <summary>Reads <paramref name="text"/> whole as one number; false when any character is left over.</summary>
    public static bool TryRead(string text, out NumberReading reading)
    {
        reading = default;
        if (text.Length == 0)
        {
            return false;
        }

        if (TryReadPositional(text, out var positional))
        {
            reading = new NumberReading(positional, null, Approximate: false);
            return true;
        }

        try
        {
            return TryReadUnits(text, out reading);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>二〇一四, 三六零: bare digits read one by one when there are three or more, or a 〇/零 among them.</summary>
    private static bool TryReadPositional(string text, out decimal value)
    {
        value = 0;
        if (text.Length < 2 || (text.Length == 2 && !text.Contains('〇', StringComparison.Ordinal) && !text.Contains('零', StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c == '两' || DigitValue(c) is not { } d)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool TryReadUnits(string text, out NumberReading reading)
    {
        reading = default;
        decimal total = 0, wan = 0, section = 0;
        decimal? pending = null;
        var pendingIsChineseDigit = false;
        var smallUnitLimit = decimal.MaxValue; // units inside a section must fall: 千 > 百 > 十
        var lastUnit = 1m;
        var zeroSinceUnit = false;
        var approximate = false;
        var sawNumber = false;
        var i = 0;

        if (text[0] is '数' or '几')
        {
            if (text.Length < 2 || text[1] is not ('十' or '百' or '千' or '万' or '亿'))
            {
                return false;
            }

            pending = 1;
            approximate = true;
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (pending is not null || !ArabicNumeral.TryRead(text, ref i, out var arabic))
                {
                    return false;
                }

                pending = arabic;
                pendingIsChineseDigit = false;
                sawNumber = true;
            }
            else if (DigitValue(c) is { } digit)
            {
                if (pending is not null)
                {
                    return false;
                }

                sawNumber = true;
                if (digit == 0)
                {
                    zeroSinceUnit = true;
                    continue;
                }

                pending = digit;
                pendingIsChineseDigit = true;
            }
            else if (SmallUnit(c) is { } small)
            {
                if (pending is null)
                {
                    var leading = i == 0 || (small == 10 && zeroSinceUnit);
                    if (!leading)
                    {
                        return false;
                    }

                    pending = 1;
                }

                if (small >= smallUnitLimit)
                {
                    return false;
                }

                section += pending.Value * small;
                smallUnitLimit = small;
                lastUnit = small;
                (pending, zeroSinceUnit, sawNumber) = (null, false, true);
            }
            else if (c == '万')
            {
                if (wan != 0)
                {
                    return false;
                }

                var group = section + (pending ?? 0);
                if (group == 0)
                {
                    if (i != 0)
                    {
                        return false;
                    }

                    group = 1;
                }

                wan = group * Wan;
                (section, pending, smallUnitLimit, lastUnit, zeroSinceUnit, sawNumber) = (0, null, decimal.MaxValue, Wan, false, true);
            }
            else if (c == '亿')
            {
                if (total != 0)
                {
                    return false;
                }

                var group = wan + section + (pending ?? 0);
                if (group == 0)
                {
                    if (i != 0)
                    {
                        return false;
                    }

                    group = 1;
                }

                total = group * Yi;
                (wan, section, pending, smallUnitLimit, lastUnit, zeroSinceUnit, sawNumber) = (0, 0, null, decimal.MaxValue, Yi, false, true);
            }
            else if (c is '多' or '余')
            {
                // 二十多, 一千多亿, 100多万: after a unit, or after Arabic digits; only 万/亿 may follow.
                var afterUnit = i > 0 && (SmallUnit(text[i - 1]) is not null || text[i - 1] is '万' or '亿');
                var afterArabic = pending is not null && !pendingIsChineseDigit;
                if (!(afterUnit || afterArabic) || (i + 1 < text.Length && text[i + 1] is not ('万' or '亿')))
                {
                    return false;
                }

                approximate = true;
            }
            else if (c == '几')
            {
                // 十几, 二十几万: "a few" more than the unit before it.
                if (i == 0 || SmallUnit(text[i - 1]) is null || pending is not null)
                {
                    return false;
                }

                approximate = true;
            }
            else
            {
                return false;
            }
        }

        if (!sawNumber)
        {
            return false;
        }

        var tail = pending ?? 0;
        if (pending is not null && pendingIsChineseDigit && lastUnit > 10 && !zeroSinceUnit)
        {
            tail = pending.Value * lastUnit / 10; // 一万五 = 15000, 三千五 = 3500
        }

        // Dividing by 1.000… drops the trailing zeros that 1.15 × 10⁸ would otherwise keep (115000000.00).
        reading = new NumberReading((total + wan + section + tail) / 1.000000000000000000000000000000000m, null, approximate);
        return true;
    }

    private static decimal? SmallUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => null,
    };
}
