using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Tests.Text;

public sealed class WhitespaceNormaliserTests
{
    [Theory]
    [InlineData("\u3000\u3000你有没有发现", "你有没有发现")]
    [InlineData("以iPhone\u00A015为例", "以iPhone 15为例")]
    [InlineData("李木子\t  ", "李木子")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("a  \t b", "a b")]
    [InlineData("\u00A0", "")]
    public void Folds_odd_spaces_and_keeps_every_visible_character(string input, string expected) =>
        WhitespaceNormaliser.NormaliseLine(input).ShouldBe(expected);
}
