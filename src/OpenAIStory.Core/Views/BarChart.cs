namespace OpenAIStory.Core.Views;

/// <summary>A laid-out bar chart.</summary>
public sealed record BarChart(double Width, double Height, IReadOnlyList<BarGridLine> Grid, IReadOnlyList<Bar> Bars);
