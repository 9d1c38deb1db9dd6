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
        await dialog.Field("Date").FillAsync("2025-11");
        await dialog.Field("Date").PressAsync("Tab");
        await Expect(dialog.Field("Date")).ToHaveValueAsync("2025-11");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var row = page.Locator(".dt-catalog tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(deal);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Nov 2025");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        await Expect(dialog.Field("Date known to the")).ToHaveValueAsync("Month only");
        await Expect(dialog.Field("Date")).ToHaveValueAsync("2025-11");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    /// <summary>
    /// Text in the date that is no date ("yesterday") is never dropped: the field says how to write it, in the app's words, and
    /// saving is refused with the same words; the date written as the app writes every day (2025-11-15) is then saved.
    /// </summary>
    [Fact]
    public async Task Save_DateTextThatIsNoDate_IsRefusedBesideTheDateThenSavedWrittenYyyyMmDd()
    {
        var deal = Catalog.Unique("Deal with a dated event");
        var title = Catalog.Unique("Term sheet signed");
        await fixture.Server.CreateDealAsync(deal);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/events");

        await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.PickAsync("Deal", deal);
        await dialog.Field("Title").FillAsync(title);
        await dialog.Field("Date").FillAsync("yesterday");
        await dialog.Field("Date").PressAsync("Tab");
        await Expect(dialog.FieldControl("Date")).ToContainTextAsync("“yesterday” is not a date. Write the date as YYYY-MM-DD.");
        await Expect(dialog.FieldControl("Date")).Not.ToContainTextAsync("Not a valid date");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(dialog.FieldControl("Date")).ToContainTextAsync("“yesterday” is not a date. Write the date as YYYY-MM-DD.");
        await Expect(page.Locator(".dt-catalog tbody tr").Filter(new() { HasText = title })).ToHaveCountAsync(0);

        await dialog.Field("Date").FillAsync("2025-11-15");
        await dialog.Field("Date").PressAsync("Tab");
        await Expect(dialog.FieldControl("Date")).Not.ToContainTextAsync("is not a date");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        await Expect(dialog.Field("Date")).ToHaveValueAsync("2025-11-15");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    /// <summary>Switching the precision to the month and back keeps the day given, rather than making it the 1st.</summary>
    [Fact]
    public async Task Precision_DayToMonthAndBack_KeepsTheDayGiven()
    {
        var deal = Catalog.Unique("Deal with a precise event");
        await fixture.Server.CreateDealAsync(deal);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/events");

        await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Date").FillAsync("2025-11-15");
        await dialog.Field("Date").PressAsync("Tab");
        await dialog.PickAsync("Date known to the", "Month only");
        await Expect(dialog.Field("Date")).ToHaveValueAsync("2025-11");
        await dialog.PickAsync("Date known to the", "Day");

        await Expect(dialog.Field("Date")).ToHaveValueAsync("2025-11-15");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
