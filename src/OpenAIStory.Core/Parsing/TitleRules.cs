using System.Text.RegularExpressions;

namespace OpenAIStory.Core.Parsing;

/// <summary>How a title is told apart from prose, and how its repetitions are recognised.</summary>
public static partial class TitleRules
{
    // "文/X", "策划/X", "摄影｜X": a credit line, never a title.
    [GeneratedRegex(@"(?:^|\s)(?:文|策划|策劃|图|圖|摄影|攝影|编辑|編輯|记者|記者|撰文)\s*[/|｜]", RegexOptions.CultureInvariant)]
    private static partial Regex CreditShape();

    // "[科技漫谈] 标题": a forum's category before the thread title.
    [GeneratedRegex(@"^\[[^\]]{1,10}\]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ForumCategory();

    // "标题 - Site.com", "标题 - 某某网": the page title's site suffix.
    [GeneratedRegex(@"\s+[-–—]\s+[^\s].{0,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSuffix();

    /// <summary>Folds the decorations templates put around a repeated title (#, 《》, spaces, a forum category, trailing
    /// site names after a bar or a spaced dash); rules compare the result through <see cref="FoldedLine.TitleKey"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = ForumCategory().Replace(text.Trim(), "").Trim('#', '《', '》', '“', '”', '"', ' ');
        var bar = t.IndexOfAny(['|', '｜', '_']);
        if (bar > 0)
        {
            t = t[..bar].TrimEnd();
        }

        t = SiteSuffix().Replace(t, "");
        return Text.WidthFold.Fold(t).Text;
    }

    /// <summary>True when the two texts are the same title once template decorations are folded away.</summary>
    public static bool SameTitle(FoldedLine a, FoldedLine b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.TitleKey is { Length: > 0 } fa && string.Equals(fa, b.TitleKey, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="line"/> is a label or trail ending with the title (名称 + title, 正在阅读：title, 首页 > title).</summary>
    public static bool EndsWithTitle(FoldedLine line, FoldedLine title)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(title);
        var ft = title.TitleKey;
        return ft.Length >= 4 && line.Narrow.Length > ft.Length && line.Narrow.EndsWith(ft, StringComparison.Ordinal);
    }

    /// <summary>The parts of a title joined by dashes, bars, underscores or spaces (an SEO title's keywords).</summary>
    public static IReadOnlyList<string> Parts(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var parts = title.Split(['-', '|', '｜', '_', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? parts : [];
    }

    /// <summary>The title as the reader sees it: without a forum category prefix or the page title's site suffix.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ForumCategory().Replace(text.Trim(), "").Trim('#', ' ');
    }

    /// <summary>True for a line shaped like a title: short, no sentence-ending punctuation, no field labels.</summary>
    public static bool LooksLikeTitle(string text, int maxLength = 64)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text.Length <= maxLength
            && !text.EndsWith('。') && !text.EndsWith('，') && !text.EndsWith(',') && !text.EndsWith(':') && !text.EndsWith('：')
            && !text.Contains("作者", StringComparison.Ordinal) && !text.Contains("来源", StringComparison.Ordinal)
            && !CreditShape().IsMatch(text)
            && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase);
    }
}
