using OpenAIStory.Web.Cards;

namespace OpenAIStory.Web.Tests.Cards;

/// <summary>Chinese line breaking on cards, measured in characters (a Han character 2, anything else 1).</summary>
public sealed class LineBreakerTests
{
    private static float Width(string text) => text.Sum(c => c > 0x2E7F ? 2f : 1f);

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_never_ends_one()
    {
        const string Text = "这是一段用美元堆出来的理想主义故事，“拯救人类”的念头（以及OpenAI）。萨姆·阿尔特曼说：“我们需要钱。”于是——故事开始了……";
        for (var width = 6; width <= 40; width++)
        {
            var lines = LineBreaker.Break(Text, Width, width, 100);
            string.Concat(lines).ShouldBe(Text, $"width {width}");
            foreach (var line in lines)
            {
                LineBreaker.NoLineStart.ShouldNotContain(line[0], $"width {width}: {line}");
                LineBreaker.NoLineEnd.ShouldNotContain(line[^1], $"width {width}: {line}");
            }
        }
    }

    [Fact]
    public void Latin_words_and_numbers_stay_whole()
    {
        var lines = LineBreaker.Break("OpenAI 与 Microsoft 在 2019 年签下 10 亿美元的协议", Width, 14, 10);
        lines.ShouldContain(l => l.Contains("Microsoft", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("2019", StringComparison.Ordinal));
        lines.ShouldAllBe(l => Width(l) <= 14);
    }

    [Fact]
    public void Text_longer_than_the_lines_allowed_ends_in_an_ellipsis_that_fits()
    {
        var lines = LineBreaker.Break("马斯克找到了阿尔特曼，两人决定创办一家非营利的人工智能研究机构，以对抗谷歌。", Width, 20, 2);
        lines.Count.ShouldBe(2);
        lines[^1].ShouldEndWith("…");
        lines[^1].ShouldNotEndWith("，…");
        lines.ShouldAllBe(l => Width(l) <= 20);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_split_as_a_last_resort()
    {
        var lines = LineBreaker.Break("Supercalifragilisticexpialidocious", Width, 10, 5);
        lines.ShouldAllBe(l => Width(l) <= 10);
        string.Concat(lines).ShouldBe("Supercalifragilisticexpialidocious");
    }
}
