using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Writes the opening and closing markup around one kind of inline span.</summary>
public interface ISpanRenderer
{
    /// <summary>True when this renderer handles <paramref name="span"/>.</summary>
    bool Handles(Span span);

    /// <summary>Writes the span: <paramref name="encodedText"/> is the span's text, already HTML-escaped.</summary>
    void Write(StringBuilder html, Block block, Span span, string encodedText);
}
