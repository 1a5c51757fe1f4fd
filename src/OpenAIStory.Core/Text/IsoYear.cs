using System.Globalization;

namespace OpenAIStory.Core.Text;

/// <summary>Reads the year of an ISO date value (2016, 2016-05, 2022-11-30); durations (P15M) and others have none.</summary>
public static class IsoYear
{
    public static int? Of(string? iso) =>
        iso is { Length: >= 4 } && (iso.Length == 4 || iso[4] == '-') && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    /// <summary>True for a real calendar date written as ISO year, year-month or year-month-day (2016, 2016-05, 2016-05-31).</summary>
    public static bool IsDate(string? iso) => iso?.Length switch
    {
        4 => Of(iso) is not null,
        7 => DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };
}
