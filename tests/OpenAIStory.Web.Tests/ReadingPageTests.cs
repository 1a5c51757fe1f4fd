using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Web.Tests;

public sealed class ReadingPageTests(SiteFactory site)
{
    private ArticleDocument Document => site.Services.GetRequiredService<SiteContent>().Document;

    [Fact]
    public async Task Page_is_chinese_with_the_article_in_an_article_element()
    {
        var page = await site.GetDocumentAsync("/");
        page.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        page.QuerySelector("article h1 > #article-title-text")!.TextContent.ShouldBe(Document.Title, "the heading is named by the title alone; verdict marks follow it");
        page.Title.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Byline_links_to_the_original()
    {
        var page = await site.GetDocumentAsync("/");
        var link = page.QuerySelector(".byline a")!;
        link.GetAttribute("href").ShouldBe(Document.Byline!.Url);
        page.QuerySelector(".byline .author")!.TextContent.ShouldBe(Document.Byline.Author);
    }

    [Fact]
    public async Task Every_section_has_its_id_heading_and_toc_entry()
    {
        var page = await site.GetDocumentAsync("/");
        Document.Sections.Length.ShouldBe(3);
        foreach (var section in Document.Sections)
        {
            var element = page.QuerySelector($"article section#{section.Slug}");
            element.ShouldNotBeNull(section.Slug);
            element.QuerySelector("h2")!.TextContent.ShouldStartWith(section.Heading);
            page.QuerySelector($"nav.toc a[href='#{section.Slug}']").ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Every_block_has_its_stable_id_and_a_permalink()
    {
        var page = await site.GetDocumentAsync("/");
        foreach (var block in Document.AllBlocks)
        {
            var element = page.GetElementById(block.Id);
            element.ShouldNotBeNull(block.Id);
            if (block.Kind == BlockKind.Paragraph)
            {
                element.LocalName.ShouldBe("p");
                element.QuerySelector($"a.permalink[href='#{block.Id}']").ShouldNotBeNull();
            }
            else
            {
                element.LocalName.ShouldBe("figure");
                element.QuerySelector("figcaption").ShouldNotBeNull();
            }
        }
    }

    [Fact]
    public async Task No_removed_line_appears_in_the_reading()
    {
        var page = await site.GetDocumentAsync("/");
        var text = page.QuerySelector("main")!.TextContent;
        var removed = Document.RemovedLines.ToList();
        removed.Count.ShouldBeGreaterThan(5);
        foreach (var line in removed.Where(l => l.Reason != RemovalReason.DuplicateTitle))
        {
            text.ShouldNotContain(line.Text, customMessage: $"line {line.Number} ({line.Reason})");
        }
    }

    [Fact]
    public async Task Appendix_is_set_apart_and_labelled()
    {
        var page = await site.GetDocumentAsync("/");
        var appendix = page.QuerySelector("article aside.appendix#appendix")!;
        appendix.QuerySelectorAll("p[id]").Length.ShouldBe(Document.Appendix.Length);
        appendix.QuerySelector(".appendix-note")!.TextContent.ShouldContain("不属于原文");
        page.QuerySelectorAll("article section p").Select(p => p.Id).ShouldNotContain(Document.Appendix[0].Id);
    }

    [Fact]
    public async Task Reference_markers_are_visible_and_explained()
    {
        var page = await site.GetDocumentAsync("/");
        var markers = page.QuerySelectorAll("sup.ref-marker a");
        markers.Select(m => m.TextContent).ShouldBe(["[3]", "[7]"]);
        markers.ShouldAllBe(m => m.GetAttribute("href") == "#lost-references");
        page.GetElementById("lost-references")!.TextContent.ShouldContain("[3]");
    }

    [Fact]
    public async Task Tags_are_listed_with_code_and_exchange()
    {
        var page = await site.GetDocumentAsync("/");
        var tags = page.QuerySelectorAll(".tags li");
        tags.Length.ShouldBe(Document.Tags.Length);
        page.QuerySelector(".tags .cashtag .code")!.TextContent.ShouldContain("深圳证券交易所");
    }

    [Fact]
    public async Task Captions_are_figures_that_say_the_image_was_not_kept()
    {
        var page = await site.GetDocumentAsync("/");
        var figures = page.QuerySelectorAll("figure.lost-figure");
        figures.Length.ShouldBe(4);
        figures.ShouldAllBe(f => f.TextContent.Contains("原图未随转载保留", StringComparison.Ordinal));
    }
}
