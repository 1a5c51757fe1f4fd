using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Web.Tests;

public sealed class EntityPageTests(SiteFactory site)
{
    private SiteContent Content => site.Services.GetRequiredService<SiteContent>();

    [Fact]
    public async Task Every_mention_in_the_reading_links_to_a_page_that_exists()
    {
        var page = await site.GetDocumentAsync("/");
        var mentions = page.QuerySelectorAll("a.mention[data-entity]");
        mentions.Length.ShouldBe(Content.Document.AllBlocks.SelectMany(b => b.Spans).Count(s => s.Kind == SpanKind.Entity));
        foreach (var href in mentions.Select(m => m.GetAttribute("href")!).Distinct())
        {
            await site.GetDocumentAsync(href);
        }

        mentions.ShouldAllBe(m => page.GetElementById(m.GetAttribute("data-card")!) != null);
    }

    [Fact]
    public async Task Every_note_marker_leads_to_its_note_and_back()
    {
        var page = await site.GetDocumentAsync("/");
        var refs = page.QuerySelectorAll("sup.note-ref a");
        refs.Length.ShouldBeGreaterThan(15);
        foreach (var link in refs)
        {
            var note = page.GetElementById(link.GetAttribute("href")![1..]);
            note.ShouldNotBeNull(link.GetAttribute("href"));
            note.QuerySelector($"a.note-back[href='#{link.Id}']").ShouldNotBeNull();
            note.ParentElement!.PreviousElementSibling!.Id.ShouldBe(link.Closest("p, figure")!.Id, "a note follows its own paragraph");
        }
    }

    [Fact]
    public async Task Every_note_has_a_source_link()
    {
        var page = await site.GetDocumentAsync("/");
        foreach (var note in page.QuerySelectorAll(".note"))
        {
            note.QuerySelectorAll(".note-sources a[href^='http']").Length.ShouldBeGreaterThan(0, note.Id);
        }
    }

    [Fact]
    public async Task Every_entity_page_backlink_lands_on_a_paragraph_that_exists()
    {
        var reading = await site.GetDocumentAsync("/");
        foreach (var entity in Content.Entities.Values)
        {
            var page = await site.GetDocumentAsync(entity.Path);
            foreach (var link in page.QuerySelectorAll("a.mention-link"))
            {
                reading.GetElementById(link.GetAttribute("href")!["/#".Length..]).ShouldNotBeNull(entity.Id);
            }

            foreach (var related in page.QuerySelectorAll(".relations a"))
            {
                Content.Entities.Values.ShouldContain(e => e.Path == related.GetAttribute("href"), entity.Id);
            }
        }
    }

    [Fact]
    public async Task Entity_pages_carry_schema_org_json_ld_with_same_as()
    {
        var page = await site.GetDocumentAsync("/people/sam-altman");
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        json.GetProperty("@type").GetString().ShouldBe("Person");
        json.GetProperty("alternateName").GetString().ShouldBe("Sam Altman");
        json.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()).ShouldContain("https://en.wikipedia.org/wiki/Sam_Altman");
        var org = JsonDocument.Parse((await site.GetDocumentAsync("/companies/microsoft")).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        org.GetProperty("@type").GetString().ShouldBe("Organization");
    }

    [Fact]
    public async Task A_reader_can_walk_the_cast_from_person_to_company_to_person()
    {
        var links = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in Content.Entities.Values)
        {
            var page = await site.GetDocumentAsync(entity.Path);
            links[entity.Path] = [.. page.QuerySelectorAll(".relations a").Select(a => a.GetAttribute("href")!)];
        }

        // Relations are shown from both ends: whoever links to a page is linked back from it.
        foreach (var (from, targets) in links)
        {
            foreach (var to in targets)
            {
                links[to].ShouldContain(from, $"{to} should link back to {from}");
            }
        }

        var start = Content.Entities["sam-altman"].Path;
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var path))
        {
            foreach (var next in links[path].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        // From Altman a reader reaches the story's whole cast of people and companies by relation links alone.
        string[] cast = ["elon-musk", "ilya-sutskever", "geoffrey-hinton", "alex-krizhevsky", "dario-amodei", "greg-brockman",
            "openai", "google", "microsoft", "satya-nadella", "bill-gates", "nvidia", "jensen-huang", "deepmind", "tesla", "y-combinator",
            "paul-graham", "andrew-ng", "fei-fei-li", "baidu", "xiaoice", "li-di", "larry-page", "sergey-brin"];
        cast.Select(id => Content.Entities[id].Path).Where(p => !seen.Contains(p)).ShouldBeEmpty();
        seen.Count.ShouldBeGreaterThanOrEqualTo(Content.Entities.Count * 3 / 4);
    }

    [Theory]
    [InlineData("/people", "人物")]
    [InlineData("/companies", "公司与机构")]
    [InlineData("/products", "产品与模型")]
    [InlineData("/works", "论文与作品")]
    [InlineData("/places", "地点")]
    public async Task Index_pages_list_every_entity_of_their_kind(string path, string title)
    {
        var page = await site.GetDocumentAsync(path);
        page.QuerySelector("h1")!.TextContent.ShouldBe(title);
        var listed = page.QuerySelectorAll(".entity-list a").Select(a => a.GetAttribute("href")).ToHashSet();
        Content.Entities.Values.Where(e => e.Path.StartsWith(path + "/", StringComparison.Ordinal)).ShouldAllBe(e => listed.Contains(e.Path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/places")]
    [InlineData("/people/sam-altman")]
    public async Task The_site_navigation_lists_every_entity_index_the_table_names(string path)
    {
        var page = await site.GetDocumentAsync(path);
        var links = page.QuerySelectorAll("header.site-header nav a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        links.ShouldBe(
        [
            ("/", "阅读"), ("/people", "人物"), ("/companies", "公司与机构"), ("/products", "产品与模型"), ("/works", "论文与作品"), ("/places", "地点"),
            ("/timeline", "时间线"), ("/figures", "数字"), ("/map", "关系图"), ("/checks", "核查"), ("/source", "整理过程"),
        ]);
    }

    [Theory]
    [InlineData("/people/openai")]
    [InlineData("/people/nobody")]
    [InlineData("/animals/cat")]
    public async Task Wrong_kind_or_unknown_entity_is_404(string path) => await site.GetDocumentAsync(path, 404);

    [Fact]
    public async Task Annotations_export_is_w3c_web_annotation_json_ld()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri("/annotations.jsonld", UriKind.Relative), TestContext.Current.CancellationToken);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        json.GetProperty("@context").GetString().ShouldBe("http://www.w3.org/ns/anno.jsonld");
        var items = json.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(json.GetProperty("total").GetInt32());
        var blocks = Content.Document.AllBlocks.ToDictionary(b => "#" + b.Id, b => b.Text, StringComparer.Ordinal);
        foreach (var item in items)
        {
            var selector = item.GetProperty("target").GetProperty("selector");
            selector.GetProperty("type").GetString().ShouldBe("TextQuoteSelector");
            var text = blocks[selector.GetProperty("refinedBy").GetProperty("value").GetString()!];
            text.ShouldContain(selector.GetProperty("prefix").GetString() + selector.GetProperty("exact").GetString() + selector.GetProperty("suffix").GetString());
        }
    }
}
