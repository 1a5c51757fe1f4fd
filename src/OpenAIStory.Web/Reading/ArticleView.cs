using Microsoft.AspNetCore.Html;

namespace OpenAIStory.Web.Reading;

/// <summary>The whole reading, ready for the Razor views.</summary>
public sealed record ArticleView
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public string? Author { get; init; }

    public string? Platform { get; init; }

    public string? OriginalUrl { get; init; }

    public string? Published { get; init; }

    public string? PublishedNote { get; init; }

    public required IReadOnlyList<BlockView> Lead { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required IReadOnlyList<BlockView> Appendix { get; init; }

    public required IReadOnlyList<TagView> Tags { get; init; }

    /// <summary>Preview cards of every entity the text mentions.</summary>
    public required IReadOnlyList<CardView> Cards { get; init; }

    /// <summary>The reference numbers the text cites, in order of first appearance.</summary>
    public required IReadOnlyList<string> ReferenceNumbers { get; init; }

    /// <summary>The fact-check summary line (本文 N 处可核查陈述：…), empty when nothing was checked.</summary>
    public string ClaimSummary { get; init; } = "";

    /// <summary>Verdict marks of claims about the title itself (HTML the renderer produced).</summary>
    public IHtmlContent TitleClaimMarksHtml { get; init; } = HtmlString.Empty;

    /// <summary>The reference markers as the reader sees them: [3]、[7].</summary>
    public string ReferenceLabel => string.Join("、", ReferenceNumbers.Select(n => $"[{n}]"));
}
