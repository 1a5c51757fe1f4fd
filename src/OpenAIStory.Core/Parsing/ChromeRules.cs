using System.Buffers;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing;

/// <summary>Shapes of site chrome found across Chinese site templates (portals, forums, blogs, farms): link rows, page
/// controls, forum furniture, anti-copy noise, image leftovers, summaries, comment threads. Each rule has a name, which
/// /source shows. Words are matched in the line's <see cref="FoldedLine.Simplified"/> reading, so traditional pages get
/// the same treatment.</summary>
public static partial class ChromeRules
{
    // A template field's value is a word or a name, never a sentence: none of these marks stands in it.
    private const string NotInAField = SentencePunctuation.Ends + SentencePunctuation.Commas;

    // A row of links holds no full-width sentence end and no comma.
    private static readonly SearchValues<char> NotInALinkRow = SearchValues.Create(SentencePunctuation.FullWidthEnds + SentencePunctuation.Commas);

    // Words of page controls and account links: a line made only of these (and separators) is a control row.
    [GeneratedRegex(@"设为首页|收藏本站|加入收藏|会员中心|用户中心|个人中心|找回密码|忘记密码|立即注册|免费注册|注册|登录|登陆|退出|搜索|帮助中心|网站导航|网站地图|手机版|English|繁体|简体|放大字体|缩小字体|字体|字号|[【\[][大中小][】\]]|大\s*中\s*小|打印(?:本页|稿件|此文)?|关闭(?:窗口|本页)?|复制链接|复制|正文|收藏|举报|点赞|打赏|返回(?:顶部|首页|列表|上页)?|上一主题|下一主题|上一篇|下一篇|跳转到指定楼层|只看该作者|只看大图|倒序浏览|阅读模式|回帖奖励|楼主|沙发|板凳|地板|电梯直达|发表于|loading\.*|首页", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ControlWord();

    [GeneratedRegex(@"[\s|｜·•・/\\>»›→＞<«‹←\-—_:：,，、\[\]【】()（）]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // Forum furniture with a variable part: edit notes, sign-in status, floor rows.
    [GeneratedRegex(@"^本帖最后由\s*\S+\s*于\s*[\d\-/: ]+\s*编辑$|从未签到|^(?:\d+\s*)?楼主\s*[|｜]|^查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ForumFurniture();

    // "正在阅读：标题": the page's now-reading bar; the text after it is a title hint.
    [GeneratedRegex(@"^(?:正在阅读|当前阅读|您正在阅读|正在浏览)\s*[:：]\s*(?<t>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NowReading();

    // Image leftovers: a bare file name, a template's placeholder image title.
    [GeneratedRegex(@"^[\w\-.%]{1,60}\.(?:jpe?g|png|gif|webp|bmp|svg)$|^(?:图片)?(?:默认|暂无|无)(?:标题|图片|描述)$|^图片(?:默认)?标题$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImageLeftover();

    // A labelled summary box: 简介：… 导读：… 摘要：… 提要：…, or a machine summary that says what it is.
    [GeneratedRegex(@"^[【\[]?(?:内容)?(?:简介|导读|摘要|提要|导语|核心提示|文章摘要)[】\]]?\s*[:：]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryBox();

    // A machine-written summary that names itself ("本摘要简明扼要地梳理了……").
    [GeneratedRegex(@"本(?:文)?摘要|本简介|以上(?:内容)?(?:摘要|简介)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfNamedSummary();

    // "标签：寒假出游", "关键词：A B": the page's tag row.
    [GeneratedRegex(@"^(?:标签|tags?)\s*[:：]\s*[^" + NotInAField + "]{1,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TagRow();

    // The header of a comment thread: everything after it is other people's words.
    [GeneratedRegex(@"^(?:评论区|网友评论|全部评论|最新评论|热门评论|发表评论|精彩评论|评论列表|用户评论|评论\s*[(（]\s*\d+\s*[)）]|\d+\s*条评论)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    // "新手理财课堂 | 发布于2021-11-09", "访客 2026-02-09 10:05:47 26931": a short row around a date-time stamp.
    [GeneratedRegex(@"发布于|发表于|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\S{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateStamp();

    // A page's date line: a date with optional weekday and time, in any common order.
    [GeneratedRegex(@"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[./]\d{1,2}[./]\d{4})(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    // "信息来源: X", "来源: img.example.com", "分类: EMBED", "标签: 寒假出游": one short field of the page template.
    [GeneratedRegex(@"^(?:信息来源|来源|出处|分类|所属栏目|栏目|标签|关键字|tags?)\s*[:：]\s*(?<v>[^" + NotInAField + "]{1,24})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();

    // One line of an info box: "• 博客访问: 218647", "- 格式:doc", "播出时间:…", "索 引 号 2020…".
    [GeneratedRegex(@"^[•·\-*◆●]?\s*(?<k>[\u4E00-\u9FFF](?:\s*[\u4E00-\u9FFF]){1,5})\s*[:：]\s*(?<v>[^。]{1,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex InfoField();

    // Labels of Q&A farms standing alone or before a copy of the title.
    [GeneratedRegex(@"^(?:网友|用户|专家|最佳|推荐|精选)(?:提问|回答|答案|问题|解答)\s*[:：]?\s*(?<t>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QaLabel();

    /// <summary>Classifies a line by the shape-rules that hold anywhere on a page, or null.</summary>
    public static RemovalVerdict? Classify(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Simplified;
        if (IsJammer(t))
        {
            return new RemovalVerdict(RemovalReason.Jammer, "jammer");
        }

        if (SelfNamedSummary().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.Summary, "self-named-summary");
        }

        if (t.Length > 80)
        {
            return null;
        }

        if (TagRow().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.MetaLine, "tag-row");
        }

        if (ImageLeftover().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.ImageChrome, "image-leftover");
        }

        if (ForumFurniture().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.Navigation, "forum-furniture");
        }

        if (IsControlRow(t))
        {
            return new RemovalVerdict(RemovalReason.Navigation, "control-row");
        }

        return IsLinkRow(t) ? new RemovalVerdict(RemovalReason.Navigation, "link-row") : null;
    }

    /// <summary>Classifies a line of the page head (before the article's first prose line) by the rules that would be
    /// too bold inside the article: date lines, single template fields, summary boxes, Q&amp;A labels.</summary>
    public static RemovalVerdict? ClassifyHead(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Simplified;
        if (SummaryBox().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.Summary, "summary-box");
        }

        if (t.Length > 60)
        {
            return null;
        }

        if (DateLine().IsMatch(t))
        {
            return new RemovalVerdict(RemovalReason.MetaLine, "date-line");
        }

        if (FieldLine().IsMatch(t) && !t.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return new RemovalVerdict(RemovalReason.MetaLine, "template-field");
        }

        if (DateStamp().IsMatch(t) && t.Length <= 50 && !SentencePunctuation.EndsLikeSentence(t) && t.IndexOfAny(['，', ',', '。']) < 0)
        {
            return new RemovalVerdict(RemovalReason.MetaLine, "date-row");
        }

        return QaLabel().IsMatch(t) ? new RemovalVerdict(RemovalReason.MetaLine, "qa-label") : null;
    }

    /// <summary>True for one line of an info box (short key: value); two or more in a row in the head are a box.</summary>
    public static bool IsInfoField(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Simplified;
        return t.Length <= 50 && InfoField().Match(t) is { Success: true } m && !SentencePunctuation.EndsLikeSentence(t)
            && !m.Groups["v"].Value.Contains('，', StringComparison.Ordinal);
    }

    /// <summary>The title named by a now-reading bar (正在阅读：X), or null.</summary>
    public static string? NowReadingTitle(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return NowReading().Match(line.Simplified) is { Success: true } m ? line.Text[line.TextIndex(m.Groups["t"].Index)..].Trim() : null;
    }

    /// <summary>The text after a Q&amp;A label (网友提问：X), or null when the line is not so labelled.</summary>
    public static string? QaLabelled(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return QaLabel().Match(line.Simplified) is { Success: true } m ? line.Text[line.TextIndex(m.Groups["t"].Index)..].Trim() : null;
    }

    /// <summary>True for a labelled summary box (简介：…, 导读：…, 摘要：…): a sentence, but the template's, not the article's.</summary>
    public static bool IsSummaryBox(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return SummaryBox().IsMatch(line.Simplified);
    }

    /// <summary>True for the header of a comment thread (评论区, 网友评论, 3条评论).</summary>
    public static bool IsCommentsHeader(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return CommentsHeader().IsMatch(line.Simplified);
    }

    /// <summary>True for a line made only of page controls and account links (打印 上一主题 下一主题, 找回密码, 正文复制).</summary>
    public static bool IsControlRow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 60 || !ControlWord().IsMatch(text))
        {
            return false;
        }

        var rest = Separators().Replace(ControlWord().Replace(text, ""), "");
        return rest.Length == 0;
    }

    /// <summary>True for a row of short link words: three or more tokens between bars or wide gaps, at least one a
    /// control word (设为首页 | 加入收藏 | 会员中心, Site首页 | 论坛 | 博客).</summary>
    public static bool IsLinkRow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 80 || text.AsSpan().IndexOfAny(NotInALinkRow) >= 0)
        {
            return false;
        }

        var tokens = text.Split(['|', '｜', '·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A row that opens with a footer word (网站首页 | 关于我们) is left to the footer rule, which names it so.
        return tokens.Length >= 3 && tokens.All(tok => tok.Length <= 12) && ControlWord().IsMatch(text) && !BoilerplateRules.IsFooterMarker(text);
    }

    /// <summary>True for anti-copy noise: many short tokens of ASCII letters, digits and punctuation, no Chinese.</summary>
    public static bool IsJammer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cjk.ContainsIdeograph(text) || text.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 4 || tokens.Average(tok => tok.Length) > 3.2)
        {
            return false;
        }

        var punctuation = text.Count(c => !char.IsLetterOrDigit(c) && c != ' ');
        var letters = text.Count(char.IsLetterOrDigit);
        return punctuation * 3 >= letters && tokens.Count(tok => tok.Any(c => !char.IsLetterOrDigit(c))) * 3 >= tokens.Length;
    }
}
