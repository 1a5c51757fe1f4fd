namespace OpenAIStory.Core.Views;

/// <summary>The start of a year on the time axis.</summary>
public sealed record TimelineTick(int Year, double Y);
