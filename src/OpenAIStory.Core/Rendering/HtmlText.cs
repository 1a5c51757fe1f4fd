using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpenAIStory.Core.Rendering;

/// <summary>The one HTML encoder the project uses: escapes markup characters, leaves CJK text readable.</summary>
public static class HtmlText
{
    /// <summary>Encoder that escapes &lt; &gt; &amp; quotes and control characters but not Chinese text.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes <paramref name="text"/> for use in HTML text or a quoted attribute.</summary>
    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);
}
