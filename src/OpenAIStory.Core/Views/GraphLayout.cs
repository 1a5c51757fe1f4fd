namespace OpenAIStory.Core.Views;

/// <summary>Lays out relation graphs deterministically, readable without scripts: the whole map in three columns
/// (people, organisations, works and things) ordered to shorten edges; an entity's neighbourhood as a ring around it.</summary>
public static class GraphLayout
{
    public const double ColumnsWidth = 720;
    public const double RowHeight = 28;
    public const double Top = 36;
    private static readonly double[] ColumnX = [40, 290, 540];

    /// <summary>Three columns; within each, nodes sorted by the mean position of their neighbours (a few barycentre
    /// sweeps), so related entities sit near each other and edges cross less.</summary>
    public static GraphDrawing Columns(GraphInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var neighbours = input.Nodes.ToDictionary(n => n.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var e in input.Edges.Where(e => neighbours.ContainsKey(e.From) && neighbours.ContainsKey(e.To)))
        {
            neighbours[e.From].Add(e.To);
            neighbours[e.To].Add(e.From);
        }

        var columns = Enumerable.Range(0, 3)
            .Select(g => input.Nodes.Where(n => n.Group == g).OrderByDescending(n => neighbours[n.Id].Count).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id).ToList())
            .ToList();
        for (var sweep = 0; sweep < 6; sweep++)
        {
            var rank = columns.SelectMany(c => c.Select((id, i) => (id, r: (double)i / Math.Max(1, c.Count - 1)))).ToDictionary(x => x.id, x => x.r, StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var ordered = column.OrderBy(id => neighbours[id].Count == 0 ? rank[id] : neighbours[id].Average(n => rank[n])).ThenBy(id => id, StringComparer.Ordinal).ToList();
                column.Clear();
                column.AddRange(ordered);
            }
        }

        var byId = input.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var nodes = columns.SelectMany((column, g) => column.Select((id, i) => new GraphNode(id, byId[id].Label, byId[id].Href, g, ColumnX[g], Top + (i * RowHeight)))).ToList();
        var height = Top + (columns.Max(c => c.Count) * RowHeight) + Top;
        return new GraphDrawing(ColumnsWidth, height, nodes, [.. input.Edges.Where(e => byId.ContainsKey(e.From) && byId.ContainsKey(e.To))]);
    }

    /// <summary>The centre entity in the middle and its neighbours evenly on a ring around it.</summary>
    public static GraphDrawing Ring(string centre, GraphInput input, double size = 440)
    {
        ArgumentNullException.ThrowIfNull(input);
        var c = input.Nodes.First(n => n.Id == centre);
        var others = input.Nodes.Where(n => n.Id != centre).ToList();
        var radius = (size / 2) - 90;
        var nodes = new List<GraphNode> { new(c.Id, c.Label, c.Href, c.Group, size / 2, size / 2) };
        for (var i = 0; i < others.Count; i++)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, others.Count));
            nodes.Add(new GraphNode(others[i].Id, others[i].Label, others[i].Href, others[i].Group, (size / 2) + (radius * Math.Cos(angle)), (size / 2) + (radius * Math.Sin(angle))));
        }

        return new GraphDrawing(size, size, nodes, input.Edges);
    }
}
