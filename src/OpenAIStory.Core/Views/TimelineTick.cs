namespace OpenAIStory.Core.Views;

/// <summary>The start of a year on the time axis.</summary>
public sealed record TimelineTick(int Year, double Y)
{
    /// <summary>Where the tick line starts, just left of the axis.</summary>
    public static double LineStartX => TimelineLayout.AxisX - 6;

    /// <summary>The right end of the year label, left of the tick.</summary>
    public static double YearX => TimelineLayout.AxisX - 12;

    /// <summary>The baseline of the year label, just under the tick.</summary>
    public double YearY => Y + 5;
}
