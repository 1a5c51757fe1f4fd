using System.Globalization;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>A calendar date known to the year, the month or the day, with the arithmetic relative dates need.</summary>
internal readonly record struct IsoDate
{
    private IsoDate(int year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>A date from its parts, or null when they do not name a real date (2023-02-30).</summary>
    public static IsoDate? Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return null;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return null;
        }

        return new IsoDate(year, month, day);
    }

    /// <summary>Reads "2016", "2016-05" or "2016-05-03"; anything else (durations, yearless dates) gives null.</summary>
    public static IsoDate? Parse(string? iso)
    {
        if (iso is null || iso.Length is not (4 or 7 or 10) || !int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        int? month = null, day = null;
        if (iso.Length >= 7)
        {
            if (iso[4] != '-' || !int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                return null;
            }

            month = m;
        }

        if (iso.Length == 10)
        {
            if (iso[7] != '-' || !int.TryParse(iso.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                return null;
            }

            day = d;
        }

        return Create(year, month, day);
    }

    /// <summary>True for a date content may give (<c>date:</c>, <c>asOf:</c>, a source's dates): exactly what
    /// <see cref="Parse"/> reads. The year 0000, which no calendar has, is refused like any other impossible date.</summary>
    public static bool IsValid(string? iso) => Parse(iso) is not null;

    public IsoDate YearOnly => new(Year, null, null);

    public IsoDate MonthOnly => new(Year, Month, null);

    public IsoDate AddYears(int years)
    {
        var year = Year + years;
        int? day = Day is { } d ? Math.Min(d, DateTime.DaysInMonth(year, Month!.Value)) : null;
        return new IsoDate(year, Month, day);
    }

    /// <summary>Moves by whole months; a year-only date stays year-only and moves by whole years.</summary>
    public IsoDate AddMonths(int months)
    {
        if (Month is not { } month)
        {
            return new IsoDate(Year + (int)Math.Floor(months / 12.0), null, null);
        }

        var index = (Year * 12) + month - 1 + months;
        var (year, newMonth) = (index / 12, (index % 12) + 1);
        int? day = Day is { } d ? Math.Min(d, DateTime.DaysInMonth(year, newMonth)) : null;
        return new IsoDate(year, newMonth, day);
    }

    /// <summary>Moves by days when the day is known, otherwise by the nearest whole number of months.</summary>
    public IsoDate AddDays(int days)
    {
        if (Day is not { } d)
        {
            return AddMonths((int)Math.Round(days / 30.0, MidpointRounding.AwayFromZero));
        }

        var date = new DateOnly(Year, Month!.Value, d).AddDays(days);
        return new IsoDate(date.Year, date.Month, date.Day);
    }

    /// <summary>The HTML datetime value: "2016", "2016-05" or "2016-05-03".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month!.Value:D2}-{Day!.Value:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month!.Value:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The Chinese reading: "2016年", "2016年5月" or "2016年5月3日".</summary>
    public string ToLabel() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Month!.Value}月{Day!.Value}日"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Month!.Value}月"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}年"),
    };
}
