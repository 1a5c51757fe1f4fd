namespace OpenAIStory.Core.Text;

/// <summary>The punctuation that ends a sentence or a clause in Chinese text: the one definition that the parsing
/// rules, the recognisers and the views build their own sets from.</summary>
public static class SentencePunctuation
{
    /// <summary>The marks that end a Chinese sentence: full stop, exclamation and question mark.</summary>
    public const string FullWidthEnds = "。！？";

    /// <summary>Every mark that ends a sentence: the full-width ones and the half-width ! and ? a scrape may keep.
    /// Never '.', which also stands in numbers, abbreviations and URLs.</summary>
    public const string Ends = FullWidthEnds + "!?";

    /// <summary>Commas, full- and half-width: the sentence goes on after them.</summary>
    public const string Commas = "，,";

    /// <summary>Semicolons, full- and half-width: they close a clause that could stand as a sentence.</summary>
    public const string Semicolons = "；;";

    /// <summary>Colons, full- and half-width: they lead into what follows.</summary>
    public const string Colons = "：:";

    /// <summary>Every mark a line of prose may stop on: the sentence ends, the ellipsis, and the marks that close a
    /// clause (semicolons, commas, colons, the enumeration comma 、).</summary>
    public const string ClauseEnds = Ends + "…" + Semicolons + Commas + Colons + "、";

    /// <summary>True when <paramref name="text"/> ends on a <see cref="ClauseEnds"/> mark, the way prose does and
    /// headings, captions and labels do not.</summary>
    public static bool EndsLikeSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && ClauseEnds.Contains(text[^1], StringComparison.Ordinal);
    }
}
