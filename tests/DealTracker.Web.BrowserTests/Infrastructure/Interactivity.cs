using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Waits until a page is ready for a reader: its HTML is loaded and blazor.web.js has started
/// (enhanced navigation for the static public pages; the circuit for interactive ones).
/// </summary>
public static class Interactivity
{
    /// <summary>
    /// The public pages are static server-rendered (<c>data-interactive="false"</c>): ready once
    /// blazor.web.js runs. A page rendered by a live circuit says <c>"true"</c>. The editor pages
    /// (under the admin layout) are prerendered first and answer nothing typed until their circuit
    /// renders them, so for those this waits for the circuit too.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, float timeoutMs = 15_000)
    {
        try
        {
            await page.Locator("[data-interactive]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = timeoutMs });
            await page.WaitForFunctionAsync("() => document.readyState === 'complete' && !!window.Blazor", null, new() { Timeout = timeoutMs });
        }
        catch (TimeoutException exception)
        {
            var blazor = await page.EvaluateAsync<bool>("() => !!window.Blazor");
            throw new TimeoutException(
                $"The page {page.Url} was not ready within {timeoutMs} ms (blazor.web.js {(blazor ? "loaded" : "not loaded")}).", exception);
        }

        if (await page.Locator(".dt-admin").CountAsync() > 0)
        {
            await page.WaitForCircuitAsync(timeoutMs);
        }
    }

    /// <summary>For the interactive editor pages: waits until the page is rendered by its live circuit.</summary>
    public static async Task WaitForCircuitAsync(this IPage page, float timeoutMs = 20_000)
    {
        try
        {
            await page.Locator("[data-interactive='true']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = timeoutMs });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"The editor page {page.Url} did not become interactive within {timeoutMs} ms.", exception);
        }
    }
}
