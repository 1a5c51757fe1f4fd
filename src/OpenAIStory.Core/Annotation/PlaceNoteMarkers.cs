using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Moves a note marker that would fall inside a mention, date or amount to just after it, so markup nests.</summary>
public sealed class PlaceNoteMarkers : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.MapBlocks(block =>
        {
            var wrapping = block.Spans.Where(s => s.Length > 0).ToList();
            var moved = block.Spans.Select(s =>
                s.Length == 0 && wrapping.FirstOrDefault(w => w.Start < s.Start && s.Start < w.End) is { } w ? s with { Start = w.End } : s);
            return block with { Spans = [.. moved.OrderBy(s => s.Start).ThenBy(s => s.Length)] };
        });
    }
}
