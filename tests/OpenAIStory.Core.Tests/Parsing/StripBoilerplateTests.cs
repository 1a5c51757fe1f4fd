using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class StripBoilerplateTests
{
    [Fact]
    public void Footer_starts_at_its_first_marker_and_runs_to_the_end()
    {
        var doc = Scrape.Run(Scrape.Lines("正文第一段。", "", "阿尔特曼与马斯克", "", "【本文地址】", "公司简介", "今日新闻", "CopyRight 2018 某网 版权所有"), new StripBoilerplate());
        doc.Line(3).Role.ShouldBe(LineRole.Body); // a short caption before the footer is not footer
        doc.Line(5).Reason.ShouldBe(RemovalReason.FooterNavigation);
        doc.Line(7).Reason.ShouldBe(RemovalReason.FooterNavigation);
        doc.Line(8).Reason.ShouldBe(RemovalReason.Copyright);
    }

    [Fact]
    public void Related_lists_are_told_apart_from_navigation()
    {
        var doc = Scrape.Run(Scrape.Lines("正文。", "相关推荐", "国产航母的前世今生", "上一篇：没有了"), new StripBoilerplate());
        doc.Line(2).Reason.ShouldBe(RemovalReason.RelatedList);
        doc.Line(3).Reason.ShouldBe(RemovalReason.RelatedList);
        doc.Line(4).Reason.ShouldBe(RemovalReason.FooterNavigation);
    }

    [Fact]
    public void Short_lines_at_the_end_without_a_footer_marker_are_kept()
    {
        var doc = Scrape.Run(Scrape.Lines("正文。", "一篇改变了世界线的论文", "结尾"), new StripBoilerplate());
        doc.RemovedLines.ShouldBeEmpty();
    }

    [Fact]
    public void Breadcrumb_yields_title_hints()
    {
        var doc = Scrape.Run(Scrape.Lines("标题甲 您所在的位置:网站首页 分类 标题甲", "正文。"), new StripBoilerplate());
        doc.Line(1).Reason.ShouldBe(RemovalReason.Breadcrumb);
        doc.TitleHints.ShouldBe([new TitleHint("标题甲", true), new TitleHint("标题甲", false)]);
    }

    [Fact]
    public void Title_hints_on_a_page_with_pinyin_glosses_are_cut_where_the_page_text_is()
    {
        // The rules match the simplified reading, which drops "(xué)"; the hint is cut from the page's own text.
        var doc = Scrape.Run(Scrape.Lines("科學(xué)新聞 當前位置：首頁 > 新聞 > 鶴鳴一號升空", "正在閱(yuè)讀：鶴鳴一號升空", "正文。"), new StripBoilerplate());
        doc.TitleHints.ShouldBe([new TitleHint("科學(xué)新聞", true), new TitleHint("鶴鳴一號升空", false), new TitleHint("鶴鳴一號升空", false)]);
    }

    [Fact]
    public void Breadcrumbs_are_only_looked_for_in_the_head()
    {
        var lines = Enumerable.Range(1, 12).Select(i => $"第{i}段正文，这是一句足够长的文章正文句子。").Append("当前位置：首页 > 科技").ToArray();
        Scrape.Run(Scrape.Lines(lines), new StripBoilerplate()).Line(13).Reason.ShouldNotBe(RemovalReason.Breadcrumb);
    }
}
