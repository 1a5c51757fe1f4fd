using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Web.Reading;

/// <summary>One index page (人物, 公司与机构 …) and its entries.</summary>
public sealed record EntityIndexView(EntityIndex Index, IReadOnlyList<EntityPageView> Entries)
{
    public string Segment => Index.Segment;

    public string Title => Index.Title;

    public string Path => Index.Path;
}
