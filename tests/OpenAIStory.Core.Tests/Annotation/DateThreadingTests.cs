using OpenAIStory.Core.Annotation;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class DateThreadingTests
{
    [Theory]
    [InlineData("2022年12月，OpenAI开发出了Chat-GPT。2个月后，月活突破了1亿。", "2023-02")]
    [InlineData("2016年5月，他参观过OpenAI。然而在数月之后，他辞职加入了OpenAI。", "2016-05")]
    [InlineData("2019年，微软在过去五年都没什么进展。", "2019")]
    [InlineData("2015年夏天，马斯克找到了他的知音。", "2015")]
    [InlineData("如今，训练一次的成本高达1千万美元。", "2023-03")]
    [InlineData("前15个月，上世纪七十年代，1月6日。", null)]
    [InlineData("没有日期。", null)]
    public void LastAbsolute_gives_the_last_exact_calendar_date(string text, string? expected)
    {
        var dates = DateRecognizer.Find(text, new DateContext(null, "2023-03"));
        DateRecognizer.LastAbsolute(dates).ShouldBe(expected);
    }

    [Fact]
    public void A_caller_threads_the_previous_date_through_paragraphs()
    {
        string[] paragraphs =
        [
            "2016年5月，时任谷歌首席AI研究员曾参观过OpenAI，对其工作方式相当困惑。",
            "然而在数月之后，这位研究员却毅然辞职加入了OpenAI——一起做点好事。",
            "2022年12月，OpenAI沿着Transformer路线开发出了最新款AI，名为Chat-GPT。2个月后，Chat-GPT的全球月活突破了1亿。",
            "这回，该轮到谷歌睡不着觉了。",
            "如果翻一翻前两年的新闻能发现，早在GPT-3时代，中国公司已经在如法炮制。",
        ];

        var labels = new List<string>();
        string? previous = null;
        foreach (var paragraph in paragraphs)
        {
            var dates = DateRecognizer.Find(paragraph, new DateContext(previous, null));
            labels.AddRange(dates.Select(d => d.Label));
            previous = DateRecognizer.LastAbsolute(dates) ?? previous;
        }

        labels.ShouldBe(
        [
            "2016年5月",
            "约2016年下半年（2016年5月之后数月）",
            "2022年12月",
            "2023年2月（2022年12月之后2个月）",
            "过去两年（约2021—2023年）",
        ]);
        previous.ShouldBe("2023-02");
    }

    [Fact]
    public void An_estimate_does_not_replace_the_previous_date()
    {
        var dates = DateRecognizer.Find("数月之后，他辞职了。", new DateContext("2016-05", null));
        dates.ShouldHaveSingleItem().Approximate.ShouldBeTrue();
        DateRecognizer.LastAbsolute(dates).ShouldBeNull();
    }
}
