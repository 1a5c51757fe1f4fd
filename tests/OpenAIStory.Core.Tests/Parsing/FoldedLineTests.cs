using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>A line's folded forms: what each reads as, and that each is computed once however many rules ask.</summary>
public sealed class FoldedLineTests
{
    [Fact]
    public void The_simplified_reading_folds_traditional_characters_and_pinyin_glosses_but_keeps_the_text()
    {
        var line = new FoldedLine("版權(quán)聲明：轉載請註明");
        line.Simplified.ShouldBe("版权声明：转载請注明");
        line.Text.ShouldBe("版權(quán)聲明：轉載請註明");
    }

    [Theory]
    [InlineData("正在阅读：标题", 5, 5)]
    [InlineData("正在閱(yuè)讀：標題", 5, 10)]
    [InlineData("學(xué)術(shù)團(tuán)隊(duì)", 2, 12)]
    [InlineData("學(xué)術(shù)團(tuán)隊(duì)", 4, 25)]
    public void An_offset_in_the_simplified_reading_maps_back_to_the_text(string text, int index, int expected) =>
        new FoldedLine(text).TextIndex(index).ShouldBe(expected);

    [Fact]
    public void The_title_key_drops_template_decorations_and_folds_width()
    {
        new FoldedLine("[科技] 没人能复制Chat | 某某网").TitleKey.ShouldBe("没人能复制Chat");
        new FoldedLine("没人能复制Ｃｈａｔ（上）").TitleKey.ShouldBe("没人能复制Chat(上)");
    }

    [Fact]
    public void The_narrow_form_drops_spaces_and_folds_width_without_dropping_decorations()
    {
        new FoldedLine("正在阅读： 没人能复制Ｃｈａｔ").Narrow.ShouldBe("正在阅读:没人能复制Chat");
    }

    [Fact]
    public void Each_form_is_computed_once_and_then_shared()
    {
        var line = new FoldedLine("關於我們 | 聯繫我們 | 網站地圖");
        line.Simplified.ShouldBeSameAs(line.Simplified);
        line.TitleKey.ShouldBeSameAs(line.TitleKey);
        line.Narrow.ShouldBeSameAs(line.Narrow);
    }

    [Fact]
    public void A_document_is_folded_line_by_line_in_order()
    {
        var document = Scrape.Lines("標題", "", "正文。");
        var folded = FoldedLine.Of(document.Lines);
        folded.Select(f => f.Text).ShouldBe(document.Lines.Select(l => l.Text));
        folded[0].Simplified.ShouldBe("标题");
    }
}
