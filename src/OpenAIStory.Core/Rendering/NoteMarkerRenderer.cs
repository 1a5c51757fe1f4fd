using System.Globalization;
using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a note marker as a numbered footnote link to the note after the paragraph (a side note on wide screens).</summary>
/// <param name="numbers">Note key → the note's number in reading order.</param>
public sealed class NoteMarkerRenderer(IReadOnlyDictionary<string, int> numbers) : ISpanRenderer
{
    public bool Handles(Span span) => span is NoteMarker marker && numbers.ContainsKey(marker.AnnotationId);

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        var n = numbers[((NoteMarker)span).AnnotationId].ToString(CultureInfo.InvariantCulture);
        html.Append("<sup class=\"note-ref\"><a href=\"#n-").Append(n).Append("\" id=\"r-").Append(n)
            .Append("\" aria-label=\"注释 ").Append(n).Append("\">").Append(n).Append("</a></sup>");
    }
}
