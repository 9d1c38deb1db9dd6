using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Checks a page fits its viewport's width: the reader never has to scroll the whole page sideways.</summary>
public static class PageWidth
{
    /// <summary>
    /// Asserts the document is no wider than the viewport (a pixel of rounding allowed); on failure the
    /// message names the elements sticking out past the edge.
    /// </summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page, int viewportWidth)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= viewportWidth + 1)
        {
            return;
        }

        // The culprits: elements past the edge that no scrolling ancestor clips, or that are positioned
        // absolutely and so escape one that is not their containing block. Fixed elements only follow
        // the widened viewport, so they are left out.
        var wide = await page.EvaluateAsync<string[]>(
            """
            limit => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > limit)
                .filter(e => {
                    for (let a = e; a && a !== document.body; a = a.parentElement) {
                        if (getComputedStyle(a).position === 'fixed') return false;
                    }
                    if (getComputedStyle(e).position === 'absolute') return true;
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') return false;
                    }
                    return true;
                })
                .slice(0, 10)
                .map(e => `${e.tagName.toLowerCase()}.${String(e.className.baseVal ?? e.className).trim().split(/\s+/).join('.')} (${getComputedStyle(e).position}) right=${Math.round(e.getBoundingClientRect().right)} "${(e.textContent || '').trim().slice(0, 30)}"`)
            """,
            viewportWidth + 1);

        Assert.Fail($"{page.Url}: scrollWidth {widths[0]} > {viewportWidth} (innerWidth {widths[1]}); too wide: {string.Join("; ", wide)}");
    }
}
