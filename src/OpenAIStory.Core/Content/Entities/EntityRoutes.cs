namespace OpenAIStory.Core.Content.Entities;

/// <summary>The one table of entity indexes: each type's URL segment, label and index title. Routes, index pages,
/// the site navigation and the sitemap are all made from it.</summary>
public static class EntityRoutes
{
    /// <summary>The entity indexes in the order the site lists them.</summary>
    public static readonly IReadOnlyList<EntityIndex> Indexes =
    [
        new("people", "人物", [(EntityType.Person, "人物")]),
        new("companies", "公司与机构", [(EntityType.Company, "公司"), (EntityType.Organization, "机构")]),
        new("products", "产品与模型", [(EntityType.Product, "产品"), (EntityType.Model, "模型")]),
        new("works", "论文与作品", [(EntityType.Paper, "论文"), (EntityType.Work, "作品")]),
        new("places", "地点", [(EntityType.Place, "地点")]),
    ];

    /// <summary>The URL segments of the entity indexes, in the order the site lists them.</summary>
    public static readonly IReadOnlyList<string> Segments = [.. Indexes.Select(i => i.Segment)];

    /// <summary>The index that lists entities of <paramref name="type"/>.</summary>
    public static EntityIndex IndexOf(EntityType type) =>
        Indexes.FirstOrDefault(i => i.Types.Any(t => t.Type == type)) ?? throw new ArgumentOutOfRangeException(nameof(type), type, null);

    /// <summary>The URL segment of the index that lists entities of <paramref name="type"/>.</summary>
    public static string Segment(EntityType type) => IndexOf(type).Segment;

    /// <summary>The Chinese title of an index (the segment itself if there is no such index).</summary>
    public static string Title(string segment) => Indexes.FirstOrDefault(i => i.Segment == segment)?.Title ?? segment;

    /// <summary>The Chinese label of an entity type.</summary>
    public static string Label(EntityType type) => IndexOf(type).Types.First(t => t.Type == type).Label;
}
