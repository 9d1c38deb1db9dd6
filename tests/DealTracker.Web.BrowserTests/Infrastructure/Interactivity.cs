using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Waits until a prerendered page's Blazor circuit has started and its event handlers answer.</summary>
public static class Interactivity
{
    /// <summary>The layout's marker: <c>data-interactive="false"</c> while prerendered, <c>"true"</c> once the circuit renders it.</summary>
    private const string InteractiveMarker = "[data-interactive='true']";

    /// <summary>
    /// Waits for the layout's <c>data-interactive="true"</c>, which only the live circuit renders
    /// (<c>RendererInfo.IsInteractive</c>); the prerendered HTML says <c>"false"</c>.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, float timeoutMs = 15_000)
    {
        try
        {
            await page.Locator(InteractiveMarker).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = timeoutMs });
        }
        catch (TimeoutException exception)
        {
            var marker = await page.EvaluateAsync<string?>(
                "() => { const e = document.querySelector('[data-interactive]'); return e ? e.getAttribute('data-interactive') : null; }");
            var state = marker is null
                ? "the page has no [data-interactive] marker (is this the app's MainLayout?)"
                : $"the layout still says data-interactive=\"{marker}\" (blazor.web.js {(await page.EvaluateAsync<bool>("() => !!window.Blazor") ? "loaded" : "not loaded")})";
            throw new TimeoutException($"The Blazor circuit did not become interactive within {timeoutMs} ms on {page.Url}: {state}.", exception);
        }
    }
}
