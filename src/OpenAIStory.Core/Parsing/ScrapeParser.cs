using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Parsing;

/// <summary>Turns one raw scrape into a clean, sectioned document with the standard stage list.</summary>
public sealed class ScrapeParser
{
    /// <param name="sectionSlugs">Editor-chosen slugs by section keyword.</param>
    /// <param name="annotationStages">Stages that annotate the parsed text (mentions, dates, notes), run after the structural ones.</param>
    public ScrapeParser(IReadOnlyDictionary<string, string>? sectionSlugs = null, IEnumerable<IDocumentStage>? annotationStages = null)
    {
        Pipeline = new DocumentPipeline(
        [
            new NormaliseWhitespace(),
            new StripBoilerplate(),
            new ExtractTitle(),
            new StripSiteHeader(),
            new ExtractByline(),
            new ExtractTags(),
            new DetectAppendix(),
            new ClassifyBlocks(),
            new NormalisePunctuation(),
            new AssembleSections(sectionSlugs ?? new Dictionary<string, string>(StringComparer.Ordinal)),
            new MarkReferences(),
            .. annotationStages ?? [],
        ]);
    }

    /// <summary>The stages this parser runs, in order.</summary>
    public DocumentPipeline Pipeline { get; }

    /// <summary>Decodes and parses the bytes of a scrape.</summary>
    /// <exception cref="ContentException">The input is empty, binary, not UTF-8, or holds nothing but boilerplate.</exception>
    public PipelineResult Parse(string sourceName, ReadOnlySpan<byte> bytes) =>
        Parse(sourceName, ScrapeDecoder.Decode(sourceName, bytes));

    /// <summary>Parses already decoded text.</summary>
    /// <exception cref="ContentException">The text holds nothing but boilerplate or blank lines.</exception>
    public PipelineResult Parse(string sourceName, string text)
    {
        var result = Pipeline.Run(SourceSplitter.Split(sourceName, text));
        var document = result.Document;
        if (document.Lines.All(l => l.Role == LineRole.Blank))
        {
            throw new ContentException(new ContentError(sourceName, null, "文件为空 (the file is empty: it holds only whitespace)."));
        }

        if (!document.AllBlocks.Any(b => b.Kind == BlockKind.Paragraph))
        {
            var removed = document.RemovedLines.Count();
            var message = removed > 0
                ? $"没有正文 (nothing but boilerplate): all {removed} non-blank lines are site boilerplate; there is no article text."
                : "没有正文 (no article text): the file holds only blank lines, a title, a byline or tags.";
            throw new ContentException(new ContentError(sourceName, null, message));
        }

        return result;
    }
}
