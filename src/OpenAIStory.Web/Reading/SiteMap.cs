using OpenAIStory.Core.Rendering;
using System.Xml.Linq;

namespace OpenAIStory.Web.Reading;

/// <summary>Every public page of the site, for sitemap.xml and the static export: the fixed pages (<see cref="FixedPages"/>),
/// the sections, the entity indexes and the entity pages.</summary>
public sealed class SiteMap(ReadingSite site, EntityPages entities)
{
    /// <summary>Site-relative paths of every page, reading first.</summary>
    public IEnumerable<string> Paths =>
    [
        FixedPages.Reading.Href,
        .. site.Article.Sections.Select(s => Anchors.SectionPage(s.Slug)),
        FixedPages.Source.Href,
        .. FixedPages.Views.Select(v => v.Href),
        .. entities.Indexes.Select(i => i.Path),
        .. entities.All.Select(p => p.Entity.Path).Order(StringComparer.Ordinal),
    ];

    /// <summary>The sitemaps.org XML for the site at <paramref name="baseUrl"/> (no trailing slash).</summary>
    public string Xml(string baseUrl)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "urlset", Paths.Select(p => new XElement(ns + "url", new XElement(ns + "loc", baseUrl + p)))));
        return doc.Declaration + Environment.NewLine + doc.Root;
    }
}
