using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Tests.Model;

public sealed class CurrenciesTests
{
    public static TheoryData<string> Words => [.. Currencies.All.SelectMany(c => c.Words)];

    [Theory]
    [MemberData(nameof(Words))]
    public void Every_word_the_recogniser_reads_gives_a_currency_with_a_name(string word)
    {
        var amount = AmountRecognizer.Find($"他们花了300万{word}。").ShouldHaveSingleItem();
        var currency = amount.Currency.ShouldNotBeNull();
        currency.ShouldBe(Currencies.ByWord(word));
        currency.Name.ShouldNotBeNullOrWhiteSpace();
        AmountText.Normalised(amount).ShouldBe("300万" + currency.Name);
    }

    [Fact]
    public void Each_currency_has_an_iso_code_a_chinese_name_a_symbol_and_words_of_its_own()
    {
        Currencies.All.Select(c => c.Code).ShouldBeUnique();
        Currencies.All.ShouldAllBe(c => c.Code.Length == 3 && c.Code.All(char.IsAsciiLetterUpper));
        Currencies.All.ShouldAllBe(c => c.Name.Length > 0 && c.Name.All(ch => ch >= '\u4e00' && ch <= '\u9fff'));
        Currencies.All.ShouldAllBe(c => c.Symbol.Length > 0 && !c.Words.IsEmpty);
        Currencies.All.SelectMany(c => c.Words).ShouldBeUnique();
        Currencies.All.ShouldAllBe(c => Currencies.ByCode(c.Code) == c);
    }

    [Fact]
    public void Longer_words_come_first_so_that_hong_kong_dollars_are_not_read_as_yuan()
    {
        Currencies.Words.Select(w => w.Length).ShouldBeInOrder(SortDirection.Descending);
        AmountRecognizer.Find("售价200港元").ShouldHaveSingleItem().Currency.ShouldBe(Currencies.Hkd);
        AmountRecognizer.Find("补贴100万元人民币").ShouldHaveSingleItem().Length.ShouldBe("100万元人民币".Length);
    }

    [Theory]
    [InlineData("KRW", "韩元")]
    [InlineData("CNY", "元人民币")]
    [InlineData("USD", "美元")]
    public void A_sum_is_named_by_the_table(string code, string name) =>
        Currencies.ByCode(code).ShouldNotBeNull().Name.ShouldBe(name);

    [Fact]
    public void Words_that_are_not_currencies_have_none()
    {
        Currencies.ByWord("台").ShouldBeNull();
        Currencies.ByCode("XYZ").ShouldBeNull();
    }
}
