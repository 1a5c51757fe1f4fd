namespace OpenAIStory.Core.Views;

/// <summary>A gridline at 10^Power on the log axis.</summary>
public sealed record BarGridLine(int Power, double X);
