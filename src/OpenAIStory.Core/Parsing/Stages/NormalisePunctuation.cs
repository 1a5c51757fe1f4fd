using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Restores full-width Chinese punctuation in the title, headings, captions and paragraphs.</summary>
public sealed class NormalisePunctuation : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.Select(l => l.Role is LineRole.Heading or LineRole.Subheading or LineRole.Caption or LineRole.Paragraph or LineRole.Title
            ? l with { Text = ChinesePunctuation.Normalise(l.Text) }
            : l);
        return document with
        {
            Lines = [.. lines],
            Title = document.Title is null ? null : ChinesePunctuation.Normalise(document.Title),
        };
    }
}
