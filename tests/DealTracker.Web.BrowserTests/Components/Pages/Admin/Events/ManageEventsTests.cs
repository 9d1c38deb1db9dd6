using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Events;

/// <summary>The editors' event list and its dialog, with a date as precise as the sources give it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManageEventsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_NewEventKnownToTheMonth_ListShowsTheMonthOnly()
    {
        var deal = Catalog.Unique("Deal with an event");
        var title = Catalog.Unique("Compute agreement signed");
        await fixture.Server.CreateDealAsync(deal);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/events");

        await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.PickAsync("Deal", deal);
        await dialog.Field("Title").FillAsync(title);
        await dialog.PickAsync("Date known to the", "Month only");
        await dialog.Field("Date").FillAsync("November 2025");
        await dialog.Field("Date").PressAsync("Tab");
        await Expect(dialog.Field("Date")).ToHaveValueAsync("November 2025");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var row = page.Locator(".dt-catalog tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(deal);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Nov 2025");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        await Expect(dialog.Field("Date known to the")).ToHaveValueAsync("Month only");
        await Expect(dialog.Field("Date")).ToHaveValueAsync("November 2025");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
