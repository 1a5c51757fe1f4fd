using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class DateRecognizerRejectionTests
{
    [Theory]
    [InlineData("需要至少1024张A100显卡")]
    [InlineData("最便宜的版本也要8769美元")]
    [InlineData("24岁的阿尔特曼")]
    [InlineData("$科大讯飞(SZ002230)$")]
    [InlineData("CopyRight 2018-2019 实验室设备网")]
    [InlineData("1.15亿台设备")]
    [InlineData("GPT-3模型")]
    [InlineData("特斯拉Model 3的销量")]
    [InlineData("A2014年")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("2023年2月30日")]
    [InlineData("20年代")]
    [InlineData("五月天乐队")]
    [InlineData("不同年龄的人")]
    [InlineData("过去年份")]
    [InlineData("")]
    public void Leaves_numbers_that_are_not_dates_alone(string text) =>
        DateRecognizer.Find(text, new DateContext(null, "2023")).ShouldBeEmpty();

    [Theory]
    [InlineData("2018年中国企业", "2018年")]
    [InlineData("2013年代表团", "2013年")]
    [InlineData("2017年起草", "2017年")]
    [InlineData("2015年初创企业", "2015年")]
    [InlineData("从2012年的AlexNet模型到2017年", "2012年")]
    public void Does_not_read_the_next_word_as_part_of_the_date(string text, string expression)
    {
        var date = DateRecognizer.Find(text, DateContext.None)[0];
        text.Substring(date.Start, date.Length).ShouldBe(expression);
        date.Precision.ShouldBe(DatePrecision.Year);
    }

    [Fact]
    public void A_shift_covers_the_whole_expression_so_amounts_can_be_dropped()
    {
        const string text = "2个月后，Chat-GPT的全球月活突破了1亿。";
        var date = DateRecognizer.Find(text, new DateContext("2022-12", null)).ShouldHaveSingleItem();
        text.Substring(date.Start, date.Length).ShouldBe("2个月后");

        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe("1亿");
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Should.Throw<ArgumentNullException>(() => DateRecognizer.Find(null!, DateContext.None));
        Should.Throw<ArgumentNullException>(() => DateRecognizer.Find("2014年", null!));
        Should.Throw<ArgumentNullException>(() => DateRecognizer.LastAbsolute(null!));
    }

    [Fact]
    public void Ignores_a_previous_date_that_is_not_an_iso_date()
    {
        DateRecognizer.Find("2个月后", new DateContext("P15M", "soon")).ShouldHaveSingleItem().DateTime.ShouldBe("P2M");
    }
}
