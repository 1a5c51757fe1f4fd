namespace OpenAIStory.Web.Reading;

/// <summary>One index page (人物, 公司与机构 …) and its entries.</summary>
public sealed record EntityIndexView(string Segment, string Title, IReadOnlyList<EntityPageView> Entries);
