using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class DateRecognizerDurationTests
{
    [Theory]
    [InlineData("在实验室成立的前15个月，OpenAI都没一个明确的研究目标", "前15个月", "P15M", "最初15个月（时长）")]
    [InlineData("公司成立的前两年", "前两年", "P2Y", "最初两年（时长）")]
    [InlineData("用了15个月", "15个月", "P15M", "15个月（时长）")]
    [InlineData("持续运转足足一个月", "足足一个月", "P1M", "一个月（时长）")]
    [InlineData("整整三年", "整整三年", "P3Y", "三年（时长）")]
    [InlineData("长达10天", "长达10天", "P10D", "10天（时长）")]
    [InlineData("历时两个星期", "历时两个星期", "P2W", "两个星期（时长）")]
    [InlineData("这5年时间", "这5年时间", "P5Y", "过去5年")]
    public void Reads_spans_of_time(string text, string expression, string duration, string label)
    {
        var date = DateRecognizer.Find(text, DateContext.None).ShouldHaveSingleItem();
        text.Substring(date.Start, date.Length).ShouldBe(expression);
        date.DateTime.ShouldBe(duration);
        date.Precision.ShouldBe(DatePrecision.Duration);
        date.Label.ShouldBe(label);
        date.Approximate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2009年，YC创始人曾在博客上分享了过去30年最有趣的5位创始人", "过去30年", "P30Y", "过去30年（约1979—2009年）")]
    [InlineData("2019年，他认为大语言模型在过去五年都没什么进展", "过去五年", "P5Y", "过去五年（约2014—2019年）")]
    [InlineData("2019年以后，三年来", "三年来", "P3Y", "过去三年（约2016—2019年）")]
    [InlineData("2019年，最近3个月", "最近3个月", "P3M", "过去3个月（截至2019年）")]
    public void Spans_looking_back_cover_the_years_before_the_date_in_the_text(string text, string expression, string duration, string label)
    {
        var date = DateRecognizer.Find(text, new DateContext("2001", "2023"))[^1];
        text.Substring(date.Start, date.Length).ShouldBe(expression);
        date.DateTime.ShouldBe(duration);
        date.Precision.ShouldBe(DatePrecision.Duration);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBeTrue();
    }

    [Fact]
    public void Spans_looking_back_use_the_previous_date_when_the_text_has_none()
    {
        var date = DateRecognizer.Find("如果翻一翻前两年的新闻能发现", new DateContext("2023-02", "2023")).ShouldHaveSingleItem();
        date.DateTime.ShouldBe("P2Y");
        date.Label.ShouldBe("过去两年（约2021—2023年）");
        date.Relative.ShouldBeTrue();
    }

    [Fact]
    public void Spans_looking_back_fall_back_to_the_publication_date()
    {
        var date = DateRecognizer.Find("近两年", new DateContext(null, "2023-03")).ShouldHaveSingleItem();
        date.Label.ShouldBe("过去两年（约2021—2023年）");
    }

    [Fact]
    public void Spans_looking_back_without_any_date_still_give_a_duration()
    {
        var date = DateRecognizer.Find("过去30年", DateContext.None).ShouldHaveSingleItem();
        date.DateTime.ShouldBe("P30Y");
        date.Label.ShouldBe("过去30年");
    }

    [Theory]
    [InlineData("差距其实也仅在半年到两年之间。", "半年到两年之间", "P6M", "半年到两年（时长）")]
    [InlineData("需要3到5年", "3到5年", "P3Y", "3到5年（时长）")]
    [InlineData("需要两到三个月", "两到三个月", "P2M", "两到三个月（时长）")]
    [InlineData("十几年来", "十几年来", "P10Y", "过去十几年")]
    [InlineData("用了3个多月", "3个多月", "P3M", "3个多月（时长）")]
    [InlineData("历时数月", "历时数月", "P2M", "数月（时长）")]
    public void Vague_spans_read_as_their_lower_bound(string text, string expression, string duration, string label)
    {
        var date = DateRecognizer.Find(text, DateContext.None).ShouldHaveSingleItem();
        text.Substring(date.Start, date.Length).ShouldBe(expression);
        date.DateTime.ShouldBe(duration);
        date.Label.ShouldBe(label);
        date.Approximate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("一年要烧一千多亿")]
    [InlineData("好生伺候了一天")]
    [InlineData("三十年河东")]
    [InlineData("十年磨一剑")]
    [InlineData("5月后")]
    [InlineData("半个月")]
    [InlineData("5到3年")]
    public void Leaves_counts_of_years_without_a_qualifier_alone(string text) =>
        DateRecognizer.Find(text, DateContext.None).ShouldBeEmpty();
}
