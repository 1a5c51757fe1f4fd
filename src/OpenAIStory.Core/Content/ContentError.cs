namespace OpenAIStory.Core.Content;

/// <summary>A problem in a content file, located by file and (where meaningful) line.</summary>
/// <param name="File">The file's path as given to the loader.</param>
/// <param name="Line">1-based line number, or null when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in words an editor can act on.</param>
public sealed record ContentError(string File, int? Line, string Message)
{
    /// <summary>The conventional compiler-style form: <c>file:line: message</c>.</summary>
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
