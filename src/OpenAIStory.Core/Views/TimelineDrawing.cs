namespace OpenAIStory.Core.Views;

/// <summary>A laid-out timeline: canvas size, year ticks (the start of each year, then one closing the last year), and
/// each event's dot and label positions.</summary>
public sealed record TimelineDrawing(double Width, double Height, IReadOnlyList<TimelineTick> Ticks, IReadOnlyList<PlacedEvent> Events)
{
    /// <summary>The first year on the axis.</summary>
    public int FirstYear => Ticks[0].Year;

    /// <summary>The last year on the axis (the closing tick is the start of the year after it).</summary>
    public int LastYear => Ticks[^2].Year;

    /// <summary>The x of the axis.</summary>
    public static double AxisX => TimelineLayout.AxisX;

    /// <summary>Where the axis starts: the first year's tick.</summary>
    public double AxisTop => Ticks[0].Y;

    /// <summary>Where the axis ends: the closing tick.</summary>
    public double AxisBottom => Ticks[^1].Y;

    /// <summary>Where a tick line ends, near the right edge.</summary>
    public double TickEndX => Width - 8;
}
