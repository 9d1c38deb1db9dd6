using System.Globalization;
using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>The words for a report form's error key in the error summary: "Claims[1].Quote" → "Claim 2 · Quote".</summary>
public static class ReportFieldLabels
{
    public static string Of(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (open > 0 && close > open && int.TryParse(key[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var row = key[..open] == nameof(ReportDraft.Claims) ? $"Claim {index + 1}" : $"Source {index + 1}";
            var field = key[(close + 1)..].TrimStart('.');
            return field.Length == 0 ? row : $"{row} · {EditorWords.ClaimField(field)}";
        }

        return key switch
        {
            nameof(ReportDraft.OutletId) => "Outlet",
            nameof(ReportDraft.NewOutletName) => "New outlet name",
            nameof(ReportDraft.Headline) => "Headline",
            nameof(ReportDraft.Url) => "Link",
            nameof(ReportDraft.PublishedOn) => "Published",
            nameof(ReportDraft.RetrievedOn) => "Retrieved",
            nameof(ReportDraft.SourceNote) => "Source note",
            nameof(ReportDraft.Reliances) => "Sources",
            _ => key,
        };
    }
}
