using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class ResolveMentionsTests
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["萨姆·阿尔特曼"] = "sam-altman",
        ["阿尔特曼"] = "sam-altman",
        ["奥特曼"] = "sam-altman",
        ["YCombinator"] = "y-combinator",
        ["YC"] = "y-combinator",
        ["GPT-3"] = "gpt-3",
        ["Chat-GPT"] = "chatgpt",
        ["A100"] = "nvidia-a100",
    };

    private static List<(string Text, string Id)> Mentions(string text)
    {
        var doc = Tests.Parsing.Scrape.Parse("标题\n\n" + text);
        var block = new ResolveMentions(Aliases).Apply(doc).Lead.Single();
        return [.. block.Spans.OfType<Mention>().Select(m => (block.Text.Substring(m.Start, m.Length), m.EntityId))];
    }

    [Fact]
    public void Longest_alias_wins_and_short_forms_resolve_to_the_same_entity() =>
        Mentions("马斯克找到了萨姆·阿尔特曼。阿尔特曼也叫奥特曼。").ShouldBe([("萨姆·阿尔特曼", "sam-altman"), ("阿尔特曼", "sam-altman"), ("奥特曼", "sam-altman")]);

    [Fact]
    public void Latin_aliases_match_whole_words_only() =>
        Mentions("他是YCombinator的掌门，YC创始人曾写博客。").ShouldBe([("YCombinator", "y-combinator"), ("YC", "y-combinator")]);

    [Theory]
    [InlineData("训练用了GPT-30这种不存在的东西。")]
    [InlineData("型号A1000与XA100都不是。")]
    [InlineData("参见 https://example.com/GPT-3 说明。")]
    public void Names_inside_longer_codes_or_urls_do_not_match(string text) => Mentions(text).ShouldBeEmpty();

    [Fact]
    public void Mentions_never_overlap_existing_spans()
    {
        Mentions("Chat-GPT以GPT-3为框架。").ShouldBe([("Chat-GPT", "chatgpt"), ("GPT-3", "gpt-3")]);
    }
}
