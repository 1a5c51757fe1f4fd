namespace OpenAIStory.Core.Views;

/// <summary>A directed, labelled relation between two placed nodes.</summary>
public sealed record GraphEdge(string From, string To, string Label, string? Years);
