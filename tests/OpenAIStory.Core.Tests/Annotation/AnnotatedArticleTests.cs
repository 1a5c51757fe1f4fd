using System.Globalization;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Annotation;

/// <summary>The shipped content, annotated end to end: what the reader will see marked up.</summary>
public sealed class AnnotatedArticleTests
{
    private static readonly Lazy<SiteContent> Content = new(() => ContentLoader.Load(Repo.PathOf("content")));

    private static IEnumerable<(string Text, T Span)> Spans<T>() where T : Span =>
        Content.Value.Document.AllBlocks.SelectMany(b => b.Spans.OfType<T>().Select(s => (b.Text.Substring(s.Start, s.Length), s)));

    [Theory]
    [InlineData("10亿美元", "1000000000", "USD")]
    [InlineData("8769美元", "8769", "USD")]
    [InlineData("900万美元", "9000000", "USD")]
    [InlineData("1千万美元", "10000000", "USD")]
    [InlineData("3亿人民币", "300000000", "CNY")]
    [InlineData("一千多亿", "100000000000", "CNY")]
    [InlineData("1.15亿台", "115000000", "台")]
    [InlineData("30万倍", "300000", "倍")]
    [InlineData("两到三倍", "2", "倍")]
    public void Every_money_figure_and_quantity_is_marked(string text, string value, string unit) =>
        Spans<AmountSpan>().ShouldContain(x => x.Text.EndsWith(text, StringComparison.Ordinal) && x.Span.Value == decimal.Parse(value, CultureInfo.InvariantCulture) && x.Span.Unit == unit);

    [Fact]
    public void Approximations_and_ranges_are_marked_as_such()
    {
        Spans<AmountSpan>().Single(x => x.Text == "一千多亿").Span.Approximate.ShouldBeTrue();
        Spans<AmountSpan>().Single(x => x.Text == "两到三倍").Span.Upper.ShouldBe(3m);
    }

    [Theory]
    [InlineData("2014年", "2014")]
    [InlineData("2015年夏天", "2015")]
    [InlineData("2016年5月", "2016-05")]
    [InlineData("数月之后", "2016")]
    [InlineData("2018年初", "2018")]
    [InlineData("2022年12月", "2022-12")]
    [InlineData("2个月后", "2023-02")]
    [InlineData("前15个月", "P15M")]
    [InlineData("如今", "2023")]
    public void Every_date_is_marked_with_a_datetime(string text, string datetime) =>
        Spans<DateSpan>().ShouldContain(x => x.Text == text && x.Span.Iso == datetime);

    [Fact]
    public void Money_is_dated_by_the_editor_when_the_paragraph_gives_no_date() =>
        Spans<AmountSpan>().First(x => x.Text == "10亿美元").Span.AsOf.ShouldBe("2015-12-11");

    [Theory]
    [InlineData("蒙特利尔大学一位教授", "yoshua-bengio")]
    [InlineData("另一个学生", "alex-krizhevsky")]
    [InlineData("时任谷歌首席AI研究员", "dario-amodei")]
    [InlineData("萨姆·阿尔特曼", "sam-altman")]
    [InlineData("奥特曼", "sam-altman")]
    [InlineData("小萨", "ilya-sutskever")]
    public void People_are_recognised_by_name_and_by_description(string text, string id) =>
        Spans<Mention>().ShouldContain(x => x.Text == text && x.Span.EntityId == id);

    [Fact]
    public void Spans_never_overlap_and_markers_never_split_a_mention()
    {
        foreach (var block in Content.Value.Document.AllBlocks)
        {
            var wrapping = block.Spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ToList();
            wrapping.Zip(wrapping.Skip(1)).ShouldAllBe(p => p.First.End <= p.Second.Start, block.Id);
            block.Spans.Where(s => s.Length == 0).ShouldAllBe(m => !wrapping.Any(w => w.Start < m.Start && m.Start < w.End), block.Id);
        }
    }
}
