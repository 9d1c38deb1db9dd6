using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin;

/// <summary>
/// Full-page screenshots of the editors' catalog and account pages and of their dialogs, light and
/// dark, desktop and phone (<c>admin-outlets-desktop-light.png</c>…), for a reviewer's eye. Set
/// DEALTRACKER_SCREENSHOTS_DIR=docs/screenshots to write them there too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminScreenshotTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Path, string Name)[] _pages =
    [
        ("/admin/outlets", "admin-outlets"),
        ("/admin/parties", "admin-parties"),
        ("/admin/deals", "admin-deals"),
        ("/admin/events", "admin-events"),
        ("/admin/users", "admin-users"),
    ];

    public static TheoryData<string, Theme> Screens()
    {
        var data = new TheoryData<string, Theme>();
        foreach (var screen in new[] { "desktop", "phone" })
        {
            foreach (var theme in new[] { Theme.Light, Theme.Dark })
            {
                data.Add(screen, theme);
            }
        }

        return data;
    }

    [ScreenshotTheory]
    [MemberData(nameof(Screens))]
    public async Task AdminPages_Screenshot_SavesEachPageAndDialog(string screen, Theme theme)
    {
        await using var session = await fixture.OpenAsync(Screen.Named(screen), theme);
        var page = session.Page;
        await page.SignInAsAdminAsync(_pages[0].Path);
        foreach (var (path, name) in _pages)
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            await Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();
            await SaveAsync(session, name);
            await page.AssertNoHorizontalScrollAsync(session.Screen.Width);
        }

        // The dialogs: a refused outlet (errors beside their fields) and a deal with its parties and history.
        await page.GotoAsync("/admin/outlets");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Homepage").FillAsync("javascript:alert(1)");
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await SaveAsync(session, "admin-outlet-dialog");

        await page.GotoAsync("/admin/deals");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Amazon investment in OpenAI (2026 round)" }).ClickAsync();
        await Expect(dialog.Locator(".dt-deal-party").First).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        await SaveAsync(session, "admin-deal-dialog");

        await page.GotoAsync("/admin/users");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an account" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await SaveAsync(session, "admin-user-dialog");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    private async Task SaveAsync(BrowserSession session, string name)
    {
        await session.Page.EvaluateAsync("() => document.fonts.ready");
        await session.Page.WaitForTimeoutAsync(300); // the dialog's and popovers' opening transitions
        foreach (var file in await Screenshots.SaveAsync(session, name))
        {
            output.WriteLine(file);
        }
    }
}
