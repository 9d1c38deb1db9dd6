using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Claims;

/// <summary>One claim on its own page: found by search, corrected, saved, and its history kept.</summary>
[Collection(EditingCollection.Name)]
public sealed class ClaimEditorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Claim_AddNoteAndSave_ShowsItInHistoryAndOnThePublicReport()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var note = $"Forbes gives no source for the figure ({Guid.NewGuid():N})"[..60];
        await page.SignInAsEditorAsync("/admin/claims?q=Amazon%2C%20OpenAI%20talks");

        var row = page.Locator("tbody tr").Filter(new() { HasTextString = "Forbes" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/claims/[0-9]+$"));
        await Expect(page.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("the $50 billion Amazon, OpenAI talks");

        await page.GetByLabel("Note (optional)").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Claim saved");
        var history = page.Locator(".dt-history-entry").First;
        await Expect(history).ToContainTextAsync($"Edited by {DealTrackerServer.EditorEmail}");
        await Expect(history.Locator("tr").Filter(new() { HasTextString = "Note" })).ToContainTextAsync(note);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit its report" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/reports/[0-9]+$"));
        await Expect(page.GetByLabel("Outlet", new() { Exact = true })).ToHaveValueAsync("Forbes");

        await page.GotoAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Public page" }).GetAttributeAsync("href") ?? "/");
        await Expect(page.Locator(".dt-claims")).ToContainTextAsync($"Note: {note}");
    }
}
