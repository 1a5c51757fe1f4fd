using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class DateRecognizerRelativeTests
{
    [Fact]
    public void A_shift_counts_from_the_date_before_it_in_the_same_text()
    {
        const string text = "2022年12月，OpenAI开发出了Chat-GPT。2个月后，Chat-GPT的全球月活突破了1亿。";
        var dates = DateRecognizer.Find(text, DateContext.None);

        dates.Count.ShouldBe(2);
        var later = dates[1];
        text.Substring(later.Start, later.Length).ShouldBe("2个月后");
        later.DateTime.ShouldBe("2023-02");
        later.Precision.ShouldBe(DatePrecision.Month);
        later.Label.ShouldBe("2023年2月（2022年12月之后2个月）");
        later.Approximate.ShouldBeFalse();
        later.Relative.ShouldBeTrue();
    }

    [Fact]
    public void Several_months_after_gives_an_approximate_half_year()
    {
        var date = DateRecognizer.Find("然而在数月之后，这位研究员却毅然辞职", new DateContext("2016-05", null)).ShouldHaveSingleItem();

        date.Length.ShouldBe(4);
        date.DateTime.ShouldBe("2016");
        date.Precision.ShouldBe(DatePrecision.PartOfYear);
        date.Label.ShouldBe("约2016年下半年（2016年5月之后数月）");
        date.Approximate.ShouldBeTrue();
        date.Relative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2016-05", "两年后", "2018", DatePrecision.Year, "2018年（2016年5月之后两年）", false)]
    [InlineData("2016-05", "3年前", "2013", DatePrecision.Year, "2013年（2016年5月之前3年）", false)]
    [InlineData("2016-05", "3个月前", "2016-02", DatePrecision.Month, "2016年2月（2016年5月之前3个月）", false)]
    [InlineData("2016-11", "2个月以后", "2017-01", DatePrecision.Month, "2017年1月（2016年11月之后2个月）", false)]
    [InlineData("2016-05-30", "3天后", "2016-06-02", DatePrecision.Day, "2016年6月2日（2016年5月30日之后3天）", false)]
    [InlineData("2016-05-30", "2周后", "2016-06-13", DatePrecision.Day, "2016年6月13日（2016年5月30日之后2周）", false)]
    [InlineData("2016-05-30", "1个月后", "2016-06", DatePrecision.Month, "2016年6月（2016年5月30日之后1个月）", false)]
    [InlineData("2016", "8个月后", "2016", DatePrecision.Year, "约2016年（2016年之后8个月）", true)]
    [InlineData("2016", "半年后", "2016", DatePrecision.Year, "约2016年（2016年之后半年）", true)]
    [InlineData("2016-05", "3个多月后", "2016", DatePrecision.PartOfYear, "约2016年下半年（2016年5月之后3个多月）", true)]
    [InlineData("2016-05", "数年后", "2018", DatePrecision.Year, "约2018年（2016年5月之后数年）", true)]
    public void Shifts_count_from_the_previous_date(string previous, string text, string datetime, DatePrecision precision, string label, bool approximate)
    {
        var date = DateRecognizer.Find(text, new DateContext(previous, null)).ShouldHaveSingleItem();
        date.Length.ShouldBe(text.Length);
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(precision);
        date.Label.ShouldBe(label);
        date.Approximate.ShouldBe(approximate);
        date.Relative.ShouldBeTrue();
    }

    [Fact]
    public void A_shift_with_nothing_to_count_from_becomes_a_duration()
    {
        var date = DateRecognizer.Find("2个月后，月活突破了1亿", DateContext.None).ShouldHaveSingleItem();
        date.DateTime.ShouldBe("P2M");
        date.Precision.ShouldBe(DatePrecision.Duration);
        date.Label.ShouldBe("2个月之后");
        date.Relative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("如今，ChatGPT训练一次的成本", "2023-03", "2023-03", "文章发表时（2023年3月）")]
    [InlineData("如今", "2023", "2023", "文章发表时（2023年）")]
    [InlineData("时至今日", "2023-03-21", "2023-03-21", "文章发表时（2023年3月21日）")]
    public void Now_is_the_publication_date(string text, string article, string datetime, string label)
    {
        var date = DateRecognizer.Find(text, new DateContext("2017", article)).ShouldHaveSingleItem();
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(DatePrecision.Relative);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("去年", "2022", "2022年（文章发表前一年）")]
    [InlineData("今年", "2023", "2023年（文章发表当年）")]
    [InlineData("明年", "2024", "2024年（文章发表后一年）")]
    [InlineData("前年", "2021", "2021年（文章发表前两年）")]
    [InlineData("后年", "2025", "2025年（文章发表后两年）")]
    public void Named_years_count_from_the_publication_date(string text, string datetime, string label)
    {
        var date = DateRecognizer.Find(text, new DateContext("2017-03", "2023-03-21")).ShouldHaveSingleItem();
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(DatePrecision.Year);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("如今")]
    [InlineData("去年")]
    [InlineData("明年")]
    public void Publication_relative_words_need_a_publication_date(string text) =>
        DateRecognizer.Find(text, new DateContext("2017", null)).ShouldBeEmpty();

    [Theory]
    [InlineData("次年", "2018", "2018年（2017年的次年）")]
    [InlineData("翌年", "2018", "2018年（2017年的次年）")]
    [InlineData("同年", "2017", "2017年（与上文同年）")]
    public void Next_and_same_year_count_from_the_previous_date(string text, string datetime, string label)
    {
        var date = DateRecognizer.Find(text, new DateContext("2017-03", null)).ShouldHaveSingleItem();
        date.DateTime.ShouldBe(datetime);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("3月，团队越来越庞大", "2017-03", DatePrecision.Month, "2017年3月")]
    [InlineData("1月6日发布", "2017-01-06", DatePrecision.Day, "2017年1月6日")]
    [InlineData("十二月三日", "2017-12-03", DatePrecision.Day, "2017年12月3日")]
    [InlineData("3月底", "2017-03", DatePrecision.Month, "2017年3月底")]
    public void A_month_without_a_year_takes_the_previous_year(string text, string datetime, DatePrecision precision, string label)
    {
        var date = DateRecognizer.Find(text, new DateContext("2017", null)).ShouldHaveSingleItem();
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(precision);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBeTrue();
    }

    [Fact]
    public void A_month_takes_its_year_from_earlier_in_the_same_text_before_the_context()
    {
        var dates = DateRecognizer.Find("2019年发布，3月开源", new DateContext("2017", null));
        dates.Select(d => d.DateTime).ShouldBe(["2019", "2019-03"]);
    }

    [Fact]
    public void A_day_without_any_year_becomes_a_yearless_date()
    {
        var date = DateRecognizer.Find("1月6日发布", DateContext.None).ShouldHaveSingleItem();
        date.DateTime.ShouldBe("01-06");
        date.Label.ShouldBe("1月6日（年份不详）");
        date.Relative.ShouldBeFalse();
    }

    [Fact]
    public void A_month_without_any_year_is_not_matched() =>
        DateRecognizer.Find("3月，团队越来越庞大", DateContext.None).ShouldBeEmpty();
}
