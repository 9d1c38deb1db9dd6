using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin;

/// <summary>axe-core on the editors' catalog and account pages, and on each page's open form dialog.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("/admin/outlets", "New outlet")]
    [InlineData("/admin/parties", "New party")]
    [InlineData("/admin/deals", "New deal")]
    [InlineData("/admin/events", "New event")]
    [InlineData("/admin/users", "Add an account")]
    public async Task Page_AndItsDialog_HaveNoSeriousAxeViolations(string path, string button)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync(path);
        await Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync(output);

        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        if (path == "/admin/deals")
        {
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a party" }).ClickAsync();
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = path == "/admin/users" ? "Add account" : "Save" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync(output);
    }
}
