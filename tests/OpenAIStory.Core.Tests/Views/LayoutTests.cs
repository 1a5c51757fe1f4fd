using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Views;

namespace OpenAIStory.Core.Tests.Views;

public sealed class LayoutTests
{
    private static readonly Lazy<SiteContent> Content = new(() => ContentLoader.Load(Repo.PathOf("content")));

    private static TimelineEvent Event(string date, bool editorial = false) =>
        new($"ev-{date}-{editorial}", date, date, DatePrecision.Year, "事件", "p-1", [], editorial, false);

    [Fact]
    public void Timeline_labels_never_overlap_and_every_dot_sits_in_its_year()
    {
        TimelineEvent[] events = [.. Enumerable.Range(0, 12).Select(_ => Event("2017")), Event("2016-05"), Event("2015"), Event("2022-11-30", editorial: true), Event("2009")];
        var drawing = TimelineLayout.Compute(events, 2009, 2023);
        var labels = drawing.Events.OrderBy(e => e.LabelY).ToList();
        labels.Zip(labels.Skip(1)).ShouldAllBe(p => p.First.LabelY + TimelineLayout.LabelHeight <= p.Second.LabelY);
        foreach (var placed in drawing.Events)
        {
            var year = drawing.Ticks.Single(t => t.Year == placed.Event.Year);
            var next = drawing.Ticks.Single(t => t.Year == placed.Event.Year + 1);
            placed.DotY.ShouldBeInRange(year.Y, next.Y, placed.Event.DateTime);
        }

        drawing.Events.Max(e => e.LabelY + TimelineLayout.LabelHeight).ShouldBeLessThanOrEqualTo(drawing.Height);
    }

    [Fact]
    public void A_crowded_year_gets_room_so_its_labels_stay_in_its_band()
    {
        var drawing = TimelineLayout.Compute([.. Enumerable.Range(0, 20).Select(_ => Event("2017")), Event("2018-01")], 2016, 2018);
        var band = (Top: drawing.Ticks.Single(t => t.Year == 2017).Y, Bottom: drawing.Ticks.Single(t => t.Year == 2018).Y);
        drawing.Events.Where(e => e.Event.Year == 2017).ShouldAllBe(e => e.LabelY >= band.Top && e.LabelY + TimelineLayout.LabelHeight <= band.Bottom);
    }

    [Fact]
    public void Every_date_of_the_article_is_on_the_timeline_in_order()
    {
        var events = TimelineBuilder.Build(Content.Value);
        events.Count.ShouldBeGreaterThan(25);
        events.ShouldContain(e => e.DateTime == "2022-11-30" && e.Editorial, "the correction's release day is an editorial event");
        events.ShouldNotContain(e => e.DateTime.StartsWith('P'), "durations are not points in time");
        var blocks = Content.Value.Document.AllBlocks.Select(b => b.Id).ToHashSet();
        events.ShouldAllBe(e => blocks.Contains(e.BlockId));
    }

    [Fact]
    public void Bars_start_at_the_axis_end_inside_the_canvas_and_grow_with_the_value()
    {
        var chart = BarChartLayout.Compute([("a", "8769美元", 8769m), ("b", "900万美元", 9_000_000m), ("c", "10亿美元", 1_000_000_000m)]);
        chart.Bars.ShouldAllBe(b => b.X == BarChartLayout.LabelWidth && b.X + b.Width <= chart.Width && b.Y + b.Height <= chart.Height);
        chart.Bars.Select(b => b.Width).ShouldBeInOrder(SortDirection.Ascending);
        chart.Grid.Select(g => g.Power).ShouldBe([3, 4, 5, 6, 7, 8, 9]);
    }

    [Fact]
    public void Graph_nodes_stay_inside_the_canvas_and_never_overlap()
    {
        var nodes = Enumerable.Range(0, 30).Select(i => ($"n{i}", $"节点{i}", $"/x/{i}", i % 3)).ToList();
        var edges = Enumerable.Range(1, 29).Select(i => new GraphEdge($"n{i}", $"n{(i * 7) % 30}", "关系", null)).ToList();
        foreach (var drawing in new[] { GraphLayout.Columns(new GraphInput(nodes, edges)), GraphLayout.Ring("n0", new GraphInput(nodes, edges)) })
        {
            drawing.Nodes.ShouldAllBe(n => n.X >= 0 && n.X <= drawing.Width && n.Y >= 0 && n.Y <= drawing.Height);
            foreach (var (a, b) in drawing.Nodes.SelectMany(a => drawing.Nodes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0).Select(b => (a, b))))
            {
                Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2)).ShouldBeGreaterThan(12, $"{a.Id} and {b.Id}");
            }
        }
    }

    [Fact]
    public void Sentences_are_found_around_a_range()
    {
        const string text = "第一句。第二句有日期2014年，还有别的。第三句。";
        var (start, end) = Sentences.Around(text, 10, 15);
        text[start..end].ShouldBe("第二句有日期2014年，还有别的。");
    }
}
