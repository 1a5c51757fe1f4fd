using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Gives the recurring cast a side note (its summary) at its first mention; later mentions, and entities the
/// article names only once, just link (with a preview card), so the margin informs without clutter. A first mention
/// that already carries an editor's note gets no second one.</summary>
/// <param name="minimumMentions">How often an entity must be mentioned to earn a note.</param>
public sealed class MarkFirstMentions(int minimumMentions = 2) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = document.AllBlocks.SelectMany(b => b.Spans).Where(s => s.Kind == SpanKind.Entity)
            .GroupBy(s => s.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return document.MapBlocks(block =>
        {
            foreach (var span in block.Spans.Where(s => s.Kind == SpanKind.Entity).ToList())
            {
                if (!seen.Add(span.Value) || counts[span.Value] < minimumMentions || block.Spans.Any(s => s.Kind == SpanKind.Note && s.Start == span.End))
                {
                    continue;
                }

                block = block.With(new Span(span.End, 0, SpanKind.Note, NoteKey.ForEntity(span.Value)));
            }

            return block;
        });
    }
}
