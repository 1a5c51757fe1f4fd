using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Content;

namespace OpenAIStory.Web.Reading;

/// <summary>A side note ready to render after its paragraph (in the margin on wide screens).</summary>
/// <param name="Number">The note's number in reading order; its element id is <c>n-{Number}</c>.</param>
/// <param name="Kind">entity, correction, context or reference (a CSS class).</param>
/// <param name="KindLabel">The Chinese label shown before it (更正, 背景 …), or null.</param>
/// <param name="Title">The entity's name line, or null.</param>
/// <param name="BodyHtml">Sanitised HTML produced by the pipeline.</param>
/// <param name="Href">The entity page it leads to, or null.</param>
/// <param name="Sources">Where its facts were checked.</param>
public sealed record NoteView(int Number, string Kind, string? KindLabel, NoteTitle? Title, IHtmlContent BodyHtml, string? Href, IReadOnlyList<SourceLink> Sources);
