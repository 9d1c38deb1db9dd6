using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Shared;

/// <summary>
/// Leaving an editor form with unsaved changes asks first (a link, Escape, a dialog's Cancel; the browser's own question on a
/// reload or closing the tab), and leaving one just saved asks nothing.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class UnsavedChangesGuardTests(BrowserFixture fixture)
{
    // True when the page would ask before it unloads (a reload, closing the tab): the app's beforeunload handler cancels the event.
    private const string AsksBeforeUnload =
        "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";

    [Fact]
    public async Task ReportForm_LinkAwayWithAnUnsavedHeadline_AsksAndStaysOrLeaves()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/1");
        var form = page.Locator("main");
        var headline = Catalog.Unique("Unsaved headline");
        await form.Field("Headline").FillAsync(headline);
        await form.Field("Headline").BlurAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("Unsaved changes");
        await page.WaitForFunctionAsync(AsksBeforeUnload);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to reports" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog).Filter(new() { HasTextString = "Leave without saving?" });
        await Expect(question).ToContainTextAsync("Your changes to this report are not saved.");
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();

        await Expect(question).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/reports/1$"));
        await Expect(form.Field("Headline")).ToHaveValueAsync(headline);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to reports" }).ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Leave without saving" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/reports$"));
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task NewReport_Saved_OpensItsPageWithoutAskingAndLeavesFreely()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Forb", "Forbes");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(Catalog.Unique("Saved without a question"));
        await page.GetByLabel("Headline", new() { Exact = true }).BlurAsync();
        await page.WaitForFunctionAsync(AsksBeforeUnload);

        await page.SaveReportAndWaitForItsPageAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("All changes saved");
        Assert.False(await page.EvaluateAsync<bool>(AsksBeforeUnload));
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to reports" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/reports$"));
        await Expect(page.GetByText("Leave without saving?")).ToHaveCountAsync(0);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task PartyDialog_EscapeAndCancelWithAnUnsavedDescription_AskAndKeepTheInputUntilLeft()
    {
        var name = Catalog.Unique("Guarded party");
        await fixture.Server.CreatePartyAsync(name, "as stored");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/parties");
        await page.GetByLabel("Search parties").FillAsync(name);
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);
        var edit = page.GetByRole(AriaRole.Dialog).Filter(new() { HasTextString = "Edit party" });
        var question = page.GetByRole(AriaRole.Dialog).Filter(new() { HasTextString = "Leave without saving?" });

        // Nothing changed: Escape closes the dialog at once.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(edit.Field("Description")).ToHaveValueAsync("as stored");
        await edit.Field("Description").PressAsync("Escape");
        await Expect(edit).ToHaveCountAsync(0);
        await Expect(question).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await edit.Field("Description").FillAsync("typed, not saved");
        await edit.Field("Description").PressAsync("Escape");
        await Expect(question).ToContainTextAsync("Your changes to this party are not saved.");
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(question).ToHaveCountAsync(0);
        await Expect(edit.Field("Description")).ToHaveValueAsync("typed, not saved");

        await edit.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Leave without saving" }).ClickAsync();

        await Expect(edit).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(edit.Field("Description")).ToHaveValueAsync("as stored");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
