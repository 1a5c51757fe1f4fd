using OpenAIStory.Core.Views;

namespace OpenAIStory.Core.Tests.Views;

public sealed class DrawingGeometryTests
{
    private static TimelineEvent Event(string date) => new($"ev-{date}", date, date, OpenAIStory.Core.Model.DatePrecision.Year, "事件", "p-1", [], false, false);

    [Fact]
    public void The_timeline_axis_runs_from_the_first_year_to_the_closing_tick()
    {
        var drawing = TimelineLayout.Compute([Event("2015"), Event("2019-06")], 2015, 2020);
        (drawing.FirstYear, drawing.LastYear).ShouldBe((2015, 2020));
        drawing.AxisTop.ShouldBe(drawing.Ticks[0].Y);
        drawing.AxisBottom.ShouldBe(drawing.Ticks.Single(t => t.Year == 2021).Y);
        TimelineTick.YearX.ShouldBeLessThan(TimelineTick.LineStartX);
        TimelineTick.LineStartX.ShouldBeLessThan(TimelineDrawing.AxisX);
        drawing.TickEndX.ShouldBeInRange(PlacedEvent.LabelX, drawing.Width);
        drawing.Ticks.ShouldAllBe(t => t.YearY > t.Y);
    }

    [Fact]
    public void Only_a_label_pushed_away_from_its_dot_gets_a_leader_line()
    {
        var alone = TimelineLayout.Compute([Event("2017-06")], 2016, 2018).Events.Single();
        alone.HasLeader.ShouldBeFalse();

        var crowded = TimelineLayout.Compute([.. Enumerable.Range(0, 6).Select(_ => Event("2017-06"))], 2016, 2018).Events;
        crowded.Count(e => e.HasLeader).ShouldBeInRange(1, crowded.Count - 1, "labels stacked below their dots have leaders, those beside or above do not");
        crowded.Where(e => e.HasLeader).ShouldAllBe(e => e.LeaderEndY > e.DotY && e.LeaderEndY < e.LabelY + TimelineLayout.LabelHeight);
        PlacedEvent.LeaderEndX.ShouldBeInRange(PlacedEvent.DotX + PlacedEvent.DotRadius, PlacedEvent.LabelX);
        crowded.ShouldAllBe(e => e.TextY > e.LabelY && e.TextY <= e.LabelY + TimelineLayout.LabelHeight);
    }

    [Fact]
    public void Bar_labels_sit_left_of_their_bars_and_values_right_of_their_ends()
    {
        var chart = BarChartLayout.Compute([("a", "一千", 1000m), ("b", "十亿", 1_000_000_000m)]);
        foreach (var bar in chart.Bars)
        {
            bar.LabelX.ShouldBeLessThan(bar.X);
            bar.ValueX.ShouldBeGreaterThan(bar.X + bar.Width);
            bar.TextY.ShouldBeInRange(bar.Y, bar.Y + bar.Height);
        }

        BarChart.GridTop.ShouldBeLessThan(chart.Bars[0].Y);
        chart.GridBottom.ShouldBeGreaterThan(chart.Bars[^1].Y + chart.Bars[^1].Height);
        chart.TickLabelY.ShouldBeInRange(chart.GridBottom, chart.Height);
    }
}
