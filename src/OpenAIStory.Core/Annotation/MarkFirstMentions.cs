using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Gives the first mention of each entity a side note (its summary); later mentions just link.
/// An entity whose first mention already carries an editor's note gets no second one.</summary>
public sealed class MarkFirstMentions : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return document.MapBlocks(block =>
        {
            foreach (var span in block.Spans.Where(s => s.Kind == SpanKind.Entity).ToList())
            {
                if (!seen.Add(span.Value))
                {
                    continue;
                }

                var annotated = span.Origin is not null && block.Spans.Any(s => s.Kind == SpanKind.Note && s.Start == span.End && s.Value == NoteKey.ForAnnotation(span.Origin));
                if (!annotated)
                {
                    block = block.With(new Span(span.End, 0, SpanKind.Note, NoteKey.ForEntity(span.Value)));
                }
            }

            return block;
        });
    }
}
