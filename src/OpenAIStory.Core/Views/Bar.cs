namespace OpenAIStory.Core.Views;

/// <summary>One bar: its item, value and rectangle.</summary>
public sealed record Bar(string Id, string Label, decimal Value, double X, double Y, double Width, double Height)
{
    /// <summary>The right end of the label, left of the bar.</summary>
    public double LabelX => X - 8;

    /// <summary>The baseline of the label and the value, level with the bar.</summary>
    public double TextY => Y + 15;

    /// <summary>Where the value is written, right of the bar's end.</summary>
    public double ValueX => X + Width + 6;
}
