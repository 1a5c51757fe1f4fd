namespace OpenAIStory.Core.Views;

/// <summary>A laid-out timeline: canvas size, year ticks, and each event's dot and label positions.</summary>
public sealed record TimelineDrawing(double Width, double Height, IReadOnlyList<TimelineTick> Ticks, IReadOnlyList<PlacedEvent> Events);
