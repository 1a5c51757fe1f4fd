namespace OpenAIStory.Core.Content;

/// <summary>One entry of a content folder as read (<see cref="EntryFolder"/>), with where it was written.</summary>
/// <param name="Data">The entry as written.</param>
/// <param name="File">The file it came from, as messages show it.</param>
/// <param name="Line">The line of its <c>- id:</c>.</param>
/// <param name="IdUsedIn">The file in which an earlier entry has the same id, or null.</param>
internal readonly record struct EntryAt<TData>(TData Data, string File, int Line, string? IdUsedIn);
