using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class ExtractTitleTests
{
    private static ArticleDocument Run(params string[] lines) => Scrape.Run(Scrape.Lines(lines), new StripBoilerplate(), new ExtractTitle());

    [Fact]
    public void Title_glued_to_a_breadcrumb_wins_and_its_copy_becomes_the_title_line()
    {
        var doc = Run("没人能复制Chat 您所在的位置:网站首页 产能过剩 没人能复制Chat", "", "没人能复制Chat", "正文。");
        doc.Title.ShouldBe("没人能复制Chat");
        doc.Line(3).Role.ShouldBe(LineRole.Title);
    }

    [Fact]
    public void Repeated_title_copies_are_removed()
    {
        var doc = Run("汉字输入法往事", "首页 » 数码 » 汉字输入法往事", "汉字输入法往事", "正文。");
        doc.Line(1).Reason.ShouldBe(RemovalReason.DuplicateTitle);
        doc.Line(3).Role.ShouldBe(LineRole.Title);
    }

    [Fact]
    public void A_category_at_the_end_of_a_trail_is_not_the_title()
    {
        var doc = Run("网站首页 > 财经 > 公司", "一杯4元的柠檬水，撑起一家百亿公司", "正文。");
        doc.Title.ShouldBe("一杯4元的柠檬水，撑起一家百亿公司");
    }

    [Fact]
    public void Without_boilerplate_a_short_first_line_is_the_title()
    {
        Run("手机电池为什么越来越不耐用", "正文。").Title.ShouldBe("手机电池为什么越来越不耐用");
    }

    [Fact]
    public void A_first_line_that_is_prose_is_not_a_title()
    {
        Run("这是一段很长的正文，它以句号结束。", "第二段。").Title.ShouldBeNull();
    }
}
