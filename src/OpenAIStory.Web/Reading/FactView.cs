namespace OpenAIStory.Web.Reading;

/// <summary>A dated fact on an entity page.</summary>
public sealed record FactView(string? Year, string Text);
