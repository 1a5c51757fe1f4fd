using System.Globalization;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("8769", "8769")]
    [InlineData("1.15", "1.15")]
    [InlineData("1,000", "1000")]
    [InlineData("12,345,678.5", "12345678.5")]
    [InlineData("30万", "300000")]
    [InlineData("1千万", "10000000")]
    [InlineData("1.15亿", "115000000")]
    [InlineData("3.5亿", "350000000")]
    [InlineData("1,000万", "10000000")]
    [InlineData("2万亿", "2000000000000")]
    [InlineData("1万5千", "15000")]
    [InlineData("1亿2000万", "120000000")]
    [InlineData("十", "10")]
    [InlineData("十五", "15")]
    [InlineData("二十", "20")]
    [InlineData("三十二", "32")]
    [InlineData("一百二十三", "123")]
    [InlineData("一千零五", "1005")]
    [InlineData("一千零十", "1010")]
    [InlineData("两千", "2000")]
    [InlineData("十万", "100000")]
    [InlineData("百万", "1000000")]
    [InlineData("千万", "10000000")]
    [InlineData("万亿", "1000000000000")]
    [InlineData("十万亿", "10000000000000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("一万二千", "12000")]
    [InlineData("一万零五百", "10500")]
    [InlineData("两万五", "25000")]
    [InlineData("三千五", "3500")]
    [InlineData("一亿五", "150000000")]
    [InlineData("二〇一四", "2014")]
    [InlineData("三六零", "360")]
    [InlineData("零", "0")]
    public void Reads_exact_numbers(string text, string expected)
    {
        ChineseNumber.TryRead(text, out var reading).ShouldBeTrue();
        reading.Value.ShouldBe(Dec(expected));
        reading.UpperValue.ShouldBeNull();
        reading.Approximate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("一千多", "1000")]
    [InlineData("二十多", "20")]
    [InlineData("一千多亿", "100000000000")]
    [InlineData("100多万", "1000000")]
    [InlineData("1000多", "1000")]
    [InlineData("十几", "10")]
    [InlineData("十几万", "100000")]
    [InlineData("几十", "10")]
    [InlineData("数十亿", "1000000000")]
    [InlineData("数百万", "1000000")]
    [InlineData("十余", "10")]
    public void Reads_approximate_numbers_as_their_lower_bound(string text, string expected)
    {
        ChineseNumber.TryRead(text, out var reading).ShouldBeTrue();
        reading.Value.ShouldBe(Dec(expected));
        reading.UpperValue.ShouldBeNull();
        reading.Approximate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("两到三", "2", "3")]
    [InlineData("3到5", "3", "5")]
    [InlineData("3至5亿", "300000000", "500000000")]
    [InlineData("100-200万", "1000000", "2000000")]
    [InlineData("5000到2万", "5000", "20000")]
    [InlineData("三到五万", "30000", "50000")]
    [InlineData("一两", "1", "2")]
    [InlineData("三四十", "30", "40")]
    [InlineData("五六百万", "5000000", "6000000")]
    public void Reads_ranges(string text, string lower, string upper)
    {
        ChineseNumber.TryRead(text, out var reading).ShouldBeTrue();
        reading.Value.ShouldBe(Dec(lower));
        reading.UpperValue.ShouldBe(Dec(upper));
        reading.Approximate.ShouldBeTrue();
    }

    [Fact]
    public void TryParse_gives_the_lower_bound()
    {
        ChineseNumber.TryParse("两到三", out var range).ShouldBeTrue();
        range.ShouldBe(2m);
        ChineseNumber.TryParse("一千多亿", out var approximate).ShouldBeTrue();
        approximate.ShouldBe(100_000_000_000m);
    }

    [Fact]
    public void Drops_trailing_zeros_from_scaled_decimals() =>
        Read("1.15亿").Value.ToString(CultureInfo.InvariantCulture).ShouldBe("115000000");

    [Theory]
    [InlineData("")]
    [InlineData("多")]
    [InlineData("几")]
    [InlineData("数据")]
    [InlineData("二五")]
    [InlineData("百十")]
    [InlineData("亿亿")]
    [InlineData("三多")]
    [InlineData("1,00")]
    [InlineData("1234,567")]
    [InlineData("1.2.3")]
    [InlineData("三到二")]
    [InlineData("5到3")]
    [InlineData("12a")]
    [InlineData("十万火急")]
    public void Rejects_what_is_not_a_number(string text)
    {
        ChineseNumber.TryRead(text, out _).ShouldBeFalse();
        ChineseNumber.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Rejects_numbers_too_large_for_decimal() =>
        ChineseNumber.TryParse("999999999999999999999亿", out _).ShouldBeFalse();

    [Fact]
    public void Rejects_null() => Should.Throw<ArgumentNullException>(() => ChineseNumber.TryParse(null!, out _));

    private static NumberReading Read(string text)
    {
        ChineseNumber.TryRead(text, out var reading).ShouldBeTrue();
        return reading;
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
