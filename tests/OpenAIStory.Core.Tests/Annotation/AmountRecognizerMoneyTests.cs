using System.Globalization;
using OpenAIStory.Core.Annotation;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class AmountRecognizerMoneyTests
{
    [Theory]
    [InlineData("两位明星企业家宣布掏出10亿美元，筹备", "10亿美元", "1000000000", "USD")]
    [InlineData("A100显卡最便宜的版本也要8769美元。", "8769美元", "8769", "USD")]
    [InlineData("就先给英伟达交了900万美元入场费", "900万美元", "9000000", "USD")]
    [InlineData("训练一次的成本高达1千万美元，", "1千万美元", "10000000", "USD")]
    [InlineData("每天我要烧3亿人民币，", "3亿人民币", "300000000", "CNY")]
    [InlineData("融资3.5亿元", "3.5亿元", "350000000", "CNY")]
    [InlineData("投入1,000万元", "1,000万元", "10000000", "CNY")]
    [InlineData("募资50亿港元", "50亿港元", "5000000000", "HKD")]
    [InlineData("收购价2万亿日元", "2万亿日元", "2000000000000", "JPY")]
    [InlineData("罚款2亿欧元", "2亿欧元", "200000000", "EUR")]
    [InlineData("估值30亿英镑", "30亿英镑", "3000000000", "GBP")]
    [InlineData("价格5000美金", "5000美金", "5000", "USD")]
    [InlineData("花了10万港币", "10万港币", "100000", "HKD")]
    [InlineData("只要30块钱", "30块钱", "30", "CNY")]
    [InlineData("补贴100万元人民币", "100万元人民币", "1000000", "CNY")]
    [InlineData("花了两美元", "两美元", "2", "USD")]
    [InlineData("标价千万美元", "千万美元", "10000000", "USD")]
    public void Reads_money_with_its_currency(string text, string expression, string value, string currency)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(value));
        amount.Unit.ShouldBe(currency);
        amount.IsMoney.ShouldBeTrue();
        amount.Approximate.ShouldBeFalse();
        amount.Upper.ShouldBeNull();
    }

    [Theory]
    [InlineData("数十亿美元的投入", "数十亿美元", "1000000000", "USD")]
    [InlineData("售价100美元左右", "100美元左右", "100", "USD")]
    [InlineData("约100万元", "约100万元", "1000000", "CNY")]
    [InlineData("超过10亿美元", "超过10亿美元", "1000000000", "USD")]
    [InlineData("不到5000元", "不到5000元", "5000", "CNY")]
    [InlineData("花了100多万美元", "100多万美元", "1000000", "USD")]
    [InlineData("近千亿元", "近千亿元", "100000000000", "CNY")]
    public void Marks_approximate_money(string text, string expression, string value, string currency)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        text.Substring(amount.Start, amount.Length).ShouldBe(expression);
        amount.Value.ShouldBe(Dec(value));
        amount.Unit.ShouldBe(currency);
        amount.IsMoney.ShouldBeTrue();
        amount.Approximate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("3到5亿元", "300000000", "500000000")]
    [InlineData("100-200万美元", "1000000", "2000000")]
    public void Reads_money_ranges(string text, string lower, string upper)
    {
        var amount = AmountRecognizer.Find(text).ShouldHaveSingleItem();
        amount.Value.ShouldBe(Dec(lower));
        amount.Upper.ShouldBe(Dec(upper));
        amount.Approximate.ShouldBeTrue();
        amount.Length.ShouldBe(text.Length);
    }

    [Fact]
    public void A_bare_sum_inherits_the_currency_before_it_in_the_sentence()
    {
        const string text = "“如果按照ChatGPT成本来考量的话，每天我要烧3亿人民币，一年要烧一千多亿。”";
        var amounts = AmountRecognizer.Find(text);

        amounts.Count.ShouldBe(2);
        var yearly = amounts[1];
        text.Substring(yearly.Start, yearly.Length).ShouldBe("一千多亿");
        yearly.Value.ShouldBe(100_000_000_000m);
        yearly.Unit.ShouldBe("CNY");
        yearly.IsMoney.ShouldBeTrue();
        yearly.Approximate.ShouldBeTrue();
    }

    [Fact]
    public void An_exact_bare_sum_that_inherits_a_currency_is_marked_approximate()
    {
        var amounts = AmountRecognizer.Find("每天烧3亿人民币，一年烧1000亿");
        amounts[1].Unit.ShouldBe("CNY");
        amounts[1].Approximate.ShouldBeTrue();
    }

    [Fact]
    public void Currency_is_not_inherited_across_sentences()
    {
        const string text = "微软掏出了10亿美元。2个月后，月活突破了1亿。";
        var amounts = AmountRecognizer.Find(text);

        amounts.Count.ShouldBe(2);
        amounts[1].Unit.ShouldBe(string.Empty);
        amounts[1].IsMoney.ShouldBeFalse();
        amounts[1].Approximate.ShouldBeFalse();
    }

    [Fact]
    public void A_bare_chinese_numeral_without_an_earlier_currency_is_not_matched() =>
        AmountRecognizer.Find("一年要烧一千多亿。").ShouldBeEmpty();

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
