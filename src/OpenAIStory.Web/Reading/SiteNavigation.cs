using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>The site navigation: the reading, every entity index (from <see cref="EntityRoutes"/>), the data views and
/// the process page.</summary>
public static class SiteNavigation
{
    /// <summary>The links in the order the header shows them.</summary>
    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        new("/", "阅读"),
        .. EntityRoutes.Indexes.Select(i => new NavigationLink(i.Path, i.Title)),
        new(Anchors.Timeline, "时间线"),
        new(Anchors.Figures, "数字"),
        new("/map", "关系图"),
        new(Anchors.Ledger, "核查"),
        new("/source", "整理过程"),
    ];
}
