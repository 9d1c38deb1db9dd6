using DealTracker.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages;

/// <summary>The not-found page for an address with nothing behind it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnknownDeal_Open_Returns404WithLinkToAllDeals()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        var response = await session.GotoInteractiveAsync("/deals/no-such-deal");

        Assert.Equal(404, response?.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "See all deals" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Server.Url("/deals"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Deals");
    }
}
