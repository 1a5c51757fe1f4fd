using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Claims;

namespace OpenAIStory.Web.Reading;

/// <summary>One row of the fact-check ledger.</summary>
/// <param name="Id">The claim's id; its row's element id is <see cref="Anchors.ClaimRow"/>.</param>
/// <param name="Verdict">The verdict's row of the scale.</param>
/// <param name="Claim">What the article asserts, in one sentence.</param>
/// <param name="Quote">The article's words the claim is about.</param>
/// <param name="NoteHtml">The finding, sanitised HTML.</param>
/// <param name="Sources">The publications it was checked against.</param>
/// <param name="Target">The element id of the paragraph (or section heading, or the title) that says it.</param>
/// <param name="Place">Where that is, in words (信仰 · 第 3 段).</param>
public sealed record ClaimView(string Id, Verdicts.Row Verdict, string Claim, string Quote, IHtmlContent NoteHtml, IReadOnlyList<SourceLink> Sources, string Target, string Place)
{
    /// <summary>The verdict mark as the reading shows it.</summary>
    public SafeHtml Mark { get; init; } = SafeHtml.Empty;

    /// <summary>The link to the place in the reading.</summary>
    public string Href => Anchors.InReading(Target);

    /// <summary>The row's element id.</summary>
    public string RowId => Anchors.ClaimRow(Id);

    /// <summary>The id of the preview card the reading's verdict mark opens: the script makes it from this row.</summary>
    public string CardId => Anchors.ClaimCard(Id);
}
