namespace OpenAIStory.Core.Annotation;

/// <summary>What a <see cref="DateRecognizer"/> needs to know about the text around the one it reads.</summary>
/// <param name="PreviousIso">The most recent absolute date before this text in the document ("2016-05"), threaded through by the caller with <see cref="DateRecognizer.LastAbsolute"/>.</param>
/// <param name="ArticleIso">The article's publication date ("2023", "2023-03" or "2023-03-21"), or null when unknown.</param>
public sealed record DateContext(string? PreviousIso, string? ArticleIso)
{
    /// <summary>No surrounding dates: only expressions that carry their own year resolve.</summary>
    public static DateContext None { get; } = new(null, null);
}
