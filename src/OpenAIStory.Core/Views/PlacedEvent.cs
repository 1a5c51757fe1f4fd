namespace OpenAIStory.Core.Views;

/// <summary>An event with the y of its dot (its date) and of its label's top (pushed down past the label above).</summary>
public sealed record PlacedEvent(TimelineEvent Event, double DotY, double LabelY)
{
    /// <summary>The radius of an event's dot.</summary>
    public const double DotRadius = 5;

    /// <summary>The x of the dot: on the axis.</summary>
    public static double DotX => TimelineLayout.AxisX;

    /// <summary>The x where the label starts.</summary>
    public static double LabelX => TimelineLayout.LabelX;

    /// <summary>The baseline of the label's text.</summary>
    public double TextY => LabelY + 16;

    /// <summary>True when the label was pushed down from its dot by more than a pixel, so a leader line joins them.</summary>
    public bool HasLeader => LabelY + (TimelineLayout.LabelHeight / 2) - DotY > 1;

    /// <summary>The x where the leader line meets the label.</summary>
    public static double LeaderEndX => TimelineLayout.LabelX - 6;

    /// <summary>The y where the leader line meets the label.</summary>
    public double LeaderEndY => LabelY + 11;
}
