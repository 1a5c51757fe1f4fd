using System.Collections.Immutable;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>A pipeline's output document with the time each stage took.</summary>
public sealed record PipelineResult(ArticleDocument Document, ImmutableArray<StageTiming> Timings)
{
    /// <summary>Total time across stages.</summary>
    public TimeSpan Elapsed => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
