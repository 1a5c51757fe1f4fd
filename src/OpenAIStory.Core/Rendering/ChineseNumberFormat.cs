using System.Globalization;

namespace OpenAIStory.Core.Rendering;

/// <summary>Writes numbers the way Chinese readers count: 10亿, 898万, 8,769, with three significant digits for big ones.</summary>
public static class ChineseNumberFormat
{
    public static string Format(decimal value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1_0000_0000_0000m => Scaled(value, 1_0000_0000_0000m, "万亿"),
            >= 1_0000_0000m => Scaled(value, 1_0000_0000m, "亿"),
            >= 100_0000m => Scaled(value, 1_0000m, "万"),
            >= 1000m => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture),
            _ => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture),
        };
    }

    private static string Scaled(decimal value, decimal unit, string name)
    {
        var scaled = value / unit;
        var digits = Math.Abs(scaled) >= 100 ? 0 : Math.Abs(scaled) >= 10 ? 1 : 2;
        return Math.Round(scaled, digits).ToString("0.##", CultureInfo.InvariantCulture) + name;
    }
}
