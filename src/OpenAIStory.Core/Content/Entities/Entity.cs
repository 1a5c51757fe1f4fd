using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Content.Entities;

/// <summary>A person, organisation, product, paper or place the article mentions, with its checked note.</summary>
/// <param name="Data">The front matter as written.</param>
/// <param name="Type">The parsed type.</param>
/// <param name="NoteHtml">The note body rendered from Markdown and sanitised.</param>
/// <param name="File">The file it came from, for messages.</param>
public sealed record Entity(EntityFrontMatter Data, EntityType Type, SafeHtml NoteHtml, string File)
{
    public string Id => Data.Id;

    /// <summary>Where the front matter's fields were written, for messages about them.</summary>
    internal YamlNodePosition? Position { get; init; }

    /// <summary>Where the note body was written, for messages about it.</summary>
    internal TextPosition Body { get; init; }

    public string Name => Data.Name;

    /// <summary>The name in its original language, when it differs from the Chinese one.</summary>
    public string? Original => string.Equals(Data.Original, Data.Name, StringComparison.Ordinal) ? null : Data.Original;

    /// <summary>The site path of the entity's page.</summary>
    public string Path => $"{EntityRoutes.IndexOf(Type).Path}/{Id}";
}
