namespace OpenAIStory.Core.Content.Editorial;

/// <summary>One concept's term, as written in <c>terms.yml</c>: the term editorial text uses and the variants it does not.</summary>
public sealed record PreferredTerm
{
    public required string Use { get; init; }

    public List<string> Not { get; init; } = [];
}
