using System.Globalization;
using OpenAIStory.Core.Annotation;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class AmountRecognizerQuantityTests
{
    [Theory]
    [InlineData("2013年联想一共卖出了1.15亿台设备", "1.15亿台", "115000000", "台")]
    [InlineData("需要至少1024张A100显卡", "至少1024张", "1024", "张")]
    [InlineData("算力消耗足足翻了30万倍。", "30万倍", "300000", "倍")]
    [InlineData("同期英伟达股价翻了整整15倍", "15倍", "15", "倍")]
    [InlineData("要来了一份10人挖角名单", "10人", "10", "人")]
    [InlineData("OpenAI给这10人挨个打电话", "10人", "10", "人")]
    [InlineData("最终，9个人上了“贼船”。", "9个", "9", "个")]
    [InlineData("最有趣的5位创始人", "5位", "5", "位")]
    [InlineData("24岁的阿尔特曼", "24岁", "24", "岁")]
    [InlineData("辛顿带着27岁的小萨", "27岁", "27", "岁")]
    [InlineData("结过3次婚", "3次", "3", "次")]
    [InlineData("生过10个孩子", "10个", "10", "个")]
    [InlineData("十万亿参数级别的大模型", "十万亿参数", "10000000000000", "参数")]
    [InlineData("卖了三辆车", "三辆", "3", "辆")]
    [InlineData("发表了12篇论文", "12篇", "12", "篇")]
    [InlineData("下降了3个百分点", "3个百分点", "3", "个百分点")]
    [InlineData("30%的用户", "30%", "30", "%")]
    public void Reads_counted_quantities(string text, string expression, string value, string unit)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(value));
        amount.Unit.ShouldBe(unit);
        amount.IsMoney.ShouldBeFalse();
    }

    [Theory]
    [InlineData("只有不到20家公司致力于核聚变", "不到20家", "20", "家")]
    [InlineData("约100万人参加", "约100万人", "1000000", "人")]
    [InlineData("二十多岁", "二十多岁", "20", "岁")]
    [InlineData("10余家企业", "10余家", "10", "家")]
    [InlineData("十几万人", "十几万人", "100000", "人")]
    [InlineData("数千人", "数千人", "1000", "人")]
    [InlineData("上千人", "上千人", "1000", "人")]
    [InlineData("近100人", "近100人", "100", "人")]
    [InlineData("30岁出头", "30岁出头", "30", "岁")]
    [InlineData("100人以上", "100人以上", "100", "人")]
    public void Marks_approximate_quantities(string text, string expression, string value, string unit)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(value));
        amount.Unit.ShouldBe(unit);
        amount.Approximate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("数字是OpenAI的两到三倍，", "两到三倍", "2", "3", "倍")]
    [InlineData("3-5人的小团队", "3-5人", "3", "5", "人")]
    [InlineData("三四十个", "三四十个", "30", "40", "个")]
    [InlineData("一两家", "一两家", "1", "2", "家")]
    public void Reads_ranges_of_quantities(string text, string expression, string lower, string upper, string unit)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(lower));
        amount.Upper.ShouldBe(Dec(upper));
        amount.Unit.ShouldBe(unit);
        amount.Approximate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Chat-GPT的全球月活突破了1亿。", "1亿", "100000000", false)]
    [InlineData("用户超过1亿", "超过1亿", "100000000", true)]
    [InlineData("近千亿的市场", "近千亿", "100000000000", true)]
    [InlineData("上百万的用户", "上百万", "1000000", true)]
    [InlineData("数百万用户", "数百万", "1000000", true)]
    [InlineData("100多万用户", "100多万", "1000000", true)]
    [InlineData("ChatGPT拥有30万付费用户", "30万", "300000", false)]
    public void Reads_large_bare_numbers_without_a_unit(string text, string expression, string value, bool approximate)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(value));
        amount.Unit.ShouldBe(string.Empty);
        amount.IsMoney.ShouldBeFalse();
        amount.Approximate.ShouldBe(approximate);
    }

    [Fact]
    public void Finds_every_amount_in_text_order_without_overlap()
    {
        const string text = "训练一个GPT-3，需要至少1024张A100显卡持续运转足足一个月[7]。而A100显卡最便宜的版本也要8769美元。";
        var amounts = AmountRecognizer.Find(text);

        amounts.Select(a => text.Substring(a.Start, a.Length)).ShouldBe(["至少1024张", "8769美元"]);
        amounts[0].Start.ShouldBeLessThan(amounts[1].Start);
    }

    [Fact]
    public void A_closer_word_is_not_read_as_near() =>
        AmountRecognizer.Find("最近10人离职").ShouldHaveSingleItem().Approximate.ShouldBeFalse();

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
