namespace OpenAIStory.Web.Cards;

/// <summary>What one page's share card shows: pure data, drawn by <see cref="ShareCardRenderer"/>.</summary>
public sealed record ShareCardSpec
{
    /// <summary>The page the card belongs to, as the site map lists it (<c>/s/faith</c>).</summary>
    public required string PagePath { get; init; }

    /// <summary>The file name stem of the image: ASCII, derived from the page path (<c>s-faith</c>).</summary>
    public required string Slug { get; init; }

    public required string SiteName { get; init; }

    public required string ArticleTitle { get; init; }

    /// <summary>What kind of page this is, above the heading: 第 1 节, 人物, 索引, 时间线 ….</summary>
    public required string Kicker { get; init; }

    /// <summary>The section heading, the entity's Chinese name or the page's title.</summary>
    public required string Heading { get; init; }

    /// <summary>The entity's original (usually Latin) name, or a byline under the article title.</summary>
    public string? Original { get; init; }

    /// <summary>A one-line summary.</summary>
    public string? Summary { get; init; }

    /// <summary>A pull quote from the article, or the section's first sentence.</summary>
    public string? Quote { get; init; }

    /// <summary>The image's text alternative (<c>og:image:alt</c>, <c>twitter:image:alt</c>).</summary>
    public string AltText =>
        $"{SiteName} 分享卡片：《{ArticleTitle}》· {Kicker} · {Heading}{(Original is null ? "" : " " + Original)}" + (Summary is null ? "" : $"——{Summary}");
}
