using System.Globalization;

namespace OpenAIStory.Core.Text;

/// <summary>Reads the year of an ISO date value (2016, 2016-05, 2022-11-30); durations (P15M) and others have none.
/// Whether a value is a real date is <see cref="Annotation.IsoDate"/>'s to say.</summary>
public static class IsoYear
{
    public static int? Of(string? iso) =>
        iso is { Length: >= 4 } && (iso.Length == 4 || iso[4] == '-') && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
}
