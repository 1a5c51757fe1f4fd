using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>One step of the content pipeline: takes an immutable document and returns a new one.</summary>
public interface IDocumentStage
{
    /// <summary>Returns the document with this stage's work applied; never mutates <paramref name="document"/>.</summary>
    ArticleDocument Apply(ArticleDocument document);
}
