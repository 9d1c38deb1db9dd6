using System.Globalization;

namespace DealTracker.Web.Components.Shared;

/// <summary>Reads query-string values the way every page does: unknown or malformed values are reported, never guessed.</summary>
public static class QueryValues
{
    /// <summary>Parses "2026-01-28"; a malformed value yields an error message to show beside the control.</summary>
    public static DateOnly? Date(string? value, string label, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"“{value}” is not a date for {label}: use the form 2026-01-28. It was ignored.");
        return null;
    }

    public static string With(string path, params (string Name, string? Value)[] values)
    {
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
