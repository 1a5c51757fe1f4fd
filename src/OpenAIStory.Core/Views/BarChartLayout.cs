namespace OpenAIStory.Core.Views;

/// <summary>Lays out a horizontal bar chart of positive values on a log scale (the sums span orders of ten), with a
/// gridline per power of ten; every bar starts at the left edge and ends inside the canvas.</summary>
public static class BarChartLayout
{
    public const double Width = 640;
    public const double LabelWidth = 150;
    public const double BarHeight = 20;
    public const double RowGap = 10;
    public const double Top = 28;

    public static BarChart Compute(IReadOnlyList<(string Id, string Label, decimal Value)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new BarChart(Width, Top * 2, [], []);
        }

        var min = Math.Floor(Math.Log10((double)items.Min(i => i.Value)));
        var max = Math.Ceiling(Math.Log10((double)items.Max(i => i.Value)));
        if (max <= min)
        {
            max = min + 1;
        }

        var plot = Width - LabelWidth - 16;
        double X(double log) => LabelWidth + ((log - min) / (max - min) * plot);
        var grid = Enumerable.Range((int)min, (int)(max - min) + 1).Select(p => new BarGridLine(p, X(p))).ToList();
        var bars = items.Select((item, i) =>
        {
            var end = X(Math.Log10((double)item.Value));
            return new Bar(item.Id, item.Label, item.Value, LabelWidth, Top + (i * (BarHeight + RowGap)), Math.Max(1, end - LabelWidth), BarHeight);
        }).ToList();
        return new BarChart(Width, Top + (items.Count * (BarHeight + RowGap)) + 24, grid, bars);
    }
}
