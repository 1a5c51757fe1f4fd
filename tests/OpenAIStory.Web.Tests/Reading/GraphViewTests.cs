using OpenAIStory.Core.Views;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests.Reading;

public sealed class GraphViewTests
{
    private static readonly GraphDrawing Drawing = new(
        400,
        300,
        [new GraphNode("a", "甲", "/people/a", 0, 100, 100), new GraphNode("b", "乙", "/people/b", 1, 300, 200)],
        [new GraphEdge("a", "b", "创立", null)]);

    [Fact]
    public void A_ring_centres_labels_above_dots_and_marks_its_centre()
    {
        var view = new GraphView("ego", Drawing, "t", "d", "a", LabelsCentred: true, "ego-svg");
        var (a, b) = (Drawing.Node("a"), Drawing.Node("b"));
        view.IsCentre(a).ShouldBeTrue();
        view.Radius(a).ShouldBeGreaterThan(view.Radius(b));
        (view.LabelX(b), view.LabelAnchor).ShouldBe((b.X, "middle"));
        view.LabelY(b).ShouldBeLessThan(b.Y - view.Radius(b));
        (view.TitleId, view.DescId).ShouldBe(("ego-title", "ego-desc"));
    }

    [Fact]
    public void Columns_start_labels_right_of_dots_and_edges_join_their_nodes()
    {
        var view = new GraphView("map", Drawing, "t", "d", null, LabelsCentred: false, "map-svg");
        var b = Drawing.Node("b");
        view.IsCentre(b).ShouldBeFalse();
        view.LabelX(b).ShouldBeGreaterThan(b.X + view.Radius(b));
        view.LabelAnchor.ShouldBe("start");
        var path = view.EdgePath(Drawing.Edges[0]);
        path.ShouldStartWith("M100,100 ");
        path.ShouldEndWith(" 300,200");
    }
}
