using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class AssembleSectionsTests
{
    private const string Article = "标题\n\n导语。\n\n信仰:甲乙丙\n\n第一段。\n\n图注短语\n\n接盘:丁戊己\n\n第二段[3]。\n\n附:转载者的话。";

    [Fact]
    public void Lead_sections_and_appendix_are_assembled_in_order()
    {
        var doc = Scrape.Parse(Article);
        doc.Lead.Select(b => b.Text).ShouldBe(["导语。"]);
        doc.Sections.Select(s => (s.Heading, s.Slug)).ShouldBe([("信仰：甲乙丙", "信仰"), ("接盘：丁戊己", "接盘")]);
        doc.Sections[0].Blocks.Select(b => b.Kind).ShouldBe([BlockKind.Paragraph, BlockKind.Caption]);
        doc.Appendix.Single().Text.ShouldBe("附：转载者的话。");
    }

    [Fact]
    public void Editor_slugs_come_from_the_sidecar()
    {
        var parser = new Core.Parsing.ScrapeParser(new Dictionary<string, string>(StringComparer.Ordinal) { ["信仰"] = "faith" });
        parser.Parse("t", Article).Document.Sections.Select(s => s.Slug).ShouldBe(["faith", "接盘"]);
    }

    [Fact]
    public void Reference_markers_become_spans()
    {
        var block = Scrape.Parse(Article).Sections[1].Blocks.Single();
        block.Spans.Single().ShouldBe(new ReferenceMarker(3, 3, 3));
    }

    [Fact]
    public void Paragraph_ids_survive_edits_to_other_paragraphs()
    {
        var before = Scrape.Parse(Article).AllBlocks.ToDictionary(b => b.Text, b => b.Id);
        var edited = Article.Replace("导语。", "导语改过了。", StringComparison.Ordinal).Replace("第一段。", "新加的一段。\n\n第一段。", StringComparison.Ordinal);
        var after = Scrape.Parse(edited).AllBlocks.ToDictionary(b => b.Text, b => b.Id);
        foreach (var (text, id) in before.Where(kv => after.ContainsKey(kv.Key)))
        {
            after[text].ShouldBe(id, text);
        }

        after.Count(kv => before.ContainsKey(kv.Key)).ShouldBe(before.Count - 1);
    }

    [Fact]
    public void Identical_paragraphs_get_distinct_ids()
    {
        var doc = Scrape.Parse("标题\n\n同样的一段。\n\n同样的一段。");
        doc.Lead.Select(b => b.Id).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void No_text_of_the_article_is_lost()
    {
        var raw = File.ReadAllText(Repo.PathOf("content", "article-scrape.txt"));
        var doc = new Core.Parsing.ScrapeParser().Parse("seed", raw).Document;
        var kept = doc.Lines.Where(l => l.Role is LineRole.Paragraph or LineRole.Caption or LineRole.Heading).Select(l => l.Number).ToHashSet();
        var accounted = doc.Lines.Where(l => l.Role != LineRole.Body).Select(l => l.Number);
        accounted.Count().ShouldBe(doc.Lines.Length);
        // Every kept line is in exactly one block or heading, with the same characters up to punctuation width.
        foreach (var line in doc.Lines.Where(l => kept.Contains(l.Number)))
        {
            var shown = doc.AllBlocks.FirstOrDefault(b => b.Line == line.Number)?.Text ?? doc.Sections.Single(s => s.Line == line.Number).Heading;
            Core.Text.StableId.Fold(shown).ShouldBe(Core.Text.StableId.Fold(line.Raw));
        }
    }
}
