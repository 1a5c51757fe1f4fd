using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Web.Reading;

/// <summary>The site navigation: the reading, every entity index (from <see cref="EntityRoutes"/>), the data views and
/// the process page (from <see cref="FixedPages"/>).</summary>
public static class SiteNavigation
{
    /// <summary>The links in the order the header shows them.</summary>
    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        FixedPages.Reading,
        .. EntityRoutes.Indexes.Select(i => new NavigationLink(i.Path, i.Title)),
        .. FixedPages.Views,
        FixedPages.Source,
    ];
}
