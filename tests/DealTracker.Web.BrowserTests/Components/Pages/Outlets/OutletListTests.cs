using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Outlets;

/// <summary>The list of outlets, and opening one from it inside the circuit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutletListTests(BrowserFixture browser)
{
    [Fact]
    public async Task OutletList_ClickForbes_OpensItsPageWithItsReport()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/outlets");
        // The ten seeded outlets at least: the editor tests add outlets to the same store.
        await Expect(page.Locator("main tbody tr").Nth(9)).ToBeVisibleAsync();

        await page.Locator("main tbody th").GetByRole(AriaRole.Link, new() { Name = "Forbes", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Server.Url("/outlets/forbes"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Forbes");
        var report = page.Locator(".dt-report");
        await Expect(report).ToHaveCountAsync(1);
        await Expect(report.Locator("a").First).ToHaveAttributeAsync("href", new Regex("^/reports/[0-9]+$"));
        await Expect(report).ToContainTextAsync("relies on others: cites The Wall Street Journal");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
