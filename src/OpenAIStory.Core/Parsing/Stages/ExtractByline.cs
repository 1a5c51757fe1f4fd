using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Finds the real byline near the top (platform, author, original URL) and takes it out of the body.</summary>
public sealed class ExtractByline : IDocumentStage
{
    /// <summary>How many article lines from the top a byline may sit in.</summary>
    private const int HeadLines = 6;

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var line in document.BodyLines.Take(HeadLines))
        {
            if (BylineRules.TryParse(line) is { } byline)
            {
                return document.WithLine(line with { Role = LineRole.Byline }) with { Byline = byline };
            }
        }

        return document;
    }
}
