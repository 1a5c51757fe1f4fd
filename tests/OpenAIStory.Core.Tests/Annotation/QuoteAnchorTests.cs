using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class QuoteAnchorTests
{
    private static readonly Block[] Blocks =
    [
        new("p-1", BlockKind.Paragraph, "这群野心家不肯死心，向蒙特利尔大学一位教授要来了一份10人挖角名单。", 1),
        new("p-2", BlockKind.Paragraph, "OpenAI给这10人挨个打电话，所有人都表示，除非别的人都答应才入伙。", 2),
    ];

    [Fact]
    public void A_quote_copied_from_the_half_width_scrape_finds_the_full_width_text()
    {
        var hit = QuoteAnchor.Find(Blocks, "这群野心家不肯死心,向", "蒙特利尔大学一位教授", "要来了").Single();
        hit.BlockId.ShouldBe("p-1");
        Blocks[0].Text.Substring(hit.Start, hit.Length).ShouldBe("蒙特利尔大学一位教授");
    }

    [Fact]
    public void Context_picks_one_of_several_occurrences()
    {
        QuoteAnchor.Find(Blocks, "", "10人", "").Count.ShouldBe(2);
        QuoteAnchor.Find(Blocks, "OpenAI给这", "10人", "挨个").Single().BlockId.ShouldBe("p-2");
    }

    [Fact]
    public void A_quote_that_is_not_there_finds_nothing() =>
        QuoteAnchor.Find(Blocks, "", "不存在的话", "").ShouldBeEmpty();

    [Fact]
    public void Anchors_survive_edits_elsewhere_in_the_text()
    {
        Block[] edited =
        [
            new("p-0", BlockKind.Paragraph, "新加的一段，也提到蒙特利尔。", 1),
            Blocks[0] with { Text = "（编者按）" + Blocks[0].Text },
            Blocks[1],
        ];
        var hit = QuoteAnchor.Find(edited, "不肯死心,向", "蒙特利尔大学一位教授", "要来了").Single();
        edited[1].Text.Substring(hit.Start, hit.Length).ShouldBe("蒙特利尔大学一位教授");
    }

    [Fact]
    public void Folding_maps_back_to_original_offsets()
    {
        var (text, map) = QuoteAnchor.Fold("甲， 乙");
        text.ShouldBe("甲,乙");
        map.ShouldBe([0, 1, 3]);
    }
}
