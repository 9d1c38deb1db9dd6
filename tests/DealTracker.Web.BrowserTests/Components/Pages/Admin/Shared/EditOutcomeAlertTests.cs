using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Shared;

/// <summary>What an editor sees when a save meets a store locked by another process.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditOutcomeAlertTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_WhileAnotherProcessHoldsTheWriteLock_SaysTheStoreIsBusyAndSavesOnRetry()
    {
        var name = Catalog.Unique("Busy outlet");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Name").FillAsync(name);

        await using (var locker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.Server.DatabasePath, Pooling = false }.ToString()))
        {
            await locker.OpenAsync();
            await using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }

            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            // The save waits the busy timeout (5 s), then gives up.
            await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("The store is busy. Nothing was saved; try again.", new() { Timeout = 30_000 });
            Assert.Equal(0, (await fixture.Server.FindOutletsAsync(name)).Total);
        }

        // The form kept what was typed: trying again saves it.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText($"Saved the outlet “{name}”.")).ToBeVisibleAsync();
        Assert.Equal(1, (await fixture.Server.FindOutletsAsync(name)).Total);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
