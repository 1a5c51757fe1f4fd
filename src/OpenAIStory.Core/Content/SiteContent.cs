using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Content.Events;
using OpenAIStory.Core.Content.Data;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Content;

/// <summary>Everything the site serves, loaded and validated once: the parsed, annotated article, its sidecar,
/// the entity notes, the editorial annotations and the economic data the money notes convert with.</summary>
/// <param name="Root">The content folder it was loaded from.</param>
/// <param name="Sidecar">The article's sidecar metadata.</param>
/// <param name="Parse">The pipeline's result for the raw scrape.</param>
/// <param name="Entities">Entity notes by id.</param>
/// <param name="Annotations">Editorial annotations by id.</param>
/// <param name="Economics">Exchange rates and price indices, when the folder has them.</param>
public sealed record SiteContent(
    string Root,
    ArticleSidecar Sidecar,
    PipelineResult Parse,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, EditorialAnnotation> Annotations,
    EconomicData? Economics)
{
    /// <summary>Checked claims by id.</summary>
    public IReadOnlyDictionary<string, CheckedClaim> Claims { get; init; } = new Dictionary<string, CheckedClaim>(StringComparer.Ordinal);

    /// <summary>The timeline's titles for the dates the article gives.</summary>
    public EventTitles Events { get; init; } = EventTitles.None;

    /// <summary>The parsed article.</summary>
    public ArticleDocument Document => Parse.Document;
}
