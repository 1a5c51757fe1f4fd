namespace OpenAIStory.Core.Views;

/// <summary>One bar: its item, value and rectangle.</summary>
public sealed record Bar(string Id, string Label, decimal Value, double X, double Y, double Width, double Height);
