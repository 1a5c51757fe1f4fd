namespace OpenAIStory.Core.Views;

/// <summary>Lays out a vertical time axis: a band per year, a dot per event at its date within its year's band, and
/// its label beside it, pushed down just enough never to overlap the label above (a leader line joins a pushed label
/// to its dot). A crowded year gets a taller band, so labels stay near their dots; every dot stays inside its year.</summary>
public static class TimelineLayout
{
    public const double Width = 640;
    public const double AxisX = 92;
    public const double LabelX = 116;
    public const double Top = 24;
    public const double MinYearHeight = 48;
    public const double LabelHeight = 22;
    public const double Gap = 4;

    public static TimelineDrawing Compute(IReadOnlyList<TimelineEvent> events, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(events);
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        var bandTop = new Dictionary<int, double>();
        var bandHeight = new Dictionary<int, double>();
        var y = Top;
        foreach (var year in years)
        {
            var count = events.Count(e => e.Year == year);
            bandTop[year] = y;
            bandHeight[year] = Math.Max(MinYearHeight, (count * (LabelHeight + Gap)) + Gap);
            y += bandHeight[year];
        }

        var ticks = years.Select(yr => new TimelineTick(yr, bandTop[yr])).Append(new TimelineTick(lastYear + 1, y)).ToList();
        double YOf(TimelineEvent e)
        {
            var year = Math.Clamp(e.Year, firstYear, lastYear);
            var within = Math.Clamp(e.Position - e.Year, 0.02, 0.98);
            return bandTop[year] + (within * bandHeight[year]);
        }

        var placed = new List<PlacedEvent>();
        foreach (var group in events.GroupBy(e => Math.Clamp(e.Year, firstYear, lastYear)).OrderBy(g => g.Key))
        {
            // Labels start beside their dots and push down; a year whose labels would spill out of its band is laid
            // out tightly from the band's bottom instead (the band is tall enough for all of them).
            var ordered = group.OrderBy(e => e.Position).ThenBy(e => e.Editorial).ToList();
            var bottom = bandTop[group.Key] + bandHeight[group.Key];
            var labels = new List<double>();
            var nextFree = bandTop[group.Key] + Gap;
            foreach (var e in ordered)
            {
                var label = Math.Max(YOf(e) - (LabelHeight / 2), nextFree);
                labels.Add(label);
                nextFree = label + LabelHeight + Gap;
            }

            if (nextFree > bottom)
            {
                var start = bottom - (ordered.Count * (LabelHeight + Gap));
                labels = [.. ordered.Select((_, i) => start + (i * (LabelHeight + Gap)))];
            }

            placed.AddRange(ordered.Select((e, i) => new PlacedEvent(e, YOf(e), labels[i])));
        }

        return new TimelineDrawing(Width, y + Top, ticks, placed);
    }
}
