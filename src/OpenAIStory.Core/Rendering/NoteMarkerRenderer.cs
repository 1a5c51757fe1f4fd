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
        var number = numbers[((NoteMarker)span).AnnotationId];
        var n = number.ToString(CultureInfo.InvariantCulture);
        html.Append("<sup class=\"note-ref\"><a href=\"").Append(Anchors.Fragment(Anchors.Note(number))).Append("\" id=\"").Append(Anchors.NoteMarker(number))
            .Append("\" aria-label=\"注释 ").Append(n).Append("\">").Append(n).Append("</a></sup>");
    }
}
