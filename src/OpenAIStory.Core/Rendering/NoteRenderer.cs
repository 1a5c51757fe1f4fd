using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders the Markdown of a note to sanitised HTML: raw HTML is shown as text, only plain formatting and
/// http(s) links survive, and flattened Chinese punctuation in the text is restored.</summary>
public sealed class NoteRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public NoteRenderer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "a", "strong", "em", "del", "code", "ul", "ol", "li", "blockquote", "br"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "lang"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            switch (e.Node)
            {
                case IText text:
                    text.Data = ChinesePunctuation.Normalise(text.Data);
                    break;
                case IElement { LocalName: "a" } link:
                    link.SetAttribute("rel", "external nofollow noopener");
                    break;
            }
        };
    }

    /// <summary>Markdown → safe HTML.</summary>
    public SafeHtml Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return SafeHtml.Trusted(sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline)).Trim());
    }

    /// <summary>A one-line plain text (a summary, a fact) with punctuation restored; the caller escapes it.</summary>
    public static string Plain(string text) => ChinesePunctuation.Normalise(WhitespaceNormaliser.NormaliseLine(text ?? ""));
}
