using System.Text.RegularExpressions;
using DealTracker.Domain.Intake;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Inbox;

/// <summary>
/// Reading the inbox from the keyboard: the first item focused as the page opens, j/k on to the next and previous page,
/// Enter in the dismiss dialog's reason; and an outlet's feed backing off after a failure. Each test arranges its own
/// outlet and inbox items, so they run in the <see cref="EditingCollection"/>.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class InboxKeyboardTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Inbox_Opened_FocusesTheFirstItemSoJMovesAtOnce()
    {
        var slug = await AddItemsAsync(3);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/inbox?outlet={slug}");
        await page.WaitForCircuitAsync();

        var items = page.Locator("[data-inbox-item]");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(items.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(items.Nth(2)).ToBeFocusedAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Inbox_JOnTheLastItemOfAPageAndKOnTheFirstOfTheNext_TurnThePage()
    {
        var slug = await AddItemsAsync(27);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/inbox?outlet={slug}");
        await page.WaitForCircuitAsync();

        var items = page.Locator("[data-inbox-item]");
        await Expect(items).ToHaveCountAsync(25);
        await KeysReadyAsync(page);
        await items.Nth(24).FocusAsync();
        await page.Keyboard.PressAsync("j");
        // The page turns in place (history.pushState), with no load event to wait for: poll the address.
        await Expect(page).ToHaveURLAsync(new Regex("[?&]page=2"));
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(0)).ToBeFocusedAsync();
        await Expect(page.Locator(".dt-inbox-total")).ToHaveTextAsync("27 items · page 2 of 2");

        // j on the very last item stays; k on the first item of page 2 goes back to page 1's last item.
        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("k");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page).ToHaveURLAsync(new Regex("^(?!.*[?&]page=)"));
        await Expect(items).ToHaveCountAsync(25);
        await Expect(items.Nth(24)).ToBeFocusedAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task DismissDialog_EnterInTheReason_DismissesTheItem()
    {
        var slug = await AddItemsAsync(2);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/inbox?outlet={slug}");
        await page.WaitForCircuitAsync();
        var items = page.Locator("[data-inbox-item]");
        await Expect(items).ToHaveCountAsync(2);
        await KeysReadyAsync(page);
        await items.Nth(0).FocusAsync();
        var title = await items.Nth(0).GetByRole(AriaRole.Heading).InnerTextAsync();
        foreach (var file in await Screenshots.SaveAsync(session, "admin-inbox-focused"))
        {
            output.WriteLine(file);
        }

        await page.Keyboard.PressAsync("d");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var reason = dialog.GetByLabel("Reason (optional)");
        await Expect(reason).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Not about a tracked deal");
        foreach (var file in await Screenshots.SaveAsync(session, "admin-inbox-dismiss"))
        {
            output.WriteLine(file);
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.Filter(new() { HasTextString = title })).ToHaveCountAsync(0);

        await page.GotoAsync($"/admin/inbox?outlet={slug}&status=dismissed");
        await page.WaitForCircuitAsync();
        await Expect(items.Filter(new() { HasTextString = title })).ToContainTextAsync("Dismissed: Not about a tracked deal");
        await page.WaitForSnackbarsSettledAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task OutletFeeds_FeedThatFails_ShowsItsBackoffAndFailureCount()
    {
        var outlet = Catalog.Unique("Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        await using var feeds = await LoopbackFeedServer.StartAsync();
        var feedUrl = feeds.Url("/missing.xml");

        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Search outlets").FillAsync(outlet);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync($"1 outlet match “{outlet}”");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {outlet}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByText("No feeds yet.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // The browser tests' server polls only by hand (Intake:Enabled false), and the dialog says so rather than "every few minutes".
        await Expect(dialog).ToContainTextAsync("Background polling is off on this server");
        await Expect(dialog).Not.ToContainTextAsync("few minutes");
        await dialog.GetByLabel("Feed address").FillAsync(feedUrl);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add feed" }).ClickAsync();
        var feed = dialog.GetByRole(AriaRole.List, new() { Name = "Feeds" }).GetByRole(AriaRole.Listitem);
        await Expect(feed).ToContainTextAsync(feedUrl);
        await Expect(feed.Locator("[data-feed-backoff]")).ToHaveCountAsync(0);

        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Poll now {feedUrl}" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "could not be read" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(feed.Locator("[data-feed-backoff]")).ToHaveTextAsync(new Regex(@"^Backing off after 1 failure in a row: next poll not before \d{1,2} \w{3} \d{4} \d{2}:\d{2} UTC\.$"));
        output.WriteLine(await feed.InnerTextAsync());
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task DismissDialog_ReasonRefusedByTheServer_StaysOpenWithTheMessageBesideTheFieldAndTheTextKept()
    {
        var slug = await AddItemsAsync(1);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync($"/admin/inbox?outlet={slug}");
        await page.WaitForCircuitAsync();
        var items = page.Locator("[data-inbox-item]");
        await Expect(items).ToHaveCountAsync(1);
        await items.Nth(0).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dismiss") }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Dismiss this item", Level = 2 })).ToBeVisibleAsync();

        // Only a zero-width space: refused, and the dialog says so beside the field, keeping what was typed.
        await dialog.Field("Reason (optional)").FillAsync("\u200B");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await Expect(dialog.FieldControl("Reason (optional)")).ToContainTextAsync("holds only invisible characters");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Field("Reason (optional)")).ToHaveValueAsync("\u200B");
        await Expect(items).ToHaveCountAsync(1);

        await dialog.Field("Reason (optional)").FillAsync("Not about a tracked deal");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(items).ToHaveCountAsync(0);

        // Dismissed once: no second "Dismiss…" over its reason, but it can be put back to new.
        await page.GotoAsync($"/admin/inbox?outlet={slug}&status=dismissed");
        await page.WaitForCircuitAsync();
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.Nth(0)).ToContainTextAsync("Dismissed: Not about a tracked deal");
        await Expect(items.Nth(0).Locator("[data-action=dismiss]")).ToHaveCountAsync(0);
        await items.Nth(0).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Put back to new") }).ClickAsync();
        await Expect(items).ToHaveCountAsync(0);
        await page.GotoAsync($"/admin/inbox?outlet={slug}");
        await page.WaitForCircuitAsync();
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.Nth(0)).Not.ToContainTextAsync("Dismissed:");
        await page.WaitForSnackbarsSettledAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Inbox_FiltersInCapitalsOrMeaningless_ReadsSlugsInAnyCaseAndNamesEachBadValue()
    {
        var slug = await AddItemsAsync(1);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;

        await page.SignInAsEditorAsync($"/admin/inbox?outlet={slug.ToUpperInvariant()}&status=bogus&figures=maybe&page=-5");
        await page.WaitForCircuitAsync();

        // The outlet in capitals is the outlet (as the API reads it); each value that means nothing is named, not quietly dropped.
        await Expect(page.Locator("[data-inbox-item]")).ToHaveCountAsync(1);
        var errors = page.Locator("[data-inbox-error]");
        await Expect(errors).ToHaveCountAsync(3);
        await Expect(errors.Nth(0)).ToContainTextAsync("“bogus” is not a status");
        await Expect(errors.Nth(1)).ToContainTextAsync("“maybe” is not a figures filter");
        await Expect(errors.Nth(2)).ToContainTextAsync("“-5” is not a page number");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    /// <summary>Waits until the inbox's keyboard script has attached to the list.</summary>
    private static Task KeysReadyAsync(IPage page) => Expect(page.Locator("body[data-dt-inbox-keys=true]")).ToHaveCountAsync(1);

    /// <summary><paramref name="count"/> new items from a new outlet, the first ranked first; returns the outlet's slug.</summary>
    private async Task<string> AddItemsAsync(int count)
    {
        var name = Catalog.Unique("Keys Wire");
        var outletId = await fixture.Server.CreateOutletAsync(name);
        var slug = Slugs.From(name);
        var now = DateTime.UtcNow;
        await fixture.Server.UseAsync<IDbContextFactory<DealTrackerDbContext>, int>(async factory =>
        {
            await using var db = await factory.CreateDbContextAsync();
            for (var i = 0; i < count; i++)
            {
                var link = $"https://example.com/{slug}/story-{i}";
                db.InboxItems.Add(new InboxItem
                {
                    OutletId = outletId, Title = $"Story {i + 1} of {name}", Link = link, NormalisedLink = StoryLinks.Key(link)!,
                    TitleKey = $"story {i + 1} {slug}", PublishedAt = now.AddMinutes(-i), FetchedAt = now, Status = InboxStatus.New,
                });
            }

            return await db.SaveChangesAsync();
        });
        return slug;
    }
}
