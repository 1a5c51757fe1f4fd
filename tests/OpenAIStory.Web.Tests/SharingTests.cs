using System.Text.Json;
using System.Xml.Linq;

namespace OpenAIStory.Web.Tests;

public sealed class SharingTests(SiteFactory site)
{
    public static TheoryData<string> Pages => new() { "/", "/s/faith", "/s/takeover", "/source", "/people", "/people/sam-altman", "/companies/openai", "/works/attention-is-all-you-need" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_its_own_title_description_canonical_and_card_tags(string path)
    {
        var page = await site.GetDocumentAsync(path);
        page.Title.ShouldNotBeNullOrWhiteSpace();
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content");
        description.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!.ShouldEndWith(path == "/" ? "/" : path);
        page.QuerySelector("meta[property='og:title']")!.GetAttribute("content").ShouldBe(page.Title);
        page.QuerySelector("meta[property='og:description']")!.GetAttribute("content").ShouldBe(description);
        page.QuerySelector("meta[property='og:url']").ShouldNotBeNull();
        page.QuerySelector("meta[name='twitter:card']").ShouldNotBeNull();
        page.QuerySelector("link[rel=icon]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Titles_are_distinct_across_pages()
    {
        var titles = new List<string>();
        foreach (var path in Pages)
        {
            titles.Add((await site.GetDocumentAsync(path)).Title!);
        }

        titles.Distinct().Count().ShouldBe(titles.Count);
    }

    [Fact]
    public async Task The_reading_carries_schema_org_article_json_ld()
    {
        var page = await site.GetDocumentAsync("/");
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        json.GetProperty("@type").GetString().ShouldBe("Article");
        json.GetProperty("headline").GetString().ShouldBe("没人能复制Chat");
        json.GetProperty("author").GetProperty("name").GetString().ShouldBe("丁山猎人");
        json.GetProperty("datePublished").GetString().ShouldBe("2023");
        json.GetProperty("isBasedOn").GetProperty("url").GetString().ShouldBe("https://xueqiu.com/5369439966/245307281");
    }

    [Fact]
    public async Task Sitemap_lists_every_page_and_robots_points_to_it()
    {
        using var client = site.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        var locs = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        locs.ShouldContain("/");
        locs.ShouldContain("/s/faith");
        locs.ShouldContain("/people/sam-altman");
        foreach (var loc in locs)
        {
            await site.GetDocumentAsync(loc);
        }

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        robots.ShouldContain("Sitemap: http://localhost:5080/sitemap.xml", customMessage: "the configured address (Development default), not the request's");
    }
}
