using OpenAIStory.Core.Annotation;

namespace OpenAIStory.Core.Tests.Annotation;

public sealed class AmountRecognizerRejectionTests
{
    [Theory]
    [InlineData("2014年，特斯拉正在为产能问题焦头烂额")]
    [InlineData("2016年5月，时任谷歌首席AI研究员")]
    [InlineData("2022年12月，OpenAI沿着Transformer路线")]
    [InlineData("2个月后，Chat-GPT的全球月活")]
    [InlineData("在实验室成立的前15个月")]
    [InlineData("用了3个多月")]
    [InlineData("等了2个小时")]
    [InlineData("过去30年最有趣的")]
    [InlineData("CopyRight 2018-2019 实验室设备网")]
    public void Leaves_dates_and_spans_of_time_to_the_date_recogniser(string text) =>
        AmountRecognizer.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("以OpenAI的GPT-3模型为例")]
    [InlineData("英伟达A100、H100等AI专用显卡")]
    [InlineData("推出了A800，成为中国特供版")]
    [InlineData("一言、M6、混元等")]
    [InlineData("$科大讯飞(SZ002230)$")]
    [InlineData("$百度集团-SW(09888)$")]
    [InlineData("特斯拉Model 3的销量")]
    [InlineData("苹果iPhone 15发布")]
    [InlineData("5G网络")]
    [InlineData("A100显卡持续运转[7]")]
    [InlineData("做点好事[3]。")]
    [InlineData("Chat-GPT背后的明星企业")]
    [InlineData("v2.5版")]
    public void Leaves_codes_names_and_reference_markers_alone(string text) =>
        AmountRecognizer.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("现场所有人都在追问一个问题")]
    [InlineData("筹备一家非盈利导向的AI实验室")]
    [InlineData("谷歌在一篇论文中开源了")]
    [InlineData("向蒙特利尔大学一位教授要来了")]
    [InlineData("这意味着一种资源")]
    [InlineData("就是一笔巨额成本")]
    [InlineData("拥有两家核聚变企业和一家区块链公司")]
    [InlineData("两位明星企业家宣布")]
    [InlineData("组成了最后一块拼图")]
    [InlineData("在一次私人聚会上")]
    [InlineData("第一个吃螃蟹的人")]
    [InlineData("排名第10位")]
    public void Leaves_articles_and_ordinals_alone(string text) =>
        AmountRecognizer.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("特斯拉卖了几辆车？")]
    [InlineData("成千上万的创业公司在做社交软件")]
    [InlineData("接近科幻电影中万能的人工智能")]
    [InlineData("千万不要这样做")]
    [InlineData("谷歌、Facebook、百度早已把世界上最顶尖的AI学者搜刮殆尽")]
    [InlineData("正如百米赛跑中")]
    [InlineData("十万火急")]
    [InlineData("三番五次")]
    [InlineData("天文数字的投资")]
    [InlineData("十分困惑")]
    [InlineData("大模型发展的三要素")]
    [InlineData("差距往往不到一秒钟")]
    [InlineData("３０％的用户")]
    [InlineData("零件")]
    [InlineData("")]
    public void Leaves_idioms_and_non_quantities_alone(string text) =>
        AmountRecognizer.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("一年要烧")]
    [InlineData("好生伺候了一天")]
    [InlineData("两者之间")]
    public void Needs_a_counter_or_a_large_number(string text) =>
        AmountRecognizer.Find(text).ShouldBeEmpty();

    [Fact]
    public void Rejects_null() => Should.Throw<ArgumentNullException>(() => AmountRecognizer.Find(null!));
}
