namespace OpenAIStory.Core.Content.Editorial;

/// <summary>The YAML shape of <c>denied-sources.yml</c>.</summary>
public sealed record DeniedSourcesFile
{
    /// <summary>Domains whose pages are copies, not publications.</summary>
    public List<string> Domains { get; init; } = [];
}
