namespace OpenAIStory.Core.Content;

/// <summary>Raised when content cannot be loaded; carries every problem found, each with file and line.</summary>
public sealed class ContentException : Exception
{
    public ContentException(IReadOnlyList<ContentError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public ContentException(ContentError error)
        : this([error])
    {
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }
}
