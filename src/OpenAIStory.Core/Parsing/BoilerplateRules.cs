using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>The shapes by which repost-site boilerplate is recognised, independent of any one site or article.</summary>
public static partial class BoilerplateRules
{
    // "您所在的位置:" / "当前位置：" / "首页 >" and friends: the start of a breadcrumb trail.
    [GeneratedRegex(@"(?:您(?:现在|当前)?(?:所在)?的?位置(?:是)?|当前(?:所在)?位置|所在位置|本页位置|^位置)\s*[:：]|(?:您(?:现在|当前)?(?:所在)?的?位置(?:是)?|当前(?:所在)?位置|本页位置)\s*(?=网站首页|首页|主页)|^(?:网站首页|首页|主页)\s*(?:>>|>|»|›|→|＞|/|\\|-|－|—)\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbMarker();

    [GeneratedRegex(@"\s*(?:>>|>|»|›|→|＞|/|\\|\s-\s|－|—)\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbSeparator();

    // key:value fields of a page's meta line.
    [GeneratedRegex(@"(?:来源|查看|阅读|浏览|点击|人气|发布时间|发布日期|更新时间|时间|日期|编辑|责任编辑|作者|字号|评论|阅读量|浏览量|点击量|次数|点击次数|所属栏目|栏目|分类|回复)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex MetaKey();

    [GeneratedRegex(@"(?:查看|阅读|浏览|点击|人气|阅读量|浏览量|点击量|次数)\s*[:：]\s*\d+|(?:阅读|浏览|点击|查看)\s*[(（]?\s*\d[\d,]*\s*[)）]?\s*次?$|(?:阅读|浏览|点击)\s*[(（]\s*\d+\s*[)）]|\d+\s*(?:次阅读|次浏览|人阅读|次查看)", RegexOptions.CultureInvariant)]
    private static partial Regex MetaCounter();

    [GeneratedRegex(@"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex MetaTimestamp();

    // A line that is nothing but a date and time: the page's publication stamp (a bare date may sign a notice).
    [GeneratedRegex(@"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareTimestamp();

    // Editor credits and original-title notes: page furniture, not the author's text.
    [GeneratedRegex(@"^[（(]?\s*(?:责任编辑|编辑|责编|校对|审核|审校|监制|编审|值班编辑|实习编辑|原标题)\s*[:：]\s*[^，。,]{1,30}?\s*[)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorCredit();

    // "（完）", "— END —": the template's end-of-article mark.
    [GeneratedRegex(@"^(?:[（(【\[]\s*(?:完|全文完|终|END)\s*[)）】\]]|[—\-–_=~\s]*(?:END|完|全文完)[—\-–_=~\s]*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"copyright|©|\(c\)\s*\d{4}|版权所有|all rights reserved|版权归.{1,20}所有", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPattern();

    [GeneratedRegex(@"ICP\s*[备证]|公网安备|增值电信业务经营许可证", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IcpPattern();

    [GeneratedRegex(@"^(?:分享到|分享至|一键分享|扫码关注|扫一扫|扫描二维码|长按(?:识别)?二维码|关注(?:我们|公众号)|点击(?:关注|订阅|上方)|收藏本文|点赞|打赏|在看)|点个?\s*[“""]?在看|[，,]\s*关注我们$|^(?:点击)?右上角.{0,8}(?:好友|朋友圈|分享)|^朋友圈$|^(?:微信|微博|QQ)(?:好友|空间)?$|分享功能进行分享|^请使用浏览器分享", RegexOptions.CultureInvariant)]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"侵权.{0,12}删除|免责声明|^声明\s*[:：]|不构成(?:任何)?投资建议|投资需谨慎|本站(?:部分)?(?:内容|文章|资源).{0,20}(?:转载|来源于网络)|转载请注明|文章来源于网络|不代表.{0,12}(?:观点|立场)|未经.{0,4}授权.{0,16}(?:不得|禁止)|版权声明\s*[:：]|^(?:广告|推广|赞助商?)(?:\s*[:：]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NoticePattern();

    // Lines that open a site footer or a list of other articles.
    [GeneratedRegex(@"^[【\[]?\s*(?:本文地址|本文链接|原文地址|上一篇|下一篇|上一页|下一页|相关推荐|相关文章|相关阅读|推荐阅读|热门推荐|热门文章|猜你喜欢|延伸阅读|最新文章|公司简介|联系我们|关于我们|网站地图|网站首页|广告服务|友情链接|返回顶部|返回首页|今日新闻|推荐新闻|专题文章|意见反馈|相关信息|相关新闻|相关链接|相关问题|相关专题|更多精彩|往期回顾|往期精彩|最新精彩内容|精彩推荐|评论已被关闭)\s*[】\]]?", RegexOptions.CultureInvariant)]
    private static partial Regex FooterMarker();

    [GeneratedRegex(@"^[【\[]?\s*(?:相关推荐|相关文章|相关阅读|推荐阅读|热门推荐|热门文章|猜你喜欢|延伸阅读|最新文章|相关信息|相关新闻|相关链接|相关问题|相关专题|更多精彩|往期回顾|往期精彩|最新精彩内容|精彩推荐|(?:节目|内容|活动)预告)", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeader();

    /// <summary>Finds a breadcrumb trail in <paramref name="line"/>; returns the text glued before it and the trail's last segment.</summary>
    public static bool IsBreadcrumb(FoldedLine line, out string? gluedBefore, out string? lastSegment)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Text;
        gluedBefore = null;
        lastSegment = null;
        if (text.Length > 200)
        {
            return false;
        }

        var m = BreadcrumbMarker().Match(line.Simplified);
        if (!m.Success)
        {
            return false;
        }

        var before = text[..line.TextIndex(m.Index)].Trim();
        gluedBefore = before.Length > 0 ? before : null;
        var trail = text[line.TextIndex(m.Index + m.Length)..];
        var segments = BreadcrumbSeparator().Split(trail).Where(s => s.Length > 0).ToArray();
        if (segments.Length > 0 && !IsGenericSegment(segments[^1]))
        {
            lastSegment = segments[^1];
        }

        // A breadcrumb is short and made of links, not sentences.
        return !trail.Contains('。', StringComparison.Ordinal) && trail.Length <= 120;
    }

    /// <summary>True when the trail's last word names the page type, not the article (正文, 详情 …).</summary>
    private static bool IsGenericSegment(string segment) =>
        segment is "正文" or "详情" or "内容" or "文章" or "阅读" or "详细" or "正文内容" or "新闻" or "资讯";

    /// <summary>True for a repost site's meta line: several key:value fields (来源, 查看, 发布时间 …) separated by bars, or a view counter.</summary>
    public static bool IsMetaLine(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Simplified;
        if (text.Length > 160 || text.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (BareTimestamp().IsMatch(text) || EditorCredit().IsMatch(text))
        {
            return true;
        }

        var keys = MetaKey().Count(text);
        var separated = text.Contains('|', StringComparison.Ordinal) || text.Contains('｜', StringComparison.Ordinal) || text.Contains("  ", StringComparison.Ordinal);
        var counted = MetaCounter().IsMatch(text);
        var dated = MetaTimestamp().IsMatch(text);
        // "作者：X | 来源：Y" with no counter and no date is a byline, not the site's meta line.
        var namesAuthor = text.Contains("作者", StringComparison.Ordinal);
        return (keys >= 2 && separated && (!namesAuthor || counted || dated)) || (keys >= 1 && (counted || dated));
    }

    /// <summary>Classifies one line as stand-alone boilerplate (copyright, licence, share prompt, site notice), or null.</summary>
    public static RemovalReason? ClassifyStandalone(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Simplified;
        if (text.Length > 200)
        {
            return null; // boilerplate lines are short; a long line is somebody's prose
        }

        if (text.Length > 120)
        {
            return NoticePattern().Count(text) >= 2 ? RemovalReason.SiteNotice : null; // a long notice names itself more than once
        }

        if (IcpPattern().IsMatch(text))
        {
            return RemovalReason.IcpLicence;
        }

        if (CopyrightPattern().IsMatch(text) && text.Length <= 80)
        {
            return RemovalReason.Copyright;
        }

        if (EndMarker().IsMatch(text))
        {
            return RemovalReason.EndMarker;
        }

        if (SharePattern().IsMatch(text) && text.Length <= 40)
        {
            return RemovalReason.SharePrompt;
        }

        return NoticePattern().IsMatch(text) ? RemovalReason.SiteNotice : null;
    }

    /// <summary>True for a line that opens or belongs to a site footer (本文地址, 上一篇, 联系我们 …).</summary>
    public static bool IsFooterMarker(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return FooterMarker().IsMatch(line.Simplified);
    }

    /// <summary>True for the header of a related / recommended articles list.</summary>
    public static bool IsRelatedHeader(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Marker.StripLeading(line.Simplified) is { Length: <= 16 } t && RelatedHeader().IsMatch(t);
    }

    /// <summary>True for a line short and bare enough to be a navigation link or a list item in a footer.</summary>
    public static bool IsNavigationLike(string text) =>
        text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal) && !text.EndsWith('！') && !text.EndsWith('？');
}
