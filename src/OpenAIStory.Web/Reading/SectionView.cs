using Microsoft.AspNetCore.Html;

namespace OpenAIStory.Web.Reading;

/// <summary>A section ready to render, with its neighbours for previous/next links.</summary>
public sealed record SectionView(int Number, string Slug, string Heading, string Description, IReadOnlyList<BlockView> Blocks)
{
    /// <summary>Verdict marks of claims about the heading itself (HTML the renderer produced).</summary>
    public IHtmlContent ClaimMarksHtml { get; init; } = HtmlString.Empty;

    public SectionView? Previous { get; init; }

    public SectionView? Next { get; init; }

    /// <summary>2 for a top-level section (its own page at /s/{slug}), 3 for a subsection rendered inside it.</summary>
    public int Level { get; init; } = 2;

    /// <summary>The subsections nested in this section, in order.</summary>
    public IReadOnlyList<SectionView> Subsections { get; init; } = [];
}
