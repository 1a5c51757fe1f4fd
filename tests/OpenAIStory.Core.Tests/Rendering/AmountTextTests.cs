using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Tests.Rendering;

public sealed class AmountTextTests
{
    [Fact]
    public void A_sum_reads_with_the_currency_name_of_the_table()
    {
        AmountText.Normalised(new AmountSpan(0, 3, 300_000_000m) { Currency = Currencies.Cny }).ShouldBe("3亿元人民币");
        AmountText.Normalised(new AmountSpan(0, 3, 1_000_000_000m) { Currency = Currencies.Usd }).ShouldBe("10亿美元");
        AmountText.Normalised(new AmountSpan(0, 3, 5000m) { Currency = Currencies.Krw }).ShouldBe("5,000韩元");
    }

    [Fact]
    public void Approximations_say_so_and_ranges_give_both_bounds()
    {
        AmountText.Normalised(new AmountSpan(0, 4, 100_000_000_000m) { Currency = Currencies.Cny, Approximate = true }).ShouldBe("约 1000亿元人民币");
        AmountText.Normalised(new AmountSpan(0, 4, 2m) { Upper = 3m, Counter = "倍", Approximate = true }).ShouldBe("2—3倍");
    }

    [Fact]
    public void Quantities_keep_their_counter_and_bare_numbers_have_none()
    {
        AmountText.Normalised(new AmountSpan(0, 6, 115_000_000m) { Counter = "台" }).ShouldBe("1.15亿台");
        AmountText.Normalised(new AmountSpan(0, 3, 10_000_000m)).ShouldBe("1000万");
    }
}
