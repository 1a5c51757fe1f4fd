using System.Globalization;

namespace OpenAIStory.Web.Reading;

/// <summary>Formats numbers for SVG attributes: invariant culture, one decimal.</summary>
public static class Svg
{
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A cubic curve between two nodes: across columns a horizontal S, within a column an arc to the right.</summary>
    public static string Curve(double x1, double y1, double x2, double y2) =>
        Math.Abs(x1 - x2) < 1
            ? $"M{N(x1)},{N(y1)} C{N(x1 + 90)},{N(y1)} {N(x2 + 90)},{N(y2)} {N(x2)},{N(y2)}"
            : $"M{N(x1)},{N(y1)} C{N((x1 + x2) / 2)},{N(y1)} {N((x1 + x2) / 2)},{N(y2)} {N(x2)},{N(y2)}";
}
