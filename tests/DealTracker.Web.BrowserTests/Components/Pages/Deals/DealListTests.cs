using DealTracker.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Deals;

/// <summary>The list of deals, and navigating from it inside the circuit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DealListTests(BrowserFixture browser)
{
    [Fact]
    public async Task DealList_ClickDeal_OpensItsOverview()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/deals");

        await page.Locator("main a[href='/deals/aws-openai-compute-2025']").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Server.Url("/deals/aws-openai-compute-2025"));
        await Expect(page.Locator("h1")).Not.ToHaveTextAsync("Deals");
        await Expect(page.Locator("#figures-heading")).ToBeVisibleAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
