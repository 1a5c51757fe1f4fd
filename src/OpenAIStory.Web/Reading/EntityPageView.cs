using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Web.Reading;

/// <summary>Everything an entity page shows.</summary>
public sealed record EntityPageView
{
    public required Entity Entity { get; init; }

    public required NoteTitle Title { get; init; }

    public required string TypeLabel { get; init; }

    public required string Segment { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<FactView> Facts { get; init; }

    public required IReadOnlyList<RelationView> Relations { get; init; }

    public required IReadOnlyList<MentionView> Mentions { get; init; }

    public required IReadOnlyList<SourceLink> Sources { get; init; }
}
