using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Anchors editorial annotations to the text by quote: a reference wraps its quote as a mention of its entity;
/// every annotation with a note leaves a note marker just after its quote. A quote that matches nowhere, or in more
/// than one place, is a problem named by the annotation's file and line.</summary>
public sealed class AnchorAnnotations(IReadOnlyList<EditorialAnnotation> annotations) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.AllBlocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var problems = document.Problems.ToBuilder();
        foreach (var annotation in annotations)
        {
            var data = annotation.Data;
            if (QuoteAnchor.FindOne(blocks.Values, data.Prefix, data.Quote, data.Suffix, out var problem) is not { } hit)
            {
                problems.Add(new ContentError(annotation.File, annotation.Line, $"annotation '{annotation.Id}': {problem}"));
                continue;
            }

            var block = blocks[hit.BlockId];
            if (annotation.Kind == AnnotationKind.Reference && block.IsFree(hit.Start, hit.Length))
            {
                block = block.With(new Mention(hit.Start, hit.Length, data.Entity!) { Origin = annotation.Id });
            }

            blocks[hit.BlockId] = block.With(new NoteMarker(hit.Start + hit.Length, annotation.Id) { Date = data.Date });
        }

        return document.MapBlocks(b => blocks[b.Id]) with { Problems = problems.ToImmutable() };
    }
}
