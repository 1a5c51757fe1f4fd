using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>Numbers the side notes in reading order and builds each one from its annotation.</summary>
public sealed class NoteBuilder
{
    private readonly SiteContent content;
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public NoteBuilder(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        this.content = content;
        foreach (var marker in content.Document.AllBlocks.SelectMany(b => b.Spans).OfType<NoteMarker>())
        {
            numbers.TryAdd(marker.AnnotationId, numbers.Count + 1);
        }
    }

    /// <summary>Annotation id → note number, for the marker renderer.</summary>
    public IReadOnlyDictionary<string, int> Numbers => numbers;

    /// <summary>The notes attached to a block, in order.</summary>
    public IReadOnlyList<NoteView> NotesOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return [.. block.Spans.OfType<NoteMarker>().Where(m => numbers.ContainsKey(m.AnnotationId)).Select(m => Build(m.AnnotationId))];
    }

    private NoteView Build(string id)
    {
        var number = numbers[id];
        var annotation = content.Annotations[id];
        var target = annotation.Data.Entity is { } e ? content.Entities.GetValueOrDefault(e) : null;
        return annotation.Kind switch
        {
            AnnotationKind.Context => new NoteView(number, "context", "背景", null, annotation.NoteHtml.ToHtmlContent(), null, annotation.Data.Sources),
            _ when target is not null => new NoteView(
                number,
                "reference",
                "所指",
                Title(target),
                (annotation.NoteHtml.IsEmpty ? SafeHtml.Text(NoteRenderer.Plain(target.Data.Summary)) : annotation.NoteHtml).ToHtmlContent(),
                target.Path,
                annotation.Data.Sources.Count > 0 ? annotation.Data.Sources : target.Data.Sources.Take(1).ToList()),
            _ => new NoteView(number, "context", null, null, annotation.NoteHtml.ToHtmlContent(), null, annotation.Data.Sources),
        };
    }

    /// <summary>The name line of an entity.</summary>
    public static NoteTitle Title(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new NoteTitle(NoteRenderer.Plain(entity.Name), entity.Original);
    }
}
