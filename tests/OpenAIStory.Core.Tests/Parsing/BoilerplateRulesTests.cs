using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class BoilerplateRulesTests
{
    [Theory]
    [InlineData("标题 您所在的位置:网站首页 分类 标题", "标题", "标题")]
    [InlineData("当前位置：首页 > 科技 > 正文", null, null)]
    [InlineData("首页 » 数码科技 » 汉字输入法往事", null, "汉字输入法往事")]
    [InlineData("您现在的位置：首页 >> 交通 >> 中国高铁是怎样炼成的", null, "中国高铁是怎样炼成的")]
    [InlineData("首页 - 人文历史 - 正文", null, null)]
    public void Breadcrumbs_are_found_with_their_title_hints(string line, string? glued, string? last)
    {
        BoilerplateRules.IsBreadcrumb(line, out var g, out var l).ShouldBeTrue();
        g.ShouldBe(glued);
        l.ShouldBe(last);
    }

    [Theory]
    [InlineData("首页的设计很重要，我们在首页放了三个按钮。")]
    [InlineData("他说他的位置在北京。")]
    public void Prose_is_not_a_breadcrumb(string line) => BoilerplateRules.IsBreadcrumb(line, out _, out _).ShouldBeFalse();

    [Theory]
    [InlineData("#没人能复制Chat| 来源: 网络整理| 查看: 265")]
    [InlineData("发布时间：2023-03-01 10:20 | 编辑：张三 | 阅读：1024")]
    [InlineData("时间：2022-08-16  来源：网络整理  点击：1536")]
    [InlineData("2023-04-18 09:35 来源：网络 阅读 2,315")]
    [InlineData("2023-06-20 16:45")]
    [InlineData("责任编辑：周倩")]
    [InlineData("（责任编辑：赵六）")]
    [InlineData("原标题：《蜜雪冰城的供应链帝国》")]
    public void Meta_lines_are_recognised_by_shape(string line) => BoilerplateRules.IsMetaLine(line).ShouldBeTrue();

    [Theory]
    [InlineData("来源:雪球App,作者: 丁山猎人,(https://xueqiu.com/5369439966/245307281)")]
    [InlineData("作者：陈思远 | 来源：36氪")]
    [InlineData("2014年,特斯拉正在为产能问题焦头烂额。")]
    [InlineData("编辑部的故事：一部老电视剧为什么至今好看，值得一说再说。")]
    public void Bylines_and_prose_are_not_meta_lines(string line) => BoilerplateRules.IsMetaLine(line).ShouldBeFalse();

    [Theory]
    [InlineData("CopyRight 2018-2019 某某网 版权所有", RemovalReason.Copyright)]
    [InlineData("Copyright © 2019-2022 www.example.com 版权所有 备案号：浙ICP备20012345号-1", RemovalReason.IcpLicence)]
    [InlineData("分享到：微信 微博 QQ空间", RemovalReason.SharePrompt)]
    [InlineData("扫码关注公众号，每天一篇科技史", RemovalReason.SharePrompt)]
    [InlineData("觉得有用，点个“在看”吧", RemovalReason.SharePrompt)]
    [InlineData("本文来源于网络，如有侵权请联系删除。", RemovalReason.SiteNotice)]
    [InlineData("声明：本文仅代表作者观点，不构成投资建议。", RemovalReason.SiteNotice)]
    [InlineData("（完）", RemovalReason.EndMarker)]
    [InlineData("— END —", RemovalReason.EndMarker)]
    public void Standalone_boilerplate_gets_its_reason(string line, RemovalReason reason) =>
        BoilerplateRules.ClassifyStandalone(line).ShouldBe(reason);

    [Theory]
    [InlineData("点赞是一种社交礼仪，但它也在悄悄改变我们的表达方式，这一点值得每个人好好想一想，再想一想，因为它关系到我们每天的生活。")]
    [InlineData("版权是创作者的生命线。")]
    [InlineData("完成了首飞。")]
    public void Prose_that_mentions_the_words_is_kept(string line) => BoilerplateRules.ClassifyStandalone(line).ShouldBeNull();
}
