using System.Text;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Views;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Cards;

/// <summary>What each page's card shows, from the site's view models: one spec for every path of the site map. A path
/// it has no special knowledge of still gets a card (the article's), so a page added to the site map is never without one.</summary>
public static class ShareCardSpecs
{
    private const string SiteName = "OpenAIStory";

    public static IReadOnlyList<ShareCardSpec> For(IEnumerable<string> paths, ReadingSite site, EntityPages entities, DataViews views)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(views);
        var article = site.Article;
        var sections = article.Sections.ToDictionary(s => Anchors.SectionPage(s.Slug), StringComparer.Ordinal);
        var entityPages = entities.All.ToDictionary(p => p.Entity.Path, StringComparer.Ordinal);
        var indexes = entities.Indexes.ToDictionary(i => i.Path, StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);

        ShareCardSpec Spec(string path, string kicker, string heading, string? original, string? summary, string? quote) => new()
        {
            PagePath = path,
            Slug = UniqueSlug(path, slugs),
            SiteName = SiteName,
            ArticleTitle = article.Title,
            Kicker = kicker,
            Heading = heading,
            Original = original,
            Summary = summary,
            Quote = quote,
        };

        var specs = new List<ShareCardSpec>();
        foreach (var path in paths)
        {
            specs.Add(path switch
            {
                "/" => Spec(path, $"全文 · {article.Sections.Count} 节", article.Title, Byline(article), article.Description, FirstSentence(article.Lead.Concat(article.Sections.SelectMany(s => s.Blocks)))),
                _ when sections.TryGetValue(path, out var section) => Spec(
                    path,
                    $"第 {section.Number} 节 · 共 {article.Sections.Count} 节",
                    section.Heading,
                    null,
                    Cast(site.Content, section.Slug),
                    FirstSentence(section.Blocks)),
                _ when entityPages.TryGetValue(path, out var page) => Spec(
                    path,
                    page.Mentions.Count > 0 ? $"{page.TypeLabel} · 文中提到 {page.Mentions.Count} 处" : page.TypeLabel,
                    page.Title.Name,
                    page.Title.Original,
                    page.Summary,
                    FirstMention(site.Content, page.Entity.Id)),
                _ when indexes.TryGetValue(path, out var index) => Spec(
                    path,
                    $"索引 · {index.Entries.Count} 个条目",
                    index.Title,
                    null,
                    $"《{article.Title}》提到的{index.Title}：简介、关系与文中出处。",
                    string.Join("、", index.Entries.Take(10).Select(e => e.Title.Name))),
                "/timeline" => Spec(path, "图表", "时间线", null, $"文中的 {views.Events.Count} 个日期，排在一条时间轴上。", views.Events.Count > 0 ? views.Events[0].Text : null),
                "/figures" => Spec(path, "图表", "数字账本", null, $"文中的 {views.Figures.Count} 笔钱和数量：规范化、美元人民币互换、折合今日价格。", null),
                "/map" => Spec(path, "图表", "人物与机构关系图", null, $"{views.Map.Nodes.Count} 个条目、{views.Map.Edges.Count} 条关系：谁创立、投资、雇用、教导、掌管了什么。", null),
                "/source" => Spec(path, "整理过程", "转载稿逐行对照", null, $"转载稿 {site.SourceLines.Count} 行：保留了什么，删去了什么，为什么。", null),
                "/checks" => Spec(path, "事实核查", "核查账本", null, "原文每一条经过核查的说法、结论与出处。", null),
                _ => Spec(path, SiteName, article.Title, Byline(article), article.Description, null),
            });
        }

        return specs;
    }

    private static string? Byline(ArticleView article) =>
        string.Join(" · ", new[] { article.Author, article.Platform, article.Published }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } line ? line : null;

    /// <summary>The first sentence of the first paragraph (two, if the first is very short).</summary>
    private static string? FirstSentence(IEnumerable<BlockView> blocks)
    {
        var text = blocks.FirstOrDefault(b => !b.IsCaption && !string.IsNullOrWhiteSpace(b.PlainText))?.PlainText;
        if (text is null)
        {
            return null;
        }

        var (_, end) = Sentences.Around(text, 0, 0);
        if (end < 12 && end < text.Length)
        {
            (_, end) = Sentences.Around(text, end, end);
        }

        return text[..end].Trim();
    }

    /// <summary>Who the section is about: the entities it mentions most, in order.</summary>
    private static string? Cast(SiteContent content, string slug)
    {
        var section = content.Document.Sections.First(s => string.Equals(s.Slug, slug, StringComparison.Ordinal));
        var names = section.Blocks.SelectMany(b => b.Spans).OfType<Mention>()
            .GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(g => content.Entities[g.Key].Name)
            .ToList();
        return names.Count == 0 ? null : "本节人物与机构：" + string.Join("、", names);
    }

    /// <summary>The sentence of the article where the entity first appears.</summary>
    private static string? FirstMention(SiteContent content, string id)
    {
        foreach (var block in content.Document.AllBlocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            if (block.Spans.OfType<Mention>().FirstOrDefault(m => string.Equals(m.EntityId, id, StringComparison.Ordinal)) is { } span)
            {
                var (start, end) = Sentences.Around(block.Text, span.Start, span.End);
                return block.Text[start..end].Trim();
            }
        }

        return null;
    }

    /// <summary>An ASCII file name stem for a page: <c>/</c> → reading, <c>/s/faith</c> → s-faith; a path with other
    /// characters keeps what it can and adds a short hash of the path, so two pages never share a name.</summary>
    internal static string UniqueSlug(string path, HashSet<string> taken)
    {
        var decoded = Uri.UnescapeDataString(path.Trim('/'));
        var builder = new StringBuilder();
        foreach (var c in decoded.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length == 0 ? path == "/" ? "reading" : "page" : slug;
        if (!decoded.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/') && path != "/" || !taken.Add(slug))
        {
            slug += "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..6];
            taken.Add(slug);
        }

        return slug.Length > 80 ? slug[..80] : slug;
    }
}
