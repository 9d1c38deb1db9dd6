using DealTracker.Domain.Claims;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Shared;

/// <summary>
/// What an editor types that the form cannot take is refused beside its field, with the text kept and the page alive: an amount
/// past 10^27 in its scale or written with a decimal comma (ClaimFields), a retraction reason the server refuses (RetractDialog), a
/// long pasted text (the circuit's message size, and app.js for text past <see cref="Limits.FieldText"/>).
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class EditorInputTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Amount_PastTheLargestInItsScale_IsRefusedBesideTheFieldAndThePageLives()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Input");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var body = page.Locator("body");
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(body.Field("Amount")).ToHaveValueAsync("2");

        // 10^20 billion: past 10^27, and past what a decimal holds once multiplied.
        await body.Field("Amount").FillAsync("100000000000000000000");
        await body.Field("Amount").BlurAsync();

        await Expect(body.FieldControl("Amount")).ToContainTextAsync("An amount can be at most 10^27 in all: 1,000,000,000,000,000,000 billion.");
        await Expect(body.Field("Amount")).ToHaveValueAsync("100000000000000000000");

        // The circuit lives: another field still edits, and the save is refused beside the amount.
        await body.Field("Note (optional)").FillAsync("Still here");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "Nothing was saved" })).ToBeVisibleAsync();
        await Expect(body.FieldControl("Amount")).ToContainTextAsync("An amount can be at most 10^27");
        var stored = await fixture.Server.UseAsync<ReportEditor, ClaimDraft?>(editor => editor.LoadClaimAsync(claimId));
        Assert.Equal((2_000_000_000m, (string?)null), (stored!.Amount, stored.Note));
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Amount_DecimalComma_IsRefusedBesideTheFieldNotReadAsThousands()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Input");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var body = page.Locator("body");
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(body.Field("Amount")).ToHaveValueAsync("2");

        await body.Field("Amount").FillAsync("1,5");
        await body.Field("Amount").BlurAsync();

        await Expect(body.FieldControl("Amount")).ToContainTextAsync("“1,5” is not a number: use a dot for decimals (such as 1.5)");
        await Expect(page.Locator(".dt-claim-reads")).Not.ToContainTextAsync("$15");

        // A comma between thousands is read as one; a dot is the decimal point.
        await body.Field("Amount").FillAsync("1,500.5");
        await body.Field("Amount").BlurAsync();
        await Expect(body.Field("Amount")).ToHaveValueAsync("1500.5");
        await Expect(body.FieldControl("Amount")).Not.ToContainTextAsync("is not a number");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task RetractDialog_ReasonTheServerRefuses_StaysOpenWithTheTextAndTheMessageBesideIt()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Input");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var body = page.Locator("body");
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(body.Field("Quote")).ToHaveValueAsync("$2 billion");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var reason = new string('x', Limits.Reason + 1);
        await dialog.Field("Reason").FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract" }).ClickAsync();

        await Expect(dialog.FieldControl("Reason")).ToContainTextAsync($"A reason can be at most {Limits.Reason} characters.");
        await Expect(dialog.Field("Reason")).ToHaveValueAsync(reason);
        var stored = await fixture.Server.UseAsync<ReportEditor, ClaimDraft?>(editor => editor.LoadClaimAsync(claimId));
        Assert.Equal(ClaimStatus.Standing, stored!.Status);

        // Shortened, it is taken, and only then does the dialog close.
        await dialog.Field("Reason").FillAsync("The outlet corrected the figure");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".dt-retraction-notice")).ToContainTextAsync("Retracted: The outlet corrected the figure.");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task TextField_Pasted40KB_ReachesTheServerAndTheSaveIsRefusedBesideIt()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Input");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var body = page.Locator("body");
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(body.Field("Quote")).ToHaveValueAsync("$2 billion");

        // 40,000 characters, over 32 KB (SignalR's default cap on a message) whatever the encoding.
        var pasted = string.Concat(Enumerable.Repeat("Café résumé ", 40_000 / 12 + 1))[..40_000];
        await body.Field("Note (optional)").FillAsync(pasted);
        await body.Field("Note (optional)").BlurAsync();

        await Expect(body.FieldControl("Note (optional)")).ToContainTextAsync($"40000 / {Limits.Note}");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "changes" })).ToHaveTextAsync("Unsaved changes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(body.FieldControl("Note (optional)")).ToContainTextAsync($"A note can be at most {Limits.Note} characters.");
        await Expect(body.Field("Note (optional)")).ToHaveValueAsync(pasted);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task TextField_PastTheFieldTextLimit_IsHeldInTheBrowserAndNeverSaidSaved()
    {
        var claimId = await fixture.Server.CreateClaimAsync("Input");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var body = page.Locator("body");
        await page.SignInAsEditorAsync($"/admin/claims/{claimId}");
        await Expect(body.Field("Quote")).ToHaveValueAsync("$2 billion");

        var note = body.Field("Note (optional)");
        await note.FillAsync(new string('a', Limits.FieldText + 1));
        await note.BlurAsync();

        Assert.Contains("was not sent or saved", await note.EvaluateAsync<string>("field => field.validationMessage"), StringComparison.Ordinal);
        await Expect(page.Locator(".dt-unsent-state")).ToBeVisibleAsync();
        await Expect(page.Locator(".dt-save-state")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(note).ToBeFocusedAsync();

        // Shortened, it is sent: the page is alive and saves it.
        await note.FillAsync("Short again");
        await note.BlurAsync();
        await Expect(page.Locator(".dt-unsent-state")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Claim saved");
        var stored = await fixture.Server.UseAsync<ReportEditor, ClaimDraft?>(editor => editor.LoadClaimAsync(claimId));
        Assert.Equal("Short again", stored!.Note);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
