using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>The one table of the pages every site has whatever its content (the reading, the data views, the ledger,
/// the process page): each one's path and navigation label. The sitemap and the site navigation are made from it,
/// each in its own order.</summary>
public static class FixedPages
{
    /// <summary>The reading (<c>/</c>).</summary>
    public static readonly NavigationLink Reading = new("/", "阅读");

    /// <summary>The data views and the fact-check ledger, in the order the sitemap and the navigation both list them.</summary>
    public static readonly IReadOnlyList<NavigationLink> Views =
    [
        new(Anchors.Timeline, "时间线"),
        new(Anchors.Figures, "数字"),
        new("/map", "关系图"),
        new(Anchors.Ledger, "核查"),
    ];

    /// <summary>The process page: the scrape line by line, what was kept and removed.</summary>
    public static readonly NavigationLink Source = new("/source", "整理过程");
}
