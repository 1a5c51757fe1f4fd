using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Anchors editorial annotations to the text by quote: a reference wraps its quote as a mention of its entity;
/// every annotation with a note leaves a note marker just after its quote. A quote that matches nowhere, or in more
/// than one place, is a problem named by the annotation's file and line.</summary>
public sealed class AnchorAnnotations(IReadOnlyList<EditorialAnnotation> annotations) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document) => AnchorByQuote.Apply(document, annotations, (block, hit, annotation) =>
    {
        if (annotation.Kind == AnnotationKind.Reference && block.IsFree(hit.Start, hit.Length))
        {
            block = block.With(new Mention(hit.Start, hit.Length, annotation.Data.Entity!) { Origin = annotation.Id });
        }

        return block.With(new NoteMarker(hit.End, annotation.Id) { Date = annotation.Data.Date, Quote = hit.Range });
    });
}
