using System.Globalization;

namespace OpenAIStory.Core.Annotation;

/// <summary>How many units a span of time covers (2个月, 两年, 数月, 半年), as an ISO 8601 duration amount and unit.</summary>
/// <param name="Amount">The number of units; 数/几 ("several") read as 2, their lower bound; 半年 reads as 6 months.</param>
/// <param name="IsoUnit">The ISO 8601 duration designator: Y, M, W or D.</param>
/// <param name="Approximate">True for 数/几 and 多 (3个多月).</param>
internal readonly record struct DateCount(int Amount, char IsoUnit, bool Approximate)
{
    /// <summary>The ISO 8601 duration: "P15M".</summary>
    public string ToDuration() => string.Create(CultureInfo.InvariantCulture, $"P{Amount}{IsoUnit}");

    /// <summary>Reads a count such as ("15", "个月") or ("半", "年"); false for a number that is not a small whole count.</summary>
    public static bool TryRead(string number, string unit, bool more, out DateCount count)
    {
        count = default;
        var iso = unit switch
        {
            "年" => 'Y',
            "月" => 'M',
            "周" or "星期" => 'W',
            "天" => 'D',
            _ => '\0',
        };
        if (iso == '\0')
        {
            return false;
        }

        if (number == "半")
        {
            // Only half a year is a common whole-unit span; 半个月 and 半天 are left alone.
            return iso == 'Y' && Set(6, 'M', more, out count);
        }

        if (number is "数" or "几")
        {
            return Set(2, iso, approximate: true, out count);
        }

        if (!ChineseNumber.TryRead(number, out var reading) || reading.UpperValue is not null
            || reading.Value < 1 || reading.Value >= 1000 || reading.Value != decimal.Truncate(reading.Value))
        {
            return false;
        }

        return Set((int)reading.Value, iso, more || reading.Approximate, out count);
    }

    private static bool Set(int amount, char iso, bool approximate, out DateCount count)
    {
        count = new DateCount(amount, iso, approximate);
        return true;
    }
}
