using DealTracker.Domain.Deals;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Deals;

/// <summary>The editors' deal list and its create/edit dialog with the parties and their roles.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManageDealsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_NewDealWithTwoParties_ShowsOnThePublicDealsPageWithBothRoles()
    {
        var title = Catalog.Unique("Deal");
        var raising = Catalog.Unique("Raiser");
        var investor = Catalog.Unique("Investor");
        await fixture.Server.CreatePartyAsync(raising);
        await fixture.Server.CreatePartyAsync(investor);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/deals");

        await page.GetByRole(AriaRole.Button, new() { Name = "New deal" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Title").FillAsync(title);
        await dialog.Field("Summary").FillAsync($"{investor} would invest in {raising}.");
        await dialog.PickAsync("Stage", "In talks");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a party" }).ClickAsync();
        await dialog.ChooseAsync("Party 1", raising);
        await dialog.PickAsync("Role of party 1", "Raising");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a party" }).ClickAsync();
        await dialog.ChooseAsync("Party 2", investor);
        await dialog.PickAsync("Role of party 2", "Prospective investor");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText($"Saved the deal “{title}”.")).ToBeVisibleAsync();
        await Expect(page.Locator(".dt-catalog tbody tr").Filter(new() { HasText = title })).ToHaveCountAsync(1);

        await page.GotoAsync("/deals");
        var card = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
        await Expect(card).ToBeVisibleAsync();
        await card.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var parties = page.Locator("section[aria-labelledby='parties-heading'] li");
        await Expect(parties).ToHaveCountAsync(2);
        await Expect(parties.Filter(new() { HasText = raising })).ToContainTextAsync("Raising");
        await Expect(parties.Filter(new() { HasText = investor })).ToContainTextAsync("Prospective investor");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Save_PartyRowLeftEmpty_ShowsTheErrorOnThatRowAndSavesNothing()
    {
        var title = Catalog.Unique("Deal without party");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/deals");

        await page.GetByRole(AriaRole.Button, new() { Name = "New deal" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Title").FillAsync(title);
        await dialog.Field("Summary").FillAsync("A deal whose party was never picked.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a party" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.FieldControl("Party 1")).ToContainTextAsync("Pick the party.");
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await page.GotoAsync("/deals");
        await Expect(page.Locator("main").GetByText(title)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// A party's note is in the deal's form: changing the party's role keeps it (the row is edited, not removed and added), the
    /// public page still shows it, and the deal's history panel shows the role's change.
    /// </summary>
    [Fact]
    public async Task Save_PartysRoleChanged_KeepsItsNoteOnThePublicPageAndShowsTheChangeInTheHistory()
    {
        const string note = "In talks to invest as much as $50 billion (Reuters)";
        var title = Catalog.Unique("Deal with a noted party");
        var investor = Catalog.Unique("Investor");
        var investorId = await fixture.Server.CreatePartyAsync(investor);
        var saved = await fixture.Server.UseAsync<CatalogEditor, EditResult>(editor => editor.SaveDealAsync(new DealDraft
        {
            Title = title,
            Summary = $"{title}, arranged by a browser test.",
            Parties = [new() { PartyId = investorId, Role = PartyRole.ProspectiveInvestor, Note = note }],
        }, Catalog.Arranger));
        Assert.True(saved.Succeeded, saved.Message);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/deals");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Field("Note on party 1")).ToHaveValueAsync(note);
        await dialog.PickAsync("Role of party 1", "Possible participant");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        await Expect(dialog.Locator(".dt-history-entry").Filter(new() { HasText = "Edited party role" })).ToContainTextAsync("PossibleParticipant");
        await page.GotoAsync($"/deals/{Slugs.From(title)}");
        var party = page.Locator("section[aria-labelledby='parties-heading'] li").Filter(new() { HasText = investor });
        await Expect(party).ToContainTextAsync("Possible participant");
        await Expect(party).ToContainTextAsync(note);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
