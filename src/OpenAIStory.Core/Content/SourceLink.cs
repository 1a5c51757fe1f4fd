namespace OpenAIStory.Core.Content;

/// <summary>A publication a note's facts were checked against: who published it, its title, when, and (only when it
/// is the original publication's own address) a link.</summary>
public sealed record SourceLink
{
    /// <summary>The publisher: a newspaper, a site, a journal, a company, Wikipedia.</summary>
    public string? Outlet { get; init; }

    /// <summary>The piece's own title, as published.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date (ISO: 2021-11-05, 2021-11 or 2021).</summary>
    public string? Date { get; init; }

    /// <summary>For continuously revised works (Wikipedia, a company page): the date it was consulted, instead of <see cref="Date"/>.</summary>
    public string? Accessed { get; init; }

    /// <summary>The original publication's address; absent when only a copy could be read.</summary>
    public string? Url { get; init; }

    /// <summary>The line a problem with this source is named on, given where its entry was written: its link, else
    /// its title, else the entry's first line.</summary>
    internal int LineIn(YamlNodePosition entry) => entry[Url is not null ? "url" : "title"].Line;

    /// <summary>The title as shown: Chinese titles in 《》 (unless already), others as published.</summary>
    public string DisplayTitle => Title is null ? "" : Title.StartsWith('《') || !Text.Cjk.ContainsIdeograph(Title) ? Title : $"《{Title}》";
}
