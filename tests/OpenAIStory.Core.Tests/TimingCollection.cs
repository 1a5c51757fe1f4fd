namespace OpenAIStory.Core.Tests;

/// <summary>Tests that compare run times run alone, so other tests do not skew them.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
