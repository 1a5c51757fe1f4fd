using System.Globalization;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>The site's view models, built once from the loaded content and shared by every request.</summary>
public sealed class ReadingSite
{
    private readonly Dictionary<string, SectionView> sectionsBySlug;

    public ReadingSite(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        var document = content.Document;
        var notes = new NoteBuilder(content);
        var renderer = new InlineRenderer(
        [
            new ReferenceMarkerRenderer(),
            new EntitySpanRenderer(content.Entities),
            new NoteMarkerRenderer(notes.Numbers),
            new ClaimMarkerRenderer(content.Claims, Anchors.ClaimInLedger),
            new DateSpanRenderer(),
            new AmountSpanRenderer(),
        ]);
        var spanCards = new SpanCards(content);
        BlockView View(Block block) => new(block.Id, block.Kind == BlockKind.Caption, renderer.Render(block).ToHtmlContent(), block.Text, notes.NotesOf(block));

        Ledger = new ClaimLedger(content);
        var sections = document.Sections.Select((s, i) => new SectionView(i + 1, s.Slug, s.Heading, Describe(s.Blocks), [.. s.Blocks.Select(View)])
        {
            ClaimMarksHtml = Ledger.MarksAt(s.Slug),
            Subsections = [.. s.Subsections.Select((sub, j) => new SectionView(j + 1, sub.Slug, sub.Heading, Describe(sub.Blocks), [.. sub.Blocks.Select(View)]) { Level = sub.Level, ClaimMarksHtml = Ledger.MarksAt(sub.Slug) })],
        }).ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i] = sections[i] with { Previous = i > 0 ? sections[i - 1] with { Previous = null, Next = null } : null, Next = i + 1 < sections.Count ? sections[i + 1] with { Previous = null, Next = null } : null };
        }

        sectionsBySlug = sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        Article = new ArticleView
        {
            Title = document.Title ?? Path.GetFileNameWithoutExtension(document.SourceName),
            Description = content.Sidecar.Description ?? Describe(document.Lead),
            Author = document.Byline?.Author,
            Platform = document.Byline?.Platform,
            OriginalUrl = SafeUrl(document.Byline?.Url),
            Published = content.Sidecar.Published?.Date,
            PublishedNote = content.Sidecar.Published?.Note,
            Lead = [.. document.Lead.Select(View)],
            Sections = sections,
            Appendix = [.. document.Appendix.Select(View)],
            Tags = [.. document.Tags.Select(t => new TagView(t.Kind == TagKind.Cashtag, t.Name, t.Code, ExchangeName(t.Exchange)) { Href = EntityNamed(content, t.Name)?.Path })],
            Cards =
            [
                .. document.AllBlocks.SelectMany(b => b.Spans).OfType<Mention>().Select(m => m.EntityId).Distinct().Select(id => Card(content.Entities[id])),
                .. document.AllBlocks.SelectMany(b => b.Spans.Select(s => spanCards.For(b, s))).OfType<CardView>(),
            ],
            ClaimSummary = Ledger.Summary,
            TitleClaimMarksHtml = Ledger.MarksAt(Anchors.ArticleTitle),
            ReferenceNumbers = [.. document.AllBlocks.SelectMany(b => b.Spans).OfType<ReferenceMarker>().Select(r => r.Number.ToString(CultureInfo.InvariantCulture)).Distinct()],
        };
        // Where each kept line went: its block's id, or its section's slug for a heading.
        var targets = document.AllBlocks.Select(b => (b.Line, b.Id)).Concat(document.Sections.SelectMany(s => s.Subsections.Prepend(s)).Select(s => (s.Line, Id: s.Slug)))
            .ToDictionary(t => t.Line, t => t.Id);
        SourceLines = [.. document.Lines.Select(l => SourceLine(l, targets.GetValueOrDefault(l.Number)))];
    }

    /// <summary>The loaded content this site was built from.</summary>
    public SiteContent Content { get; }

    /// <summary>The fact-check ledger.</summary>
    public ClaimLedger Ledger { get; }

    /// <summary>The reading.</summary>
    public ArticleView Article { get; }

    /// <summary>The raw scrape, line by line, with the pipeline's verdicts.</summary>
    public IReadOnlyList<SourceLineView> SourceLines { get; }

    /// <summary>Finds a section by its slug.</summary>
    public SectionView? FindSection(string slug) => sectionsBySlug.GetValueOrDefault(slug);

    /// <summary>The preview card of an entity.</summary>
    public static CardView Card(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new CardView(Anchors.EntityCard(entity.Id), NoteBuilder.Title(entity), EntityRoutes.Label(entity.Type), NoteRenderer.Plain(entity.Data.Summary), entity.Path, "查看条目");
    }

    private static Entity? EntityNamed(SiteContent content, string name) =>
        content.Entities.Values.FirstOrDefault(e => e.Data.Aliases.Contains(name, StringComparer.Ordinal) || string.Equals(e.Name, name, StringComparison.Ordinal));

    /// <summary>A description for link previews: the first paragraph, cut at a sentence end near 120 characters.</summary>
    private static string Describe(IEnumerable<Block> blocks)
    {
        var text = blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text ?? "";
        if (text.Length <= 120)
        {
            return text;
        }

        var cut = text.LastIndexOf('。', 119);
        return cut > 40 ? text[..(cut + 1)] : text[..119] + "…";
    }

    /// <summary>Only http(s) links from the scrape become links; anything else stays text.</summary>
    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    private static string? ExchangeName(string? exchange) => exchange switch
    {
        "SZSE" => "深圳证券交易所",
        "SSE" => "上海证券交易所",
        "BSE" => "北京证券交易所",
        "HKEX" => "香港交易所",
        "US" => "美国市场",
        _ => null,
    };

    private static SourceLineView SourceLine(LineRecord line, string? target)
    {
        var (status, label) = line.Role switch
        {
            LineRole.Blank => ("blank", "空行"),
            LineRole.Removed => ("removed", "已删除：" + ReasonLabel(line.Reason)),
            LineRole.Title => ("meta", "标题"),
            LineRole.Byline => ("meta", "署名（作者与原文链接）"),
            LineRole.Tags => ("meta", "标签"),
            LineRole.Heading => ("kept", "小标题"),
            LineRole.Subheading => ("kept", "二级小标题"),
            LineRole.Caption => ("kept", "图注（原图未保留）"),
            _ when line.InAppendix => ("kept", "附言（转载者所加）"),
            _ => ("kept", "正文段落"),
        };
        // Every decision names the rule that made it (see docs/architecture.md for the list).
        var ruled = line.Rule is null ? label : $"{label}（规则：{line.Rule}）";
        return new SourceLineView(line.Number, line.Raw, status, ruled, line.Reason?.ToString(), target) { Rule = line.Rule };
    }

    /// <summary>The Chinese name of a removal reason, as shown on the source page.</summary>
    public static string ReasonLabel(RemovalReason? reason) => reason switch
    {
        RemovalReason.Breadcrumb => "转载站的面包屑导航",
        RemovalReason.MetaLine => "转载站的信息行（来源、浏览量等）",
        RemovalReason.DuplicateTitle => "模板重复的标题",
        RemovalReason.FooterNavigation => "转载站的页脚导航",
        RemovalReason.Copyright => "转载站的版权声明",
        RemovalReason.IcpLicence => "ICP 备案号",
        RemovalReason.RelatedList => "相关文章列表",
        RemovalReason.SharePrompt => "分享或关注提示",
        RemovalReason.SiteNotice => "站点声明",
        RemovalReason.EndMarker => "文末标记（完、END）",
        RemovalReason.SiteHeader => "标题上方的网站页头（导航、登录、侧栏）",
        RemovalReason.Navigation => "导航链接或页面按钮",
        RemovalReason.Summary => "自动摘要（简介、导读）",
        RemovalReason.Comments => "文后评论",
        RemovalReason.ImageChrome => "图片残留（文件名、占位标题）",
        RemovalReason.Jammer => "论坛防复制干扰码",
        _ => "未知",
    };
}
