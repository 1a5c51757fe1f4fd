namespace OpenAIStory.Web.Reading;

/// <summary>The name line of a note or card: the Chinese name and the original one.</summary>
public sealed record NoteTitle(string Name, string? Original);
