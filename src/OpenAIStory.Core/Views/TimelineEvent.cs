using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Views;

/// <summary>A dated event: a date the article gives (or one an editor's note adds), what happened, who was involved, where it is said.</summary>
/// <param name="Id">Stable id within the timeline (used as the element id).</param>
/// <param name="DateTime">The HTML datetime value (2014, 2016-05, 2022-11-30).</param>
/// <param name="Label">The date as the reader should understand it (2015年夏季（约6—8月）).</param>
/// <param name="Precision">How much of the calendar <paramref name="DateTime"/> pins down (never a duration).</param>
/// <param name="Text">What the article (or the note) says happened then.</param>
/// <param name="BlockId">The paragraph that says it.</param>
/// <param name="Entities">Ids of the entities named in the same sentence.</param>
/// <param name="Editorial">True for a date added by an editor's note (a correction or context), not said by the article.</param>
/// <param name="Approximate">True when the article's wording is vague (数月之后) or the date is inferred.</param>
public sealed record TimelineEvent(string Id, string DateTime, string Label, DatePrecision Precision, string Text, string BlockId, IReadOnlyList<string> Entities, bool Editorial, bool Approximate)
{
    /// <summary>The date as the article writes it (2015年夏天), when the article gives it.</summary>
    public string? Quote { get; init; }

    /// <summary>A short title written for the event (what happened, who), when the content gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The year, read from the datetime value.</summary>
    public int Year => int.Parse(DateTime.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Position on the time axis in fractional years: the middle of the period the date names.</summary>
    public double Position
    {
        get
        {
            var parts = DateTime.Split('-');
            var month = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var day = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
            return month == 0 ? Year + 0.5 : Year + ((month - 1) / 12.0) + (day == 0 ? 0.5 / 12 : (day - 0.5) / 365.0);
        }
    }
}
