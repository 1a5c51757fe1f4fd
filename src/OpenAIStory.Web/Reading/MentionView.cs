using Microsoft.AspNetCore.Html;

namespace OpenAIStory.Web.Reading;

/// <summary>A mention of an entity in the article: the sentence around it (HTML with the mention marked) and its paragraph's permalink.</summary>
public sealed record MentionView(string BlockId, IHtmlContent SnippetHtml, string Where);
