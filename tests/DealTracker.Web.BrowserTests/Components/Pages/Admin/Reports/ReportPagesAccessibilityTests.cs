using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Reports;

/// <summary>axe-core over the editors' report and claim pages, light and dark, over the seed (nothing is saved).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPagesAccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string> Pages() => ["/admin/reports", "/admin/reports/1", "/admin/claims?q=billion", "/admin/claims/1"];

    [Theory]
    [MemberData(nameof(Pages))]
    public Task EditorPage_AxeLight_HasNoSeriousOrCriticalViolations(string path) => AssertAxeAsync(path, Theme.Light);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task EditorPage_AxeDark_HasNoSeriousOrCriticalViolations(string path) => AssertAxeAsync(path, Theme.Dark);

    private async Task AssertAxeAsync(string path, Theme theme)
    {
        await using var session = await browser.OpenAsync(theme: theme);
        var page = session.Page;
        await page.SignInAsEditorAsync(path);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);

        await page.AssertNoSeriousViolationsAsync(output);
    }

    [Fact]
    public async Task RetractDialog_Axe_HasNoSeriousOrCriticalViolationsAndCancelChangesNothing()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/claims/1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Reason")).ToBeFocusedAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract", Exact = true }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Say why: readers see the reason.");
        await page.AssertNoSeriousViolationsAsync(output);

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" })).ToBeVisibleAsync();
    }
}
