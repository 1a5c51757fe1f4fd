using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Web.Tests;

public sealed class SectionAndSourcePageTests(SiteFactory site)
{
    private ArticleDocument Document => site.Services.GetRequiredService<SiteContent>().Document;

    [Fact]
    public async Task Every_section_has_its_own_page_with_title_and_neighbours()
    {
        var sections = Document.Sections;
        for (var i = 0; i < sections.Length; i++)
        {
            var page = await site.GetDocumentAsync($"/s/{sections[i].Slug}");
            page.Title!.ShouldStartWith(sections[i].Heading);
            page.QuerySelector($"section#{sections[i].Slug} h2")!.TextContent.ShouldStartWith(sections[i].Heading);
            page.QuerySelector($"a[href='/#{sections[i].Slug}']").ShouldNotBeNull();
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!.ShouldEndWith($"/s/{sections[i].Slug}");
            (page.QuerySelector("a[rel=prev]") is not null).ShouldBe(i > 0);
            (page.QuerySelector("a[rel=next]") is not null).ShouldBe(i < sections.Length - 1);
            page.QuerySelectorAll("section p[id]").Length.ShouldBe(sections[i].Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        }
    }

    [Theory]
    [InlineData("/s/no-such-section")]
    [InlineData("/s/信仰")]
    [InlineData("/nowhere")]
    public async Task Unknown_addresses_get_a_helpful_chinese_404(string path)
    {
        var page = await site.GetDocumentAsync(path, 404);
        page.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        page.QuerySelector("h1")!.TextContent.ShouldBe("找不到这个页面");
        page.QuerySelectorAll(".not-found a[href^='/s/']").Length.ShouldBe(Document.Sections.Length);
    }

    [Fact]
    public async Task Source_page_marks_every_line_and_every_removal_reason()
    {
        var page = await site.GetDocumentAsync("/source");
        var rows = page.QuerySelectorAll("table.source-lines tbody tr");
        rows.Length.ShouldBe(Document.Lines.Length);
        foreach (var line in Document.RemovedLines)
        {
            var row = page.GetElementById($"L{line.Number}")!;
            row.GetAttribute("data-status").ShouldBe("removed");
            row.GetAttribute("data-reason").ShouldBe(line.Reason.ToString());
            row.QuerySelector(".raw")!.TextContent.ShouldBe(line.Raw);
            row.QuerySelector(".verdict")!.TextContent.ShouldContain("已删除");
        }

        page.GetElementById($"L{Document.Byline!.Line}")!.GetAttribute("data-status").ShouldBe("meta");
    }

    [Fact]
    public async Task Kept_lines_on_the_source_page_link_to_their_place_in_the_reading()
    {
        var page = await site.GetDocumentAsync("/source");
        foreach (var block in Document.AllBlocks)
        {
            page.GetElementById($"L{block.Line}")!.QuerySelector($"a[href='/#{block.Id}']").ShouldNotBeNull();
        }
    }
}
