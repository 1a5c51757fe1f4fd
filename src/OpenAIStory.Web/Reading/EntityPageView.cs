using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Web.Reading;

/// <summary>Everything an entity page shows.</summary>
public sealed record EntityPageView
{
    public required Entity Entity { get; init; }

    public required NoteTitle Title { get; init; }

    public required string TypeLabel { get; init; }

    /// <summary>The index that lists the entity.</summary>
    public required EntityIndex Index { get; init; }

    public string Segment => Index.Segment;

    /// <summary>What the breadcrumb adds after the index's title: the type when it differs (公司与机构 · 公司), else nothing.</summary>
    public string TypeAfterIndex => TypeLabel == Index.Title ? "" : " · " + TypeLabel;

    public required string Summary { get; init; }

    /// <summary>The entity's note, sanitised.</summary>
    public required IHtmlContent NoteHtml { get; init; }

    public required IReadOnlyList<FactView> Facts { get; init; }

    public required IReadOnlyList<RelationView> Relations { get; init; }

    public required IReadOnlyList<MentionView> Mentions { get; init; }

    public required IReadOnlyList<SourceLink> Sources { get; init; }
}
