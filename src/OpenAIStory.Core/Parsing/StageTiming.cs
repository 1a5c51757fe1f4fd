namespace OpenAIStory.Core.Parsing;

/// <summary>How long one stage took in one run.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
