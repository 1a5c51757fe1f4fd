using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Model;

/// <summary>A date, period or span of time in the text.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Iso">A valid HTML datetime value: "2014", "2016-05", "2022-11-30", a yearless "03-21", or a duration such as "P15M".</param>
/// <param name="Precision">What <paramref name="Iso"/> stands for.</param>
/// <param name="Label">A short normalised description in Chinese ("2018年初（约1—3月）").</param>
public sealed record DateSpan(int Start, int Length, string Iso, DatePrecision Precision, string Label) : Span(Start, Length)
{
    public override SpanKind Kind => SpanKind.Date;

    /// <summary>True when the text is vague (数月之后, 半年到两年) or the date had to be estimated.</summary>
    public bool Approximate { get; init; }

    /// <summary>The year the date falls in; null for durations and yearless dates, which are not points in time.</summary>
    public int? Year => IsoYear.Of(Iso);
}
