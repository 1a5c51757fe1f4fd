using OpenAIStory.Core.Content;

namespace OpenAIStory.Core.Tests.Content;

/// <summary>The content checks on a small content folder built per test, broken one way at a time.</summary>
public sealed class ContentCheckTests : IDisposable
{
    private const string Scrape = "标题甲\n\n来源:雪球App,作者: 某人\n\n蒙特利尔大学一位教授给了名单。阿尔特曼接了电话。\n\n阿尔特曼又打了电话。\n";

    private const string Altman = """
        ---
        id: sam-altman
        type: person
        name: 萨姆·阿尔特曼
        original: Sam Altman
        aliases: [阿尔特曼]
        summary: 美国企业家。
        relations:
          - type: co-founded
            target: openai
            year: 2015
        checked: 2026-12-01
        sources:
          - outlet: Wikipedia
            title: Sam Altman
            accessed: 2026-12-01
            url: https://en.wikipedia.org/wiki/Sam_Altman
        ---
        萨姆·阿尔特曼是 OpenAI 的联合创始人。
        """;

    private const string OpenAI = """
        ---
        id: openai
        type: organization
        name: OpenAI
        summary: 人工智能研究机构。
        checked: 2026-12-01
        sources:
          - outlet: Wikipedia
            title: OpenAI
            accessed: 2026-12-01
            url: https://en.wikipedia.org/wiki/OpenAI
        ---
        OpenAI 成立于 2015 年。
        """;

    private const string Annotations = """
        - id: professor
          kind: reference
          entity: sam-altman
          quote: 蒙特利尔大学一位教授
          prefix: ""
          suffix: 给了名单
        """;

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("openaistory-check-");

    public ContentCheckTests()
    {
        Write("article.yml", "scrape: a.txt\n");
        Write("a.txt", Scrape);
        Write("entities/sam-altman.md", Altman);
        Write("entities/openai.md", OpenAI);
        Write("annotations/notes.yml", Annotations);
    }

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void A_sound_folder_loads_with_mentions_and_the_reference_anchored()
    {
        var content = ContentLoader.Load(root.FullName);
        content.Entities.Count.ShouldBe(2);
        var spans = content.Document.Lead[0].Spans;
        spans.Count(s => s.Kind == Model.SpanKind.Entity).ShouldBe(2);
        spans.ShouldContain(s => s.Kind == Model.SpanKind.Entity && s.Origin == "professor");
    }

    [Fact]
    public void A_bad_front_matter_line_is_named()
    {
        Write("entities/openai.md", OpenAI.Replace("summary: 人工智能研究机构。", "summary: [unclosed", StringComparison.Ordinal));
        Error().ShouldMatch(@"entities/openai\.md:\d+: YAML");
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_line()
    {
        Write("entities/openai.md", OpenAI.Replace("summary:", "summery: x\nsummary:", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:5:");
    }

    [Fact]
    public void A_relation_to_an_unknown_id_is_named_with_its_line()
    {
        Write("entities/sam-altman.md", Altman.Replace("target: openai", "target: open-ai", StringComparison.Ordinal));
        Error().ShouldContain("entities/sam-altman.md:10: relation 'co-founded' points to unknown entity 'open-ai'");
    }

    [Fact]
    public void An_orphaned_quote_is_named_with_its_line()
    {
        Write("annotations/notes.yml", Annotations.Replace("蒙特利尔大学一位教授", "多伦多大学一位教授", StringComparison.Ordinal));
        Error().ShouldContain("annotations/notes.yml:1: annotation 'professor': quote '多伦多大学一位教授' matches nowhere");
    }

    [Fact]
    public void An_ambiguous_quote_is_named_with_its_line()
    {
        Write("annotations/notes.yml", "- id: twice\n  kind: reference\n  entity: sam-altman\n  quote: 阿尔特曼\n");
        Error().ShouldContain("annotations/notes.yml:1: annotation 'twice': quote '阿尔特曼' matches 2 places");
    }

    [Fact]
    public void An_alias_claimed_by_two_entities_is_an_error()
    {
        Write("entities/openai.md", OpenAI.Replace("summary:", "aliases: [阿尔特曼]\nsummary:", StringComparison.Ordinal));
        Error().ShouldContain("alias '阿尔特曼' is also an alias of");
    }

    [Fact]
    public void A_note_without_sources_or_with_a_script_url_is_an_error()
    {
        Write("entities/openai.md", OpenAI.Replace("https://en.wikipedia.org/wiki/OpenAI", "javascript:alert(1)", StringComparison.Ordinal));
        Error().ShouldContain("'javascript:alert(1)' is not an http(s) URL");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Write("entities/sam-altman.md", Altman.Replace("target: openai", "target: nobody", StringComparison.Ordinal));
        Write("annotations/notes.yml", Annotations.Replace("蒙特利尔", "渥太华", StringComparison.Ordinal));
        Should.Throw<ContentException>(() => ContentLoader.Load(root.FullName)).Errors.Count.ShouldBe(2);
    }

    [Fact]
    public void Hostile_markup_in_a_note_is_rendered_harmless()
    {
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "<script>alert(1)</script> [点我](javascript:alert(2)) <img src=x onerror=alert(3)> **粗体**", StringComparison.Ordinal));
        var html = ContentLoader.Load(root.FullName).Entities["openai"].NoteHtml;
        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("<img");
        html.ShouldContain("<strong>粗体</strong>");
        html.ShouldContain("&lt;script&gt;");
    }

    private string Error() => Should.Throw<ContentException>(() => ContentLoader.Load(root.FullName)).Message;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
