using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Saving a new report the way an editor does, and waiting for the saved report's page.</summary>
public static partial class ReportSaving
{
    private const float SaveTimeoutMs = 30_000;

    /// <summary>
    /// Clicks "Save report" and waits for the saved report's page (/admin/reports/{id}). A save takes longer than the
    /// context's 15 s default only on a loaded machine, so the wait is 30 s. A refused save stays on the form; the
    /// failure then quotes what the editor sees there (the error summary, field errors, the snackbar) rather than
    /// ending in a bare navigation timeout.
    /// </summary>
    public static async Task SaveReportAndWaitForItsPageAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(SavedReportPath(), new() { Timeout = SaveTimeoutMs });
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator(".dt-error-summary, .mud-input-error, .mud-snackbar").AllInnerTextsAsync();
            throw new TimeoutException(
                $"The report's page did not open within {SaveTimeoutMs / 1000} s of \"Save report\" (still at {page.Url}). "
                + $"The form shows: {(shown.Count == 0 ? "no message" : string.Join(" | ", shown))}.", e);
        }
    }

    [GeneratedRegex("/admin/reports/[0-9]+$")]
    private static partial Regex SavedReportPath();
}
