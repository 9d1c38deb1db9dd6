using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Outlets;

/// <summary>The editors' outlet list and its create/edit dialog.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManageOutletsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_NewOutlet_ShowsInTheListAndOnThePublicOutletsPage()
    {
        var name = Catalog.Unique("Outlet");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");

        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        // A keyboard user types the name straight away: the dialog puts the focus there, and leaves it.
        await Expect(dialog.Field("Name")).ToBeFocusedAsync();
        await dialog.Field("Name").FillAsync(name);
        await dialog.PickAsync("Kind", "Wire service");
        await dialog.Field("Homepage").FillAsync("https://example.com/news");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText($"Saved the outlet “{name}”.")).ToBeVisibleAsync();
        var row = page.Locator(".dt-catalog tbody tr").Filter(new() { HasText = name });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("https://example.com/news");

        await page.GetByLabel("Search outlets").FillAsync(name);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync($"1 outlet match “{name}”");
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);

        await page.GotoAsync("/outlets");
        var publicRow = page.Locator("main tbody tr").Filter(new() { HasText = name });
        await Expect(publicRow).ToHaveCountAsync(1);
        await Expect(publicRow).ToContainTextAsync("Wire service");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Save_PastedNameOverTheLimit_KeepsAllOfItCountsItAndIsRefusedBesideTheField()
    {
        var before = (await fixture.Server.FindOutletsAsync(null)).Total;
        var name = Catalog.Unique("Outlet") + " " + new string('x', 240);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");

        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Name").FillAsync(name);
        await Expect(dialog.Field("Name")).ToHaveValueAsync(name); // nothing cut
        await dialog.Field("Homepage").FocusAsync();
        await Expect(dialog.FieldControl("Name")).ToContainTextAsync($"{name.Length} / {Limits.Name}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.FieldControl("Name")).ToContainTextAsync($"A name can be at most {Limits.Name} characters.");
        await Expect(dialog.Field("Name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(dialog).ToBeVisibleAsync();
        Assert.Equal(before, (await fixture.Server.FindOutletsAsync(null)).Total);
    }

    [Fact]
    public async Task Save_EmptyNameAndJavascriptHomepage_ShowsEachErrorBesideItsFieldAndSavesNothing()
    {
        var before = (await fixture.Server.FindOutletsAsync(null)).Total;
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");

        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        // Straight into the second field, as a fast editor does: the dialog's first-field focus, which comes a
        // server round trip after the fields show, must not take the focus (and so the rest of the text) from it.
        await dialog.Field("Homepage").FillAsync("javascript:alert(1)");
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("javascript:alert(1)");
        await Expect(dialog.Field("Name")).ToHaveValueAsync("");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(dialog.FieldControl("Name")).ToContainTextAsync("Give the outlet's name.");
        await Expect(dialog.Field("Name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(dialog.FieldControl("Homepage")).ToContainTextAsync("A link must be a full web address starting with http:// or https://.");
        await Expect(dialog.Field("Homepage")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before, (await fixture.Server.FindOutletsAsync(null)).Total);

        // With a name, the unsafe link alone still stops the save.
        // Typed at once after the refusal: the focus moved to its summary must not take the text either.
        var name = Catalog.Unique("Unsafe outlet");
        await dialog.Field("Name").FillAsync(name);
        await Expect(dialog.Field("Name")).ToHaveValueAsync(name);
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.Field("Name")).ToHaveAttributeAsync("aria-invalid", "false");
        await Expect(dialog.FieldControl("Homepage")).ToContainTextAsync("A link must be a full web address");
        await Expect(dialog).ToBeVisibleAsync();
        Assert.Equal(0, (await fixture.Server.FindOutletsAsync(name)).Total);
        Assert.Equal(before, (await fixture.Server.FindOutletsAsync(null)).Total);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Type_InHomepageBeforeTheServerHearsTheDialogShowed_KeepsEveryKeyInHomepage()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var acks = await RenderAcks.InstallAsync(page);
        await page.SignInAsEditorAsync("/admin/outlets");
        // Open and cancel the dialog once first: then the page's own after-render work (which a dialog needs, and
        // which must not be held) is done, whenever the browser acknowledged the page's renders.
        var newOutlet = page.GetByRole(AriaRole.Button, new() { Name = "New outlet" });
        var dialog = page.GetByRole(AriaRole.Dialog);
        await newOutlet.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        // The dialog is on screen, but the server has not heard so yet (a slow connection): its after-render
        // work, the first field's focus among it, is still to come when the editor clicks Homepage and types.
        acks.Hold();
        await newOutlet.ClickAsync();
        var homepage = dialog.Field("Homepage");
        await homepage.ClickAsync();
        await page.Keyboard.TypeAsync("https://");
        Assert.True(acks.Held > 0, "The dialog's render acknowledgements were not held, so this test proves nothing.");

        // Now the server runs it, while the editor types on (a person's pace, into whatever has the focus).
        acks.Release();
        await page.Keyboard.TypeAsync("example.com/news", new() { Delay = 40 });

        await Expect(homepage).ToHaveValueAsync("https://example.com/news");
        await Expect(dialog.Field("Name")).ToHaveValueAsync("");
        await Expect(homepage).ToBeFocusedAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_ShowsTheConflictAndKeepsTheirChange()
    {
        var name = Catalog.Unique("Contested outlet");
        var id = await fixture.Server.CreateOutletAsync(name, "https://first.example");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await page.GetByLabel("Search outlets").FillAsync(name);
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("https://first.example");
        await dialog.Field("Homepage").FillAsync("https://mine.example");

        // Someone else saves the outlet while the dialog is open.
        var theirs = await fixture.Server.UseAsync<CatalogEditor, EditResult>(async editor =>
        {
            var draft = await editor.LoadOutletAsync(id);
            draft!.Homepage = "https://theirs.example";
            return await editor.SaveOutletAsync(draft, Catalog.Arranger);
        });
        Assert.True(theirs.Succeeded);

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Someone else saved this outlet after you opened it. Nothing was saved");
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("https://mine.example");
        var stored = await fixture.Server.UseAsync<CatalogEditor, OutletDraft?>(editor => editor.LoadOutletAsync(id));
        Assert.Equal("https://theirs.example", stored!.Homepage);

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Load the saved version" }).ClickAsync();
        await Expect(dialog.Field("Homepage")).ToHaveValueAsync("https://theirs.example");
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
