using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Tests.Rendering;

public sealed class ChineseNumberFormatTests
{
    [Theory]
    [InlineData(1_000_000_000, "10亿")]
    [InlineData(6_228_400_000, "62.3亿")]
    [InlineData(8_979_456, "898万")]
    [InlineData(8769, "8,769")]
    [InlineData(115_000_000, "1.15亿")]
    [InlineData(10_000_000_000_000, "10万亿")]
    [InlineData(2.5, "2.5")]
    public void Big_numbers_read_the_chinese_way(decimal value, string expected) => ChineseNumberFormat.Format(value).ShouldBe(expected);
}
