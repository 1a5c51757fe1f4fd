using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class DateRecognizerAbsoluteTests
{
    [Theory]
    [InlineData("2014年，特斯拉正在为产能问题焦头烂额", "2014年", "2014", DatePrecision.Year, "2014年")]
    [InlineData("2013年联想一共卖出了1.15亿台设备", "2013年", "2013", DatePrecision.Year, "2013年")]
    [InlineData("2016年5月，时任谷歌首席AI研究员", "2016年5月", "2016-05", DatePrecision.Month, "2016年5月")]
    [InlineData("2022年12月，OpenAI沿着Transformer路线", "2022年12月", "2022-12", DatePrecision.Month, "2022年12月")]
    [InlineData("2017年3月，随着团队越来越庞大", "2017年3月", "2017-03", DatePrecision.Month, "2017年3月")]
    [InlineData("2023年3月21日发布", "2023年3月21日", "2023-03-21", DatePrecision.Day, "2023年3月21日")]
    [InlineData("2023年03月05号发布", "2023年03月05号", "2023-03-05", DatePrecision.Day, "2023年3月5日")]
    [InlineData("2023-03-21更新", "2023-03-21", "2023-03-21", DatePrecision.Day, "2023年3月21日")]
    [InlineData("更新于2023/3/5", "2023/3/5", "2023-03-05", DatePrecision.Day, "2023年3月5日")]
    [InlineData("二〇一四年十二月三日", "二〇一四年十二月三日", "2014-12-03", DatePrecision.Day, "2014年12月3日")]
    [InlineData("2018年3月底", "2018年3月底", "2018-03", DatePrecision.Month, "2018年3月底")]
    [InlineData("2018年5月份", "2018年5月份", "2018-05", DatePrecision.Month, "2018年5月")]
    public void Reads_calendar_dates(string text, string expression, string datetime, DatePrecision precision, string label) =>
        AssertSingle(text, expression, datetime, precision, label);

    [Theory]
    [InlineData("2015年夏天，马斯克找到了他的知音", "2015年夏天", DatePrecision.Season, "2015年夏季（约6—8月）")]
    [InlineData("2018年春天", "2018年春天", DatePrecision.Season, "2018年春季（约3—5月）")]
    [InlineData("2018年秋季", "2018年秋季", DatePrecision.Season, "2018年秋季（约9—11月）")]
    [InlineData("2018年冬天", "2018年冬天", DatePrecision.Season, "2018年冬季（约12月—次年2月）")]
    [InlineData("马斯克也在2018年初宣布辞职", "2018年初", DatePrecision.PartOfYear, "2018年初（约1—3月）")]
    [InlineData("2018年年初", "2018年年初", DatePrecision.PartOfYear, "2018年初（约1—3月）")]
    [InlineData("2018年底", "2018年底", DatePrecision.PartOfYear, "2018年底（约11—12月）")]
    [InlineData("2018年末", "2018年末", DatePrecision.PartOfYear, "2018年末（约11—12月）")]
    [InlineData("2018年年中", "2018年年中", DatePrecision.PartOfYear, "2018年年中（约6—7月）")]
    [InlineData("2018年中，", "2018年中", DatePrecision.PartOfYear, "2018年年中（约6—7月）")]
    [InlineData("2018年上半年", "2018年上半年", DatePrecision.PartOfYear, "2018年上半年（1—6月）")]
    [InlineData("2018年下半年", "2018年下半年", DatePrecision.PartOfYear, "2018年下半年（7—12月）")]
    public void Reads_seasons_and_parts_of_a_year_as_the_year(string text, string expression, DatePrecision precision, string label) =>
        AssertSingle(text, expression, expression[..4], precision, label);

    [Theory]
    [InlineData("从2017年开始，吴恩达、李飞飞等著名AI学者", "从2017年开始", "2017", "2017年起")]
    [InlineData("2017年开始", "2017年开始", "2017", "2017年起")]
    [InlineData("尽管从2022年开始，美国已经限制", "从2022年开始", "2022", "2022年起")]
    [InlineData("自2019年起", "自2019年起", "2019", "2019年起")]
    [InlineData("2019年以来", "2019年以来", "2019", "2019年以来")]
    [InlineData("从2012年的AlexNet模型", "2012年", "2012", "2012年")]
    public void Reads_starting_points(string text, string expression, string datetime, string label) =>
        AssertSingle(text, expression, datetime, DatePrecision.Year, label);

    [Theory]
    [InlineData("上世纪七十年代", "1970", "20世纪70年代（1970—1979年）", true)]
    [InlineData("上个世纪90年代", "1990", "20世纪90年代（1990—1999年）", true)]
    [InlineData("20世纪80年代", "1980", "20世纪80年代（1980—1989年）", false)]
    [InlineData("十九世纪六十年代", "1860", "19世纪60年代（1860—1869年）", false)]
    [InlineData("21世纪10年代", "2010", "21世纪10年代（2010—2019年）", false)]
    [InlineData("1970年代", "1970", "1970年代（1970—1979年）", false)]
    [InlineData("2010年代", "2010", "2010年代（2010—2019年）", false)]
    [InlineData("八十年代", "1980", "20世纪80年代（1980—1989年）", false)]
    public void Reads_decades_as_their_first_year(string text, string datetime, string label, bool relative)
    {
        var date = DateRecognizer.Find(text, DateContext.None).ShouldHaveSingleItem();
        date.Length.ShouldBe(text.Length);
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(DatePrecision.Decade);
        date.Label.ShouldBe(label);
        date.Relative.ShouldBe(relative);
    }

    [Fact]
    public void Finds_every_date_in_text_order()
    {
        const string text = "从2012年的AlexNet模型到2017年的AlphaGoZero，算力消耗足足翻了30万倍。";
        DateRecognizer.Find(text, DateContext.None).Select(d => d.DateTime).ShouldBe(["2012", "2017"]);
    }

    private static void AssertSingle(string text, string expression, string datetime, DatePrecision precision, string label)
    {
        var date = DateRecognizer.Find(text, DateContext.None).ShouldHaveSingleItem();
        text.Substring(date.Start, date.Length).ShouldBe(expression);
        date.DateTime.ShouldBe(datetime);
        date.Precision.ShouldBe(precision);
        date.Label.ShouldBe(label);
        date.Approximate.ShouldBeFalse();
        date.Relative.ShouldBeFalse();
    }
}
