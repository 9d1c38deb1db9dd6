using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Claims;

/// <summary>
/// Screenshots of the editors' claim pages, desktop and phone (light), over the seed: nothing is
/// saved. Set DEALTRACKER_SCREENSHOTS_DIR=docs/screenshots to refresh the committed ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClaimScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task ManageClaims_Screenshot_ShowsASearch(string screen)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen));
        await session.Page.SignInAsEditorAsync("/admin/claims?q=billion");
        await Expect(session.Page.Locator("tbody tr").First).ToBeVisibleAsync();

        await SaveAsync(session, "admin-claims");
    }

    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Claim_Screenshot_ShowsItsFieldsAndHistory(string screen)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen));
        await session.Page.SignInAsEditorAsync("/admin/claims/1");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();

        await SaveAsync(session, "admin-claim");
    }

    private async Task SaveAsync(BrowserSession session, string name)
    {
        var page = session.Page;
        await page.EvaluateAsync("() => document.fonts.ready");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(session.Screen.Width, Math.Max(height, session.Screen.Height));
        await page.AssertNoHorizontalScrollAsync(session.Screen.Width);
        foreach (var file in await Screenshots.SaveAsync(session, name))
        {
            output.WriteLine(file);
        }
    }
}
