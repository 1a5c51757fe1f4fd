using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Content;

/// <summary>Everything the site serves, loaded and validated once: the parsed article and its sidecar.</summary>
/// <param name="Root">The content folder it was loaded from.</param>
/// <param name="Sidecar">The article's sidecar metadata.</param>
/// <param name="Parse">The pipeline's result for the raw scrape.</param>
public sealed record SiteContent(string Root, ArticleSidecar Sidecar, PipelineResult Parse)
{
    /// <summary>The parsed article.</summary>
    public ArticleDocument Document => Parse.Document;
}
