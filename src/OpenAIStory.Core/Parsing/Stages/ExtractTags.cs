using System.Collections.Immutable;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Takes the trailing lines made only of #topics# and $cashtags$ out of the body as structured tags.</summary>
public sealed class ExtractTags : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagLines = new List<LineRecord>();
        foreach (var line in document.Lines.Reverse())
        {
            if (line.Role is LineRole.Blank or LineRole.Removed)
            {
                continue;
            }

            if (line.Role != LineRole.Body || !TagRules.IsTagLine(line.Text))
            {
                break;
            }

            tagLines.Add(line);
        }

        if (tagLines.Count == 0)
        {
            return document;
        }

        tagLines.Reverse(); // collected from the end; tags keep the order they were written in
        var tags = tagLines.SelectMany(TagRules.Parse).ToImmutableArray();
        return document.WithLines(tagLines.Select(l => l with { Role = LineRole.Tags })) with { Tags = tags };
    }
}
