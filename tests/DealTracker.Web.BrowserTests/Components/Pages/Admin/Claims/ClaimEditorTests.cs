using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
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

    [Fact]
    public async Task Claim_SaveAfterSomeoneElseSaved_ShowsTheConflictKeepsTheInputAndLoadsTheSavedVersion()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Claim");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(page.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("$2 billion");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("All changes saved");

        await page.GetByLabel("Note (optional)").FillAsync("Mine");
        await page.GetByLabel("Note (optional)").BlurAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("Unsaved changes");

        // Someone else saves the claim while the page is open.
        var theirs = await fixture.Server.UseAsync<ReportEditor, EditResult>(async editor =>
        {
            var draft = await editor.LoadClaimAsync(claimId);
            draft!.Note = "Theirs";
            return await editor.SaveClaimAsync(claimId, draft, Catalog.Arranger);
        });
        Assert.True(theirs.Succeeded, theirs.Message);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "Someone else saved this claim" });
        await Expect(alert).ToContainTextAsync("Someone else saved this claim after you opened it. Nothing was saved");
        await Expect(page.GetByLabel("Note (optional)")).ToHaveValueAsync("Mine");

        await alert.GetByRole(AriaRole.Button, new() { Name = "Load the saved version" }).ClickAsync();
        await Expect(page.GetByLabel("Note (optional)")).ToHaveValueAsync("Theirs");
        await Expect(alert).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("All changes saved");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Claim_Retract_AsksTheReasonAndKeepsTheClaimShownAsRetracted()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Claim");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(page.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("$2 billion");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Say why: readers see the reason.");
        await dialog.Field("Reason").FillAsync("The outlet corrected the figure");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract" }).ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Claim retracted");
        await Expect(page.Locator(".dt-retraction-notice")).ToContainTextAsync("Retracted: The outlet corrected the figure.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" })).ToHaveCountAsync(0);
        var stored = await fixture.Server.UseAsync<ReportEditor, ClaimDraft?>(editor => editor.LoadClaimAsync(claimId));
        Assert.Equal((ClaimStatus.Retracted, "The outlet corrected the figure"), (stored!.Status, stored.RetractionReason));
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
