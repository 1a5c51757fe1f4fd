using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Core.Tests.Content;

public sealed class EntityRoutesTests
{
    [Fact]
    public void Every_entity_type_is_listed_by_exactly_one_index()
    {
        foreach (var type in Enum.GetValues<EntityType>())
        {
            EntityRoutes.Indexes.Count(i => i.Types.Any(t => t.Type == type)).ShouldBe(1, type.ToString());
            EntityRoutes.Label(type).ShouldNotBeNullOrWhiteSpace();
        }

        EntityRoutes.Segments.ShouldBeUnique();
        EntityRoutes.Segments.ShouldBe(["people", "companies", "products", "works", "places"]);
    }

    [Theory]
    [InlineData(EntityType.Person, "people", "人物", "人物")]
    [InlineData(EntityType.Organization, "companies", "机构", "公司与机构")]
    [InlineData(EntityType.Model, "products", "模型", "产品与模型")]
    [InlineData(EntityType.Paper, "works", "论文", "论文与作品")]
    [InlineData(EntityType.Place, "places", "地点", "地点")]
    public void A_type_has_its_segment_label_and_index_title(EntityType type, string segment, string label, string title)
    {
        EntityRoutes.Segment(type).ShouldBe(segment);
        EntityRoutes.Label(type).ShouldBe(label);
        EntityRoutes.Title(segment).ShouldBe(title);
        EntityRoutes.IndexOf(type).Path.ShouldBe("/" + segment);
    }
}
