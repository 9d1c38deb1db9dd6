using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components;

/// <summary>
/// The router's focus management (<c>FocusOnNavigate</c> to the page's h1) after an in-app
/// navigation. A fresh page load is left alone: there the reader's first Tab must reach the skip
/// link (see <c>MainLayoutTests</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoutesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Routes_NavigateInApp_FocusesHeadingWithoutFocusRing()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Deals", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Server.Url("/deals"));
        var heading = page.Locator("h1");
        await Expect(heading).ToHaveTextAsync("Deals");
        await Expect(heading).ToBeFocusedAsync();

        // The heading is focused for screen readers only; a ring round it reads as a stray box.
        var outline = await heading.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("none", outline);
    }
}
