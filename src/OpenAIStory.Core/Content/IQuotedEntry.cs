namespace OpenAIStory.Core.Content;

/// <summary>An editorial entry anchored to the text by quote, prefix and suffix (W3C TextQuoteSelector): a side note or a
/// checked claim, which reports its own problems at the file and line it was written on.</summary>
public interface IQuotedEntry
{
    /// <summary>The entry's id, unique among entries of its kind.</summary>
    string Id { get; }

    /// <summary>The words before the quote that pin it down ("" for none).</summary>
    string Prefix { get; }

    /// <summary>The quoted words of the article.</summary>
    string Quote { get; }

    /// <summary>The words after the quote that pin it down ("" for none).</summary>
    string Suffix { get; }

    /// <summary>A problem with this entry, named by its file, the line of its id, its kind and its id.</summary>
    ContentError Problem(string message);
}
