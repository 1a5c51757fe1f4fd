using System.Globalization;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Annotation;

/// <summary>Marks money amounts and quantities as spans with their normalised number and unit (ISO 4217 for money),
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
            var dates = block.Spans.Where(s => s.Kind == SpanKind.Date && IsAbsolute(s)).ToList();
            var edited = block.Spans.FirstOrDefault(s => s.Kind is SpanKind.Note or SpanKind.Claim && s.AsOf is not null)?.AsOf;
            foreach (var m in AmountRecognizer.Find(block.Text))
            {
                var dated = dates.LastOrDefault(d => d.End <= m.Start)?.Value ?? edited ?? asOf;
                block = block.WithOverEditorialWraps(new Span(m.Start, m.Length, SpanKind.Amount, m.Value.ToString(CultureInfo.InvariantCulture))
                {
                    Unit = m.Unit,
                    Approximate = m.Approximate,
                    Upper = m.UpperValue?.ToString(CultureInfo.InvariantCulture),
                    AsOf = dated,
                });
            }

            asOf = dates.LastOrDefault()?.Value ?? edited ?? asOf;
            return block;
        });
    }

    /// <summary>Dates that name a point in time (2017, 2016-05, 如今 → 2023); durations (P15M) do not date an amount.</summary>
    private static bool IsAbsolute(Span date) => Text.IsoYear.Of(date.Value) is not null;
}
