using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class ClassifyBlocksTests
{
    private static LineRole[] Roles(params string[] lines) =>
        [.. Scrape.Run(Scrape.Lines(lines), new ClassifyBlocks()).Lines.Select(l => l.Role)];

    [Fact]
    public void Keyword_colon_headings_need_two_of_a_kind()
    {
        Roles("信仰:AGI神教", "正文。", "接盘:读作理想,写作美元", "正文。").ShouldBe([LineRole.Heading, LineRole.Paragraph, LineRole.Heading, LineRole.Paragraph]);
        Roles("数据:来自公开报道", "正文。").ShouldBe([LineRole.Caption, LineRole.Paragraph]);
    }

    [Fact]
    public void Interview_speakers_are_not_headings()
    {
        Roles("王小明:我不同意", "正文。", "李小红:我同意他", "正文。", "王小明:那就这样").ShouldNotContain(LineRole.Heading);
    }

    [Fact]
    public void A_second_style_numbered_afresh_under_each_heading_nests()
    {
        Roles("一、起步", "正文。", "（一）找方向", "正文。", "（二）找钱", "正文。", "二、访谈", "（一）招人", "正文。")
            .ShouldBe([LineRole.Heading, LineRole.Paragraph, LineRole.Subheading, LineRole.Paragraph, LineRole.Subheading, LineRole.Paragraph, LineRole.Heading, LineRole.Subheading, LineRole.Paragraph]);
        Roles("1. 背景", "正文。", "1.1 起因", "正文。", "1.2 经过", "正文。", "2. 结果", "正文。")
            .Count(r => r == LineRole.Subheading).ShouldBe(2);
    }

    [Fact]
    public void A_run_of_short_lines_is_not_captions()
    {
        Roles("正文。", "苹果", "香蕉", "橘子", "正文。").ShouldNotContain(LineRole.Caption);
    }

    [Fact]
    public void Numbered_headings_must_count_up_from_one()
    {
        Roles("一、背景", "正文。", "二、经过", "正文。").ShouldBe([LineRole.Heading, LineRole.Paragraph, LineRole.Heading, LineRole.Paragraph]);
        Roles("二、经过", "正文。", "四、结果", "正文。").ShouldNotContain(LineRole.Heading);
    }

    [Theory]
    [InlineData("1. 价格战的起点", HeadingStyle.ArabicNumeral)]
    [InlineData("2、谁在亏钱", HeadingStyle.ArabicNumeral)]
    [InlineData("（一）引进消化吸收再创新", HeadingStyle.ParenNumeral)]
    [InlineData("▌自己造原料", HeadingStyle.Marker)]
    [InlineData("第二章 起源", HeadingStyle.Chapter)]
    [InlineData("## 结语", HeadingStyle.Markdown)]
    [InlineData("突围:难以复刻的奢侈品", HeadingStyle.KeywordColon)]
    public void Heading_shapes_are_recognised(string line, HeadingStyle style) => HeadingRules.Match(line)!.Style.ShouldBe(style);

    [Theory]
    [InlineData("3.5亿元，是某品牌一个季度的营销开支")]
    [InlineData("2023年开年，一场价格战席卷了中国车市。")]
    [InlineData("5G座舱、激光雷达这些配置")]
    [InlineData("来源：网络")]
    [InlineData("这也让谷歌等企业迅速意识到:AI终于有搞头了,直接把小萨挖走了。")]
    public void Prose_and_fields_are_not_headings(string line) => HeadingRules.Match(line).ShouldBeNull();

    [Theory]
    [InlineData("阿尔特曼与马斯克", true)]
    [InlineData("萨特斯基弗(左)与老师杰夫·辛顿(右)", true)]
    [InlineData("图：莫高窟九层楼外景", true)]
    [InlineData("▲ 常书鸿在敦煌临摹壁画", true)]
    [InlineData("（图片来源：网络）", true)]
    [InlineData("传世的“千斯仓”钞版拓片", true)]
    [InlineData("这是一场浩劫。", false)]
    [InlineData("谁能想到呢?", false)]
    [InlineData("图片永远代替不了真迹！", false)]
    [InlineData("所谓AGI，即“超级智能”，接近科幻电影中万能的人工智能", false)]
    public void Captions_are_short_phrases_not_sentences(string line, bool caption) => CaptionRules.IsCaption(line).ShouldBe(caption);
}
