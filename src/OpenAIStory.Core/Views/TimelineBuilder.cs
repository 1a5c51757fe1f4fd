using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Views;

/// <summary>Collects the timeline's events: every date span in the article (durations are spans of time, not events),
/// and every date an editor's note adds, each tied to its paragraph and the entities in its sentence.</summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEvent> Build(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var events = new List<TimelineEvent>();
        foreach (var block in content.Document.AllBlocks)
        {
            foreach (var span in block.Spans)
            {
                if (span is DateSpan { Year: not null } d)
                {
                    var (start, end) = Sentences.Around(block.Text, d.Start, d.End);
                    events.Add(new TimelineEvent(
                        Rendering.Anchors.Event(block.Id, d.Start), d.Iso, d.Label, d.Precision,
                        block.Text[start..end], block.Id, EntitiesBetween(block, start, end), Editorial: false, d.Approximate)
                    {
                        Quote = block.Text.Substring(d.Start, d.Length),
                        Title = content.Events.For(block.Id, d.Start),
                    });
                }
                else if (span is NoteMarker note && content.Annotations.TryGetValue(note.AnnotationId, out var annotation) && annotation.Data.Date is { } date && IsPointInTime(date))
                {
                    events.Add(Editorial(block, span, annotation.Id, date, annotation.Data.Event, annotation.Data.Note));
                }
                else if (span is ClaimMarker marker && content.Claims.TryGetValue(marker.ClaimId, out var claim) && claim.Data.Date is { } claimDate && IsPointInTime(claimDate))
                {
                    events.Add(Editorial(block, span, claim.Id, claimDate, claim.Data.Event, claim.Data.Note));
                }
            }
        }

        return events;
    }

    /// <summary>A date an editor's note or claim adds (or corrects), titled by the editor.</summary>
    private static TimelineEvent Editorial(Block block, Span marker, string id, string date, string? title, string? note)
    {
        var (start, end) = Sentences.Around(block.Text, marker.Start, marker.Start);
        return new TimelineEvent(
            Rendering.Anchors.EditorialEvent(id), date, date, date.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day },
            Rendering.NoteRenderer.Plain(note ?? ""), block.Id, EntitiesBetween(block, start, end), Editorial: true, Approximate: false)
        {
            Title = title,
        };
    }

    private static bool IsPointInTime(string value) => Text.IsoYear.Of(value) is not null;

    private static List<string> EntitiesBetween(Block block, int start, int end) =>
        [.. block.Spans.OfType<Mention>().Where(m => m.Start >= start && m.End <= end).Select(m => m.EntityId).Distinct()];
}
