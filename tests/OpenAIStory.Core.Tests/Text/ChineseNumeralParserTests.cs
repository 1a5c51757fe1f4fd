using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Tests.Text;

public sealed class ChineseNumeralParserTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("一十", 10)]
    [InlineData("十一", 11)]
    [InlineData("十九", 19)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零一", 101)]
    [InlineData("一百一十", 110)]
    [InlineData("两千", 2000)]
    [InlineData("3", 3)]
    [InlineData("12", 12)]
    public void Reads_a_whole_number(string numeral, int expected) => ChineseNumeralParser.ReadWhole(numeral).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("一二")] // two digits side by side are no number (two-or-three is a range, read elsewhere)
    [InlineData("十十")]
    [InlineData("二十十")]
    [InlineData("十几")] // approximate
    [InlineData("数十")]
    [InlineData("1.5")]
    [InlineData("十章")]
    public void Refuses_what_is_not_one_exact_whole_number(string numeral) => ChineseNumeralParser.ReadWhole(numeral).ShouldBeNull();

    [Theory]
    [InlineData("十、结语", HeadingStyle.ChineseNumeral, 10)]
    [InlineData("十一、余波", HeadingStyle.ChineseNumeral, 11)]
    [InlineData("二十、结语", HeadingStyle.ChineseNumeral, 20)]
    [InlineData("九十九. 最后", HeadingStyle.ChineseNumeral, 99)]
    [InlineData("（十二）招人", HeadingStyle.ParenNumeral, 12)]
    [InlineData("第二十一章 起源", HeadingStyle.Chapter, 21)]
    [InlineData("第12节 起源", HeadingStyle.Chapter, 12)]
    public void Headings_are_counted_with_it(string line, HeadingStyle style, int number)
    {
        var heading = HeadingRules.Match(line).ShouldNotBeNull();
        heading.Style.ShouldBe(style);
        heading.Number.ShouldBe(number);
    }

    [Fact]
    public void A_heading_numeral_that_is_no_number_carries_none() =>
        HeadingRules.Match("一二、背景").ShouldNotBeNull().Number.ShouldBeNull();
}
