using System.Collections.Immutable;
using System.Diagnostics;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>An explicit, ordered list of stages run one after another over an immutable document.</summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = [.. stages];
    }

    /// <summary>The stages, in the order they run.</summary>
    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>Runs every stage in order and records how long each took.</summary>
    public PipelineResult Run(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var timings = ImmutableArray.CreateBuilder<StageTiming>(Stages.Length);
        foreach (var stage in Stages)
        {
            var started = Stopwatch.GetTimestamp();
            document = stage.Apply(document);
            timings.Add(new StageTiming(stage.GetType().Name, Stopwatch.GetElapsedTime(started)));
        }

        return new PipelineResult(document, timings.MoveToImmutable());
    }
}
