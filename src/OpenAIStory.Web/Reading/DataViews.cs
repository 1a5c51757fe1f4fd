using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Views;

namespace OpenAIStory.Web.Reading;

/// <summary>The timeline, the money ledger and the relation map, laid out once from the loaded content.</summary>
public sealed class DataViews
{
    private readonly SiteContent content;

    public DataViews(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        this.content = content;
        Events = TimelineBuilder.Build(content);
        EventsByDate = [.. Events.OrderBy(e => e.Position)];
        var years = Events.Select(e => e.Year).DefaultIfEmpty(DateTime.UtcNow.Year).ToList();
        var lastYear = Core.Text.IsoYear.Of(content.Sidecar.Published?.Date) ?? years.Max();
        Timeline = TimelineLayout.Compute(Events, Math.Min(years.Min(), lastYear), Math.Max(years.Max(), lastYear));
        Figures = FigureBuilder.Build(content);
        MoneyChart = BarChartLayout.Compute([.. Figures.Where(f => f.Usd is > 0).OrderBy(f => f.Usd).Select(f => (f.Id, f.Text, f.Usd!.Value))]);
        Map = GraphLayout.Columns(Graph(content.Entities.Values.Where(e => e.Data.Relations.Count > 0 || content.Entities.Values.Any(o => o.Data.Relations.Any(r => r.Target == e.Id)))));
    }

    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>The events in date order (the timeline's table); events on one date keep their reading order.</summary>
    public IReadOnlyList<TimelineEvent> EventsByDate { get; }

    /// <summary>The latest year the price tables publish: "today's money" is in that year's prices.</summary>
    public int? PricesYear => content.Economics?.Cpi.Us.Values.Keys.DefaultIfEmpty().Max() is > 0 and var y ? y : null;

    public TimelineDrawing Timeline { get; }

    public IReadOnlyList<FigureRow> Figures { get; }

    public BarChart MoneyChart { get; }

    public GraphDrawing Map { get; }

    /// <summary>The name of an entity, for labels.</summary>
    public Entity Entity(string id) => content.Entities[id];

    /// <summary>An entity with its direct neighbours, laid out as a ring.</summary>
    public GraphDrawing Neighbourhood(string id)
    {
        var entity = content.Entities[id];
        var neighbours = entity.Data.Relations.Select(r => r.Target)
            .Concat(content.Entities.Values.Where(o => o.Data.Relations.Any(r => r.Target == id)).Select(o => o.Id))
            .Where(content.Entities.ContainsKey).Distinct().ToList();
        return GraphLayout.Ring(id, Graph([entity, .. neighbours.Select(n => content.Entities[n])]));
    }

    private GraphInput Graph(IEnumerable<Entity> entities)
    {
        var list = entities.ToList();
        var ids = list.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = list.Select(e => (e.Id, NoteRenderer.Plain(e.Data.ShortName ?? e.Name), e.Path, Group(e.Type))).ToList();
        var edges = list.SelectMany(e => e.Data.Relations.Where(r => ids.Contains(r.Target)).Select(r => new GraphEdge(e.Id, r.Target, RelationTypes.Forward(r.Type), r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        return new GraphInput(nodes, edges);
    }

    private static int Group(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Company or EntityType.Organization => 1,
        _ => 2,
    };
}
