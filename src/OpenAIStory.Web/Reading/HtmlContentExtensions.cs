using Microsoft.AspNetCore.Html;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>Hands the Core's <see cref="SafeHtml"/> to Razor, which writes an <see cref="IHtmlContent"/> as it is.</summary>
public static class HtmlContentExtensions
{
    /// <summary>The safe HTML as Razor content.</summary>
    public static IHtmlContent ToHtmlContent(this SafeHtml html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.IsEmpty ? HtmlString.Empty : new HtmlString(html.Value);
    }
}
