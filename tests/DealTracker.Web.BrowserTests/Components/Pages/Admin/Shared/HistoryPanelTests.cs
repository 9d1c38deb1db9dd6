using DealTracker.Domain.History;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Shared;

/// <summary>An item's history panel with more changes than it shows at once: it says so, and shows the older ones on request.</summary>
[Collection(EditingCollection.Name)]
public sealed class HistoryPanelTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PartyDialog_MoreChangesThanAPage_ShowsTheNewestThenEveryOlderOneDownToItsCreation()
    {
        var name = Catalog.Unique("Much edited party");
        var id = await fixture.Server.CreatePartyAsync(name, "edit 0");
        const int edits = HistoryPanelPage + 12;
        await fixture.Server.UseAsync<IDbContextFactory<DealTrackerDbContext>, int>(async factory =>
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeRecords.AddRange(Enumerable.Range(1, edits).Select(i => new ChangeRecord
            {
                ItemType = "Party", ItemId = id, Action = ChangeAction.Edited, At = DateTime.UtcNow, EditorId = "browser-tests",
                EditorName = "browser tests", Changes = $$"""[{"field":"Description","before":"edit {{i - 1}}","after":"edit {{i}}"}]""",
            }));
            return await db.SaveChangesAsync();
        });
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/parties?edit={id}");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var entries = dialog.Locator(".dt-history-entry");

        await Expect(entries).ToHaveCountAsync(HistoryPanelPage);
        await Expect(dialog.Locator(".dt-history-older")).ToContainTextAsync($"Showing the newest {HistoryPanelPage} of {edits + 1} changes.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Show older changes ({edits + 1 - HistoryPanelPage} more)" }).ClickAsync();

        await Expect(entries).ToHaveCountAsync(edits + 1);
        await Expect(entries.Last).ToContainTextAsync("Created by browser tests");
        await Expect(dialog.Locator(".dt-history-older")).ToHaveCountAsync(0);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    private const int HistoryPanelPage = Web.Components.Pages.Admin.Shared.HistoryPanel.PageSize;
}
