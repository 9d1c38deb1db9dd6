using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Parties;

/// <summary>The editors' party list and its create/edit dialog.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManagePartiesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_EditedDescriptionAndAffiliation_HistoryShowsWhoAndEachFieldBeforeAndAfter()
    {
        var name = Catalog.Unique("Party");
        var parent = Catalog.Unique("Parent company");
        await fixture.Server.CreatePartyAsync(name, "cloud arm");
        await fixture.Server.CreatePartyAsync(parent);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/parties");
        await page.GetByLabel("Search parties").FillAsync(name);
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Field("Description")).ToHaveValueAsync("cloud arm");
        await dialog.Field("Description").FillAsync("cloud computing arm of its parent");
        await dialog.ChooseAsync("Affiliated with", parent);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText($"Saved the party “{name}”.")).ToBeVisibleAsync();
        await Expect(page.Locator(".dt-catalog tbody tr")).ToContainTextAsync("cloud computing arm of its parent");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(dialog.Field("Affiliated with")).ToHaveValueAsync(parent);
        var latest = dialog.Locator(".dt-history-entry").First;
        await Expect(latest).ToContainTextAsync($"Edited by {DealTrackerServer.EditorEmail}");
        var description = latest.Locator("tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Description" }) });
        await Expect(description.Locator("td")).ToHaveTextAsync(["cloud arm", "cloud computing arm of its parent"]);
        await Expect(latest.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(2);
        await Expect(dialog.Locator(".dt-history-entry").Last).ToContainTextAsync("Created by browser tests");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Save_NewPartyNamedAsAStoredOneWithAZeroWidthSpace_ShowsTheRefusalBesideTheNameAndSavesNothing()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/parties");

        await page.GetByRole(AriaRole.Button, new() { Name = "New party" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Name").FillAsync("Ama\u200Bzon");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(dialog.FieldControl("Name")).ToContainTextAsync("There is already a party called Amazon.");
        await Expect(dialog.Field("Name")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Search_PercentSignAndNonAsciiInCapitals_FindOnlyThePartiesHoldingThemAsWritten()
    {
        var name = Catalog.Unique("Société 50% Partenaires");
        await fixture.Server.CreatePartyAsync(name);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/parties");

        await page.GetByLabel("Search parties").FillAsync("%");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync("1 party match “%”");
        await Expect(page.Locator(".dt-catalog tbody tr")).ToContainTextAsync(name);

        // The search is kept in the address: a reload shows the same list.
        await Expect(page).ToHaveURLAsync(new Regex("[?&]search=%25(&|$)"));
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync("1 party match “%”");
        await Expect(page.GetByLabel("Search parties")).ToHaveValueAsync("%");

        await page.GetByLabel("Search parties").FillAsync(name.ToUpperInvariant());
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".dt-catalog tbody tr")).ToContainTextAsync(name);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
