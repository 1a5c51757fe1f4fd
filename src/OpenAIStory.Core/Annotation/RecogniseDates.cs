using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Marks date expressions as spans carrying an HTML datetime value, reading relative ones (数月之后, 2个月后)
/// against the most recent absolute date before them and 如今 against the article's publication date.</summary>
/// <param name="articleIso">The publication date (ISO, as precise as known), or null.</param>
public sealed class RecogniseDates(string? articleIso) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? previous = null;
        return document.MapBlocks(block =>
        {
            var matches = DateRecognizer.Find(block.Text, new DateContext(previous, articleIso));
            foreach (var m in matches)
            {
                block = block.WithOverEditorialWraps(new DateSpan(m.Start, m.Length, m.DateTime, m.Precision, m.Label) { Approximate = m.Approximate });
            }

            previous = DateRecognizer.LastAbsolute(matches) ?? previous;
            return block;
        });
    }
}
