using System.Globalization;

namespace DealTracker.Domain.Dates;

/// <summary>
/// A date known to the day, the month or only the year: "29 Jan 2026", "Nov 2025", "2025".
/// It never invents the parts it does not know: a month-precision date covers the whole month.
/// Ordered by the first day it may fall on, and on the same first day the coarser date first
/// ("2025" before "Jan 2025" before "1 Jan 2025"), so a month sits at the head of its month.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    private PartialDate(DateOnly start, DatePrecision precision)
    {
        Start = start;
        Precision = precision;
    }

    /// <summary>The first day the date may fall on (the 1st of the month, or 1 January).</summary>
    public DateOnly Start { get; }

    public DatePrecision Precision { get; }

    public int Year => Start.Year;

    public int? Month => Precision <= DatePrecision.Month ? Start.Month : null;

    public int? Day => Precision == DatePrecision.Day ? Start.Day : null;

    /// <summary>The last day the date may fall on.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new DateOnly(Start.Year, Start.Month, DateTime.DaysInMonth(Start.Year, Start.Month)),
        _ => new DateOnly(Start.Year, 12, 31),
    };

    public static PartialDate OnDay(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate OnDay(DateOnly date) => new(date, DatePrecision.Day);

    public static PartialDate InMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate InYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>Rebuilds a partial date from a stored first day and precision; the unknown parts are dropped.</summary>
    public static PartialDate From(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => OnDay(start),
        DatePrecision.Month => InMonth(start.Year, start.Month),
        DatePrecision.Year => InYear(start.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>Reads "2026-01-29", "2026-01" or "2026".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (IsoDay.TryParse(text, out var day))
        {
            date = OnDay(day);
            return true;
        }

        if (text.Length == 7 && IsoDay.TryParse(text + "-01", out var month))
        {
            date = InMonth(month.Year, month.Month);
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, _invariant, out var year) && year >= 1)
        {
            date = InYear(year);
            return true;
        }

        return false;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date such as 2026-01-29, 2026-01 or 2026.");

    /// <summary>True when the whole span lies on or before <paramref name="day"/>: it had certainly happened by then.</summary>
    public bool IsOnOrBefore(DateOnly day) => End <= day;

    /// <summary>True when the date is in the future as seen from <paramref name="today"/>: it cannot yet have begun.</summary>
    public bool IsAfter(DateOnly today) => Start > today;

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.Precision.CompareTo(Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>"2026-01-29", "2026-01" or "2026": the machine form, as precise as the date is.</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => IsoDay.Format(Start),
        DatePrecision.Month => Start.ToString("yyyy-MM", _invariant),
        _ => Start.ToString("yyyy", _invariant),
    };

    /// <summary>"29 Jan 2026", "Nov 2025" or "2025".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("d MMM yyyy", _invariant),
        DatePrecision.Month => Start.ToString("MMM yyyy", _invariant),
        _ => Start.ToString("yyyy", _invariant),
    };
}
