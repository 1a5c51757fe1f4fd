namespace OpenAIStory.Core.Content.Entities;

/// <summary>Which index an entity type belongs to: its URL segment and its Chinese title.</summary>
public static class EntityRoutes
{
    /// <summary>The URL segments of the entity indexes, in the order the site lists them.</summary>
    public static readonly IReadOnlyList<string> Segments = ["people", "companies", "products", "works", "places"];

    public static string Segment(EntityType type) => type switch
    {
        EntityType.Person => "people",
        EntityType.Company or EntityType.Organization => "companies",
        EntityType.Product or EntityType.Model => "products",
        EntityType.Paper or EntityType.Work => "works",
        EntityType.Place => "places",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The Chinese title of an index.</summary>
    public static string Title(string segment) => segment switch
    {
        "people" => "人物",
        "companies" => "公司与机构",
        "products" => "产品与模型",
        "works" => "论文与作品",
        "places" => "地点",
        _ => segment,
    };

    /// <summary>The Chinese label of an entity type.</summary>
    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "人物",
        EntityType.Company => "公司",
        EntityType.Organization => "机构",
        EntityType.Product => "产品",
        EntityType.Model => "模型",
        EntityType.Paper => "论文",
        EntityType.Work => "作品",
        EntityType.Place => "地点",
        _ => "",
    };
}
