using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a block's text with its spans as HTML: every character of text is escaped, markup comes only from span renderers.</summary>
public sealed class InlineRenderer(IEnumerable<ISpanRenderer> renderers)
{
    private readonly ISpanRenderer[] renderers = [.. renderers];

    /// <summary>Returns the block's inner HTML.</summary>
    public SafeHtml Render(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var html = new StringBuilder(block.Text.Length * 2);
        var at = 0;
        foreach (var span in block.Spans.OrderBy(s => s.Start))
        {
            if (span.Start < at || span.End > block.Text.Length)
            {
                continue; // overlapping spans are a pipeline bug; never let them garble text
            }

            html.Append(HtmlText.Encode(block.Text[at..span.Start]));
            var text = HtmlText.Encode(block.Text.Substring(span.Start, span.Length));
            var renderer = renderers.FirstOrDefault(r => r.Handles(span));
            if (renderer is null)
            {
                html.Append(text);
            }
            else
            {
                renderer.Write(html, block, span, text);
            }

            at = span.End;
        }

        html.Append(HtmlText.Encode(block.Text[at..]));
        return SafeHtml.Trusted(html.ToString());
    }
}
