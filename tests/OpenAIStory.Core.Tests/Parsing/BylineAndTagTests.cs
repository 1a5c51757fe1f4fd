using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class BylineAndTagTests
{
    [Theory]
    [InlineData("来源:雪球App,作者: 丁山猎人,(https://xueqiu.com/1/2)", "雪球App", "丁山猎人", "https://xueqiu.com/1/2")]
    [InlineData("来源：微信公众号 科技老炮儿，作者：李木子", "微信公众号 科技老炮儿", "李木子", null)]
    [InlineData("作者：陈思远 | 来源：36氪", "36氪", "陈思远", null)]
    [InlineData("文/张三", null, "张三", null)]
    public void Bylines_are_parsed_into_fields(string line, string? platform, string? author, string? url)
    {
        var byline = BylineRules.TryParse(new LineRecord(4, line, line));
        byline.ShouldBe(new Byline(platform, author, url, 4));
    }

    [Theory]
    [InlineData("作者认为，这件事情没有那么简单。")]
    [InlineData("来源于生活的灵感")]
    public void Prose_is_not_a_byline(string line) => BylineRules.TryParse(new LineRecord(1, line, line)).ShouldBeNull();

    [Fact]
    public void Byline_is_taken_out_of_the_body()
    {
        var doc = Scrape.Run(Scrape.Lines("标题", "作者：李四", "正文。"), new ExtractByline());
        doc.Byline!.Author.ShouldBe("李四");
        doc.Line(2).Role.ShouldBe(LineRole.Byline);
    }

    [Theory]
    [InlineData("SZ002230", "002230", "SZSE")]
    [InlineData("SH600519", "600519", "SSE")]
    [InlineData("09888", "09888", "HKEX")]
    [InlineData("NVDA", "NVDA", "US")]
    [InlineData("600519", "600519", "SSE")]
    [InlineData("000858", "000858", "SZSE")]
    public void Stock_codes_split_into_code_and_exchange(string raw, string code, string exchange) =>
        TagRules.SplitCode(raw).ShouldBe((code, exchange));

    [Fact]
    public void Trailing_tag_lines_become_tags_and_leave_the_body()
    {
        var doc = Scrape.Run(Scrape.Lines("正文。", "#话题一# $科大讯飞(SZ002230)$ #话题!二#"), new ExtractTags());
        doc.Tags.Select(t => (t.Kind, t.Name, t.Code)).ShouldBe([(TagKind.Topic, "话题一", null), (TagKind.Cashtag, "科大讯飞", "002230"), (TagKind.Topic, "话题！二", null)]);
        doc.Line(2).Role.ShouldBe(LineRole.Tags);
    }

    [Fact]
    public void A_hash_inside_prose_is_not_a_tag_line() =>
        TagRules.IsTagLine("#没人能复制Chat| 来源: 网络整理| 查看: 265").ShouldBeFalse();

    [Fact]
    public void Appendix_runs_from_its_opening_to_the_end()
    {
        var doc = Scrape.Run(Scrape.Lines("正文。", "附：转载者的话。", "又一段。"), new DetectAppendix());
        doc.Lines.Select(l => l.InAppendix).ShouldBe([false, true, true]);
    }

    [Fact]
    public void First_line_cannot_be_an_appendix() =>
        Scrape.Run(Scrape.Lines("附：这不是附言。", "正文。"), new DetectAppendix()).Lines.ShouldAllBe(l => !l.InAppendix);
}
