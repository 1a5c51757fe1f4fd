using System.Globalization;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Views;

namespace OpenAIStory.Web.Reading;

/// <summary>The entity pages and their indexes, built once from the loaded content.</summary>
public sealed class EntityPages
{
    private readonly Dictionary<string, EntityPageView> pages;

    public EntityPages(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var mentions = Mentions(content);
        pages = content.Entities.Values.ToDictionary(e => e.Id, e => Page(content, e, mentions.GetValueOrDefault(e.Id) ?? []), StringComparer.Ordinal);
        Indexes = [.. EntityRoutes.Indexes.Select(index => new EntityIndexView(
            index,
            [.. pages.Values.Where(p => p.Index == index).OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Title.Name, StringComparer.Ordinal)]))];
    }

    /// <summary>The indexes in site order.</summary>
    public IReadOnlyList<EntityIndexView> Indexes { get; }

    /// <summary>The page of an entity, if it exists under that segment.</summary>
    public EntityPageView? Find(string segment, string id) =>
        pages.TryGetValue(id, out var page) && page.Segment == segment ? page : null;

    /// <summary>Every entity page.</summary>
    public IEnumerable<EntityPageView> All => pages.Values;

    private static EntityPageView Page(SiteContent content, Entity entity, IReadOnlyList<MentionView> mentions)
    {
        var outgoing = entity.Data.Relations
            .Where(r => content.Entities.ContainsKey(r.Target))
            .Select(r => new RelationView(RelationTypes.Forward(r.Type), content.Entities[r.Target].Name, content.Entities[r.Target].Path, Years(r.Year, r.Until), Outgoing: true));
        var incoming = content.Entities.Values
            .SelectMany(other => other.Data.Relations.Where(r => r.Target == entity.Id).Select(r => new RelationView(RelationTypes.Backward(r.Type), other.Name, other.Path, Years(r.Year, r.Until), Outgoing: false)));
        return new EntityPageView
        {
            Entity = entity,
            Title = NoteBuilder.Title(entity),
            TypeLabel = EntityRoutes.Label(entity.Type),
            Index = EntityRoutes.IndexOf(entity.Type),
            Summary = NoteRenderer.Plain(entity.Data.Summary),
            NoteHtml = entity.NoteHtml.ToHtmlContent(),
            Facts = [.. entity.Data.Facts.Select(f => new FactView(f.Year?.ToString(CultureInfo.InvariantCulture), NoteRenderer.Plain(f.Text)))],
            Relations = [.. outgoing.Concat(incoming)],
            Mentions = mentions,
            Sources = entity.Data.Sources,
        };
    }

    private static string? Years(int? from, int? until) => (from, until) switch
    {
        (null, null) => null,
        ({ } f, null) => f.ToString(CultureInfo.InvariantCulture),
        (null, { } u) => $"至 {u.ToString(CultureInfo.InvariantCulture)}",
        ({ } f, { } u) => $"{f.ToString(CultureInfo.InvariantCulture)}—{u.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>Every mention of every entity, with its sentence and where it stands (lead, section heading, appendix).</summary>
    private static Dictionary<string, List<MentionView>> Mentions(SiteContent content)
    {
        var document = content.Document;
        var where = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in document.Lead)
        {
            where[block.Id] = "导语";
        }

        foreach (var section in document.Sections)
        {
            foreach (var block in section.AllBlocks)
            {
                where[block.Id] = section.Heading;
            }
        }

        foreach (var block in document.Appendix)
        {
            where[block.Id] = "附言（转载者所加）";
        }

        var result = new Dictionary<string, List<MentionView>>(StringComparer.Ordinal);
        var listed = new HashSet<(string, string, int)>();
        foreach (var block in document.AllBlocks)
        {
            foreach (var span in block.Spans.OfType<Mention>())
            {
                if (!result.TryGetValue(span.EntityId, out var list))
                {
                    result[span.EntityId] = list = [];
                }

                // Two mentions in one sentence show the same sentence: list it once.
                if (listed.Add((span.EntityId, block.Id, Sentences.Around(block.Text, span.Start, span.End).Start)))
                {
                    list.Add(new MentionView(block.Id, Snippet(block.Text, span).ToHtmlContent(), where[block.Id]));
                }
            }
        }

        return result;
    }

    /// <summary>The sentence around a span, escaped, with the span in a &lt;mark&gt;; long sentences are cut to 80 characters each side.</summary>
    internal static SafeHtml Snippet(string text, Span span)
    {
        var (sentenceStart, sentenceEnd) = Sentences.Around(text, span.Start, span.End);
        var start = Math.Max(sentenceStart, span.Start - 80);
        var end = Math.Min(sentenceEnd, span.End + 80);
        var before = (start > sentenceStart ? "…" : "") + text[start..span.Start];
        var after = text[span.End..end] + (end < sentenceEnd ? "…" : "");
        return SafeHtml.Concat([SafeHtml.Text(before), SafeHtml.Element("mark", SafeHtml.Text(text.Substring(span.Start, span.Length))), SafeHtml.Text(after)]);
    }
}
