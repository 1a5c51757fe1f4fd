using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Marks money amounts and quantities as spans with their normalised number and unit (a currency for money),
/// each dated so that money can be converted: by the nearest absolute date before it in its paragraph, else by the
/// date an editor's annotation or claim in the paragraph gives, else by the last date of the paragraphs before, else by the
/// article's date.</summary>
/// <param name="articleIso">The publication date, the fallback "as of" date.</param>
public sealed class RecogniseAmounts(string? articleIso) : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var asOf = articleIso;
        return document.MapBlocks(block =>
        {
            // Dates that name a point in time (2017, 2016-05, 如今 → 2023); durations (P15M) do not date an amount.
            var dates = block.Spans.OfType<DateSpan>().Where(d => d.Year is not null).ToList();
            var edited = block.Spans.OfType<EditorialMarker>().FirstOrDefault(m => m.Date is not null)?.Date;
            foreach (var amount in AmountRecognizer.Find(block.Text))
            {
                var dated = dates.LastOrDefault(d => d.End <= amount.Start)?.Iso ?? edited ?? asOf;
                block = block.WithOverEditorialWraps(amount with { AsOf = dated });
            }

            asOf = dates.LastOrDefault()?.Iso ?? edited ?? asOf;
            return block;
        });
    }
}
