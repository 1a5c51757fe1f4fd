using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Parsing.Stages;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>Builds small documents for stage tests.</summary>
internal static class Scrape
{
    /// <summary>A document of the given lines after whitespace normalisation, ready for the next stages.</summary>
    public static ArticleDocument Lines(params string[] lines) =>
        new NormaliseWhitespace().Apply(SourceSplitter.Split("test.txt", string.Join("\n", lines)));

    /// <summary>Runs the given stages in order.</summary>
    public static ArticleDocument Run(ArticleDocument document, params IDocumentStage[] stages) =>
        new DocumentPipeline(stages).Run(document).Document;

    /// <summary>Parses the whole text with the standard parser.</summary>
    public static ArticleDocument Parse(string text) => new ScrapeParser().Parse("test.txt", text).Document;

    public static LineRecord Line(this ArticleDocument document, int number) => document.Lines[number - 1];
}
