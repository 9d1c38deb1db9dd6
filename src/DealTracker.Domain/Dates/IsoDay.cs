using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DealTracker.Domain.Dates;

/// <summary>The one way a day is written and read as text: ISO 8601's yyyy-MM-dd ("2026-01-29"), in any culture.</summary>
public static class IsoDay
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly day) => day.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>True for a real day written yyyy-MM-dd; false for null, "2026-02-30", "2026-1-5", "29/01/2026" or padding.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
