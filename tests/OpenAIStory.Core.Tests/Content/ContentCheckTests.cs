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
        spans.Count(s => s.Kind == Core.Model.SpanKind.Entity).ShouldBe(2);
        spans.OfType<Core.Model.Mention>().ShouldContain(m => m.Origin == "professor");
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
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "<script>alert(1)</script> [点击](javascript:alert(2)) <img src=x onerror=alert(3)> **粗体**", StringComparison.Ordinal));
        var html = ContentLoader.Load(root.FullName).Entities["openai"].NoteHtml.Value;
        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("<img");
        html.ShouldContain("<strong>粗体</strong>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("- outlet: Wikipedia\n    title: OpenAI", "- title: OpenAI", "has no outlet")]
    [InlineData("    accessed: 2026-12-01\n", "", "has no date")]
    [InlineData("    accessed: 2026-12-01\n", "    date: 2026-13-01\n", "is not an ISO date")]
    [InlineData("    title: OpenAI\n", "    title: OpenAI（维基百科镜像转载）\n", "calls itself a copy")]
    public void A_source_names_its_outlet_title_and_date(string line, string replacement, string message)
    {
        Write("entities/openai.md", OpenAI.Replace(line, replacement, StringComparison.Ordinal));
        Error().ShouldMatch(@"entities/openai\.md:\d+: source .*" + message);
    }

    [Fact]
    public void A_link_to_a_denied_copy_domain_is_refused_with_its_line()
    {
        Write("denied-sources.yml", "domains:\n  - wikipedia.org\n");
        Error().ShouldContain("entities/openai.md:11: source 'OpenAI' links to wikipedia.org, a domain of copies");
    }

    [Fact]
    public void A_note_in_the_first_person_or_with_working_notes_is_refused()
    {
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "OpenAI 成立于 2015 年。\n\n我未能查到确切日期。", StringComparison.Ordinal));
        var error = Error();
        error.ShouldContain("entities/openai.md:15: note: working note '未能查到'");
        error.ShouldContain("entities/openai.md:15: note: first person '我'");
        error.ShouldContain("first person '我'");
    }

    [Fact]
    public void First_person_inside_a_quotation_is_the_quoted_person_s()
    {
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "马斯克答：“是的，我支持人类。”", StringComparison.Ordinal));
        ContentLoader.Load(root.FullName).Entities["openai"].NoteHtml.Value.ShouldContain("我支持人类");
    }

    [Fact]
    public void A_known_entity_spelled_another_way_is_reported()
    {
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "OpenAI 由山姆·奥尔特曼（Sam Altman）等人创立。", StringComparison.Ordinal));
        Error().ShouldMatch(@"entities/openai\.md:13: '由?山姆·奥尔特曼（Sam Altman）' spells sam-altman in an undeclared way: write 萨姆·阿尔特曼");
    }

    [Fact]
    public void A_variant_of_a_preferred_term_is_reported()
    {
        Write("terms.yml", "- use: 利润上限\n  not: [有限营利]\n");
        Write("entities/openai.md", OpenAI.Replace("OpenAI 成立于 2015 年。", "OpenAI 2019 年改为有限营利结构。", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:13: '有限营利' is written '利润上限' everywhere");
    }

    [Fact]
    public void A_fact_needs_the_number_of_the_source_that_supports_it()
    {
        Write("entities/openai.md", OpenAI.Replace("summary: 人工智能研究机构。", "summary: 人工智能研究机构。\nfacts:\n  - year: 2015\n    text: 成立。\n    source: 3", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:8: fact '成立。' needs source: N");
    }

    [Fact]
    public void A_note_without_a_checked_date_is_refused()
    {
        Write("entities/openai.md", OpenAI.Replace("checked: 2026-12-01\n", "", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:2: checked: must give the ISO date");
    }

    [Fact]
    public void A_correction_annotation_is_a_claim_now()
    {
        Write("annotations/notes.yml", "- id: old\n  kind: correction\n  quote: 阿尔特曼接了电话\n  note: 不对。\n  sources: []\n");
        Error().ShouldContain("annotations/notes.yml:1: annotation 'old': kind 'correction' is a checked claim now");
    }

    [Fact]
    public void A_malformed_date_in_an_annotation_is_named_with_its_line()
    {
        Write("annotations/notes.yml", Annotations + "\n- id: dated\n  kind: context\n  quote: 阿尔特曼接了电话\n  note: 背景。\n  date: 2015-02-30\n  event: 某事\n  sources:\n    - outlet: 某报\n      title: 某文\n      date: 2015\n");
        Error().ShouldContain("annotations/notes.yml:7: annotation 'dated': date '2015-02-30' is not an ISO date");
    }

    private const string Claim = """
        - id: call
          verdict: accurate
          quote: 阿尔特曼接了电话
          claim: 文章称阿尔特曼接了电话。
          note: 他确实接了电话。
          sources:
            - outlet: 某报
              title: 电话
              date: 2015-07
        """;

    [Fact]
    public void A_claim_anchors_once_and_carries_its_verdict()
    {
        Write("claims/a.yml", Claim);
        var content = ContentLoader.Load(root.FullName);
        content.Claims["call"].Verdict.ShouldBe(Core.Content.Claims.Verdict.Accurate);
        content.Claims["call"].Scale.Words.ShouldBe("属实");
        content.Document.AllBlocks.SelectMany(b => b.Spans).Count(s => s is Core.Model.ClaimMarker { ClaimId: "call" }).ShouldBe(1);
    }

    [Fact]
    public void Each_quote_is_found_once_and_its_place_kept_for_the_stages_and_views_after()
    {
        Write("annotations/notes.yml", Annotations);
        Write("claims/a.yml", Claim + "\n- id: headline\n  verdict: opinion\n  quote: 标题甲\n  claim: 标题。\n  note: 一个判断。\n  sources: []\n");
        var document = ContentLoader.Load(root.FullName).Document;
        var markers = document.AllBlocks.SelectMany(b => b.Spans.OfType<Core.Model.EditorialMarker>().Select(m => b.Text[m.Quote])).ToList();
        markers.ShouldBe(["蒙特利尔大学一位教授", "阿尔特曼接了电话"], ignoreOrder: true);
        document.ClaimsOnHeadings.ShouldBe(new Dictionary<string, string> { ["headline"] = "title" });
    }

    [Theory]
    [InlineData("verdict: accurate", "verdict: true", "verdict 'true' is not one of: accurate, mostly-accurate")]
    [InlineData("quote: 阿尔特曼接了电话", "quote: 阿尔特曼挂了电话", "quote '阿尔特曼挂了电话' matches nowhere")]
    [InlineData("quote: 阿尔特曼接了电话", "quote: 阿尔特曼", "quote '阿尔特曼' matches 2 places")]
    [InlineData("  claim: 文章称阿尔特曼接了电话。\n", "", "claim: is empty")]
    [InlineData("note: 他确实接了电话。", "note: 我查过了。", "first person '我'")]
    [InlineData("  sources:", "  date: 2015\n  sources:", "a dated claim needs 'event:'")]
    [InlineData("  sources:", "  asOf: 2015\n  sources:", "asOf 2015 given, but the quote holds no amount")]
    public void A_bad_claim_is_named_with_its_file_and_line(string from, string to, string message)
    {
        Write("claims/a.yml", Claim.Replace(from, to, StringComparison.Ordinal));
        Error().ShouldContain("claims/a.yml:1: claim 'call': " + message);
    }

    [Fact]
    public void Only_an_opinion_may_have_no_source()
    {
        Write("claims/a.yml", "- id: view\n  verdict: opinion\n  quote: 阿尔特曼又打了电话\n  claim: 一句修辞。\n  note: 这是修辞。\n  sources: []\n- id: fact\n  verdict: wrong\n  quote: 阿尔特曼接了电话\n  claim: 一句事实。\n  note: 不对。\n  sources: []\n");
        var error = Error();
        error.ShouldContain("claims/a.yml:7: claim 'fact': a claim needs at least one source");
        error.ShouldNotContain("'view'");
    }

    [Fact]
    public void An_event_title_lands_on_a_date_or_is_named_with_its_line()
    {
        File.WriteAllText(Path.Combine(root.FullName, "a.txt"), Scrape.Replace("阿尔特曼又打了电话。", "2015年,阿尔特曼又打了电话。", StringComparison.Ordinal));
        Write("events.yml", "- quote: 2015年\n  title: 又打电话\n- quote: 又打了\n  title: 不是日期\n");
        Error().ShouldContain("events.yml:4: event '不是日期': the quote '又打了' holds no date");
        Write("events.yml", "- quote: 2015年\n  title: 又打电话\n");
        ContentLoader.Load(root.FullName).Events.Count.ShouldBe(1);
    }

    [Fact]
    public void An_event_title_that_begins_another_is_named_on_its_own_line()
    {
        File.WriteAllText(Path.Combine(root.FullName, "a.txt"), Scrape.Replace("阿尔特曼又打了电话。", "2015年,阿尔特曼又打了电话。", StringComparison.Ordinal));
        Write("events.yml", "- quote: 2015年\n  title: 又打电话了\n- quote: 又打了\n  title: 又打电话\n");
        Error().ShouldContain("events.yml:4: event '又打电话': the quote '又打了' holds no date");
    }

    [Fact]
    public void An_alias_that_begins_another_is_named_on_its_own_line()
    {
        Write("entities/openai.md", OpenAI.Replace("summary:", "aliases: [阿尔特曼]\nsummary:", StringComparison.Ordinal));
        Write("entities/sam-altman.md", Altman.Replace("aliases: [阿尔特曼]", "aliases:\n  - 阿尔特曼先生\n  - 阿尔特曼", StringComparison.Ordinal));
        Error().ShouldContain("entities/sam-altman.md:8: alias '阿尔特曼' is also an alias of 'openai'");
    }

    [Fact]
    public void A_fact_that_begins_another_is_named_on_its_own_line()
    {
        Write("entities/openai.md", OpenAI.Replace("summary: 人工智能研究机构。", "summary: 人工智能研究机构。\nfacts:\n  - text: 成立于旧金山。\n    source: 1\n  - text: 成立\n    source: 3", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:9: fact '成立' needs source: N");
    }

    [Fact]
    public void A_first_person_summary_is_named_on_its_own_line_not_where_the_words_first_stand()
    {
        Write("entities/openai.md", OpenAI.Replace("name: OpenAI", "name: OpenAI\noriginal: 我们的实验室", StringComparison.Ordinal)
            .Replace("summary: 人工智能研究机构。", "summary: >-\n  人工智能研究机构，\n  我们的实验室。", StringComparison.Ordinal));
        Error().ShouldContain("entities/openai.md:8: summary: first person '我们'");
    }

    [Theory]
    [InlineData("claims/a.yml", "- id: call\n  verdict: opinion\n  quote: 阿尔特曼接了电话\n  claim: 一句。\n  note: 一个判断。\n  sources: []\n- id:\n  verdict: opinion\n  quote: 阿尔特曼又打了电话\n  claim: 一句。\n  note: 一个判断。\n  sources: []\n", 7)]
    [InlineData("annotations/notes.yml", "- id: call\n  kind: reference\n  entity: sam-altman\n  quote: 阿尔特曼接了电话\n- id:\n  kind: reference\n  entity: sam-altman\n  quote: 阿尔特曼又打了电话\n", 5)]
    public void An_entry_without_an_id_is_named_with_its_line(string file, string yaml, int line)
    {
        Write(file, yaml);
        Error().ShouldContain($"{file}:{line}: id is empty");
    }

    [Fact]
    public void A_quoted_claim_id_is_named_with_its_line()
    {
        Write("claims/a.yml", "- id: other\n  verdict: opinion\n  quote: 阿尔特曼又打了电话\n  claim: 一句修辞。\n  note: 这是修辞。\n  sources: []\n"
            + Claim.Replace("- id: call", "- id: \"call\"", StringComparison.Ordinal).Replace("verdict: accurate", "verdict: true", StringComparison.Ordinal));
        Error().ShouldContain("claims/a.yml:7: claim 'call': verdict 'true' is not one of");
    }

    [Fact]
    public void A_data_table_s_problems_are_named_on_their_own_lines()
    {
        Write("data/usd-cny.yml", "# 2015: the year of the founding\ntitle: 汇率\nsources:\n  - outlet: 国家统计局\n    title: 公报\n    accessed: 2026-12-01\nrates:\n  2014: 6.1428\n  2015: 0\n");
        Write("data/cpi.yml", "us:\n  title: CPI-U\n  sources:\n    - outlet: BLS\n      title: CPI\n      accessed: 2026-12-01\n  values:\n    2015: 237.017\ncn:\n  title: CPI\n  sources:\n    - outlet: 国家统计局\n      title: CPI\n  yoy:\n    2015: 101.4\n");
        var error = Error();
        error.ShouldContain("data/usd-cny.yml:9: rate 0 for 2015 is not a plausible CNY-per-USD rate");
        error.ShouldMatch(@"data/cpi\.yml:13: source .*has no date");
    }

    private string Error() => Should.Throw<ContentException>(() => ContentLoader.Load(root.FullName)).Message;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
