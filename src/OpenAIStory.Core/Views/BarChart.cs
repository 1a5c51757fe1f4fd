namespace OpenAIStory.Core.Views;

/// <summary>A laid-out bar chart.</summary>
public sealed record BarChart(double Width, double Height, IReadOnlyList<BarGridLine> Grid, IReadOnlyList<Bar> Bars)
{
    /// <summary>Where gridlines start, above the first bar.</summary>
    public const double GridTop = 16;

    /// <summary>Where gridlines end, above the tick labels.</summary>
    public double GridBottom => Height - 20;

    /// <summary>The baseline of the tick labels under the grid.</summary>
    public double TickLabelY => Height - 6;
}
