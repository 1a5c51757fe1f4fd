using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Web.Tests;

public sealed class ViewPageTests(SiteFactory site)
{
    private SiteContent Content => site.Services.GetRequiredService<SiteContent>();

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/map")]
    public async Task Each_chart_is_described_and_has_a_table_beside_it(string path)
    {
        var page = await site.GetDocumentAsync(path);
        var svg = page.QuerySelector("figure.viz svg")!;
        foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
        {
            page.GetElementById(id)!.TextContent.ShouldNotBeNullOrWhiteSpace();
        }

        page.QuerySelector("table.view-table caption").ShouldNotBeNull();
        page.QuerySelectorAll("table.view-table tbody tr").Length.ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/map")]
    public async Task Every_item_leads_to_a_paragraph_or_entity_that_exists(string path)
    {
        var page = await site.GetDocumentAsync(path);
        var reading = await site.GetDocumentAsync("/");
        var entityPaths = Content.Entities.Values.Select(e => e.Path).ToHashSet();
        foreach (var href in page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal)).Distinct())
        {
            if (href.StartsWith("/#", StringComparison.Ordinal))
            {
                reading.GetElementById(href[2..]).ShouldNotBeNull(href);
            }
            else if (!href.StartsWith('#') && href.Count(c => c == '/') == 2)
            {
                entityPaths.ShouldContain(href);
            }
        }
    }

    [Fact]
    public async Task The_timeline_holds_every_dated_paragraph_and_the_editorial_dates_as_such()
    {
        var page = await site.GetDocumentAsync("/timeline");
        var rows = page.QuerySelectorAll("table.view-table tbody tr");
        var dated = Content.Document.AllBlocks.Where(b => b.Spans.Any(s => s is DateSpan { Precision: not DatePrecision.Duration })).Select(b => b.Id).ToHashSet();
        dated.ShouldAllBe(id => rows.Any(r => r.QuerySelector($"a[href='/#{id}']") != null));
        var release = rows.Single(r => r.QuerySelector("time")!.GetAttribute("datetime") == "2022-11-30");
        release.ClassList.ShouldContain("editorial");
        page.QuerySelectorAll("svg .event.editorial").Length.ShouldBe(rows.Count(r => r.ClassList.Contains("editorial")));
    }

    [Fact]
    public async Task The_ledger_converts_every_sum_and_charts_them_on_a_log_scale()
    {
        var page = await site.GetDocumentAsync("/figures");
        var amounts = Content.Document.AllBlocks.SelectMany(b => b.Spans).Count(s => s.Kind == SpanKind.Amount);
        page.QuerySelectorAll("table.view-table tbody tr").Length.ShouldBe(amounts);
        var pledge = page.QuerySelectorAll("table.view-table tbody tr").First(r => r.QuerySelector("th")!.TextContent == "10亿美元");
        pledge.QuerySelectorAll("td")[2].TextContent.ShouldBe("62.3亿", "1e9 USD at 2015's average rate of 6.2284");
        page.QuerySelectorAll("svg rect.bar").Length.ShouldBe(7);
        page.QuerySelector("#fc-desc")!.TextContent.ShouldContain("对数");
    }

    [Fact]
    public async Task Every_entity_page_with_relations_shows_its_neighbourhood()
    {
        var page = await site.GetDocumentAsync("/people/sam-altman");
        var nodes = page.QuerySelectorAll("figure.neighbourhood svg a.node");
        nodes.Select(n => n.GetAttribute("href")).ShouldContain("/companies/openai");
        nodes.Single(n => n.ClassList.Contains("centre")).GetAttribute("href").ShouldBe("/people/sam-altman");
    }

    [Fact]
    public async Task Date_and_money_cards_link_to_their_place_in_the_views()
    {
        var reading = await site.GetDocumentAsync("/");
        var timeline = await site.GetDocumentAsync("/timeline");
        var figures = await site.GetDocumentAsync("/figures");
        var links = reading.QuerySelectorAll("template").OfType<AngleSharp.Html.Dom.IHtmlTemplateElement>()
            .SelectMany(t => t.Content.QuerySelectorAll("a[href^='/timeline#'], a[href^='/figures#']")).Select(a => a.GetAttribute("href")!).ToList();
        links.Count.ShouldBeGreaterThan(30);
        foreach (var link in links)
        {
            var (view, id) = (link[..link.IndexOf('#', StringComparison.Ordinal)], link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            (view == "/timeline" ? timeline : figures).GetElementById(id).ShouldNotBeNull(link);
        }
    }
}
