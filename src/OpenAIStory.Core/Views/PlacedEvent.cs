namespace OpenAIStory.Core.Views;

/// <summary>An event with the y of its dot (its date) and of its label's top (pushed down past the label above).</summary>
public sealed record PlacedEvent(TimelineEvent Event, double DotY, double LabelY);
