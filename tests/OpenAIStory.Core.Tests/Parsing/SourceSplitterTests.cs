using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class SourceSplitterTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc\r\n", 3)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("a\n\n\nb", 4)]
    [InlineData("a\r\n\r\nb", 3)]
    public void Every_line_break_style_counts_once(string text, int lines) =>
        SourceSplitter.Split("t", text).Lines.Length.ShouldBe(lines);

    [Fact]
    public void Raw_text_and_numbers_are_kept()
    {
        var doc = SourceSplitter.Split("t", "第一行\r\n  第二行\t\n");
        doc.Lines.Select(l => (l.Number, l.Raw)).ShouldBe([(1, "第一行"), (2, "  第二行\t")]);
    }
}
