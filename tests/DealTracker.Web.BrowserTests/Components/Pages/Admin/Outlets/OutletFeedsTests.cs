using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Intake;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Outlets;

/// <summary>
/// The watched feeds in the outlet dialog: they change at once (and say so), Enter in the address adds, a refused address is
/// named beside the field, Remove asks first and says when there was nothing left to remove. Feeds change the store, so these
/// run in the <see cref="EditingCollection"/>, each with its own outlet.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class OutletFeedsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Feeds_AddWithEnterRefuseAndRemove_SaysWhatHappenedEachTimeAndAsksBeforeRemoving()
    {
        var outlet = Catalog.Unique("Feeds Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        var run = Guid.NewGuid().ToString("N")[..8];
        var feedUrl = $"https://feeds.example.com/{run}/rss.xml";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Search outlets").FillAsync(outlet);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync($"1 outlet match “{outlet}”");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {outlet}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Watched feeds" });
        await Expect(dialog.GetByText("No feeds yet.")).ToBeVisibleAsync();

        // Told up front that feeds do not wait for Save; the "inbox" link in that text is underlined, not colour alone.
        await Expect(dialog.GetByText("Feeds change at once:", new() { Exact = true })).ToBeVisibleAsync();
        var inbox = dialog.GetByRole(AriaRole.Link, new() { Name = "inbox", Exact = true });
        Assert.Contains("underline", await inbox.EvaluateAsync<string>("a => getComputedStyle(a).textDecorationLine"), StringComparison.Ordinal);
        await page.AssertNoSeriousViolationsAsync();

        // Enter in the address adds the feed.
        var address = dialog.Field("Feed address");
        await address.FillAsync(feedUrl);
        await address.PressAsync("Enter");
        var feeds = dialog.GetByRole(AriaRole.List, new() { Name = "Feeds" }).GetByRole(AriaRole.Listitem);
        await Expect(feeds).ToHaveCountAsync(1);
        var status = dialog.Locator(".dt-feed-status");
        await Expect(status).ToHaveTextAsync($"Watching {feedUrl}.");

        // An address with a zero-width space: named beside the field, and the last action's words are gone.
        await address.FillAsync($"https://feeds.example.com/{run}/\u200Bother.xml");
        await address.PressAsync("Enter");
        await Expect(dialog.FieldControl("Feed address")).ToContainTextAsync("invisible character (U+200B");
        await Expect(dialog.FieldControl("Feed address")).Not.ToContainTextAsync("someone else");
        await Expect(status).ToHaveTextAsync("");
        await Expect(feeds).ToHaveCountAsync(1);

        // Remove asks first; keeping it changes nothing.
        var remove = dialog.GetByRole(AriaRole.Button, new() { Name = $"Remove feed {feedUrl}" });
        await remove.ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Remove this feed?", Level = 2 }) });
        await Expect(confirm).ToContainTextAsync("happens at once");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(feeds).ToHaveCountAsync(1);

        // Removed meanwhile by someone else: the dialog says there was nothing left to remove.
        var feedId = (await fixture.Server.UseAsync<FeedService, IReadOnlyList<FeedView>?>(service => service.ListAsync(Slugs.From(outlet))))!.Single().Id;
        Assert.True(await fixture.Server.UseAsync<FeedService, bool>(service => service.RemoveAsync(Slugs.From(outlet), feedId)));
        await remove.ClickAsync();

        // The question is up before it is answered, as an editor reads it (a click while the dialog still opens lands on its backdrop).
        await Expect(confirm).ToContainTextAsync("happens at once");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove the feed" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(status).ToContainTextAsync("was no longer watched");
        await Expect(dialog.GetByText("No feeds yet.")).ToBeVisibleAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Feeds_RemoveConfirmed_StopsWatchingAndSaysSo()
    {
        var outlet = Catalog.Unique("Feeds Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        var feedUrl = $"https://feeds.example.com/{Guid.NewGuid():N}/rss.xml";
        Assert.True((await fixture.Server.UseAsync<FeedService, EditResult>(service => service.AddAsync(Slugs.From(outlet), feedUrl))).Succeeded);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Search outlets").FillAsync(outlet);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync($"1 outlet match “{outlet}”");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {outlet}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Watched feeds" });

        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Remove feed {feedUrl}" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Remove this feed?" });
        await Expect(confirm).ToContainTextAsync("happens at once");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove the feed" }).ClickAsync();

        await Expect(dialog.Locator(".dt-feed-status")).ToHaveTextAsync($"Stopped watching {feedUrl}. Its items stay in the inbox.");
        await Expect(dialog.GetByText("No feeds yet.")).ToBeVisibleAsync();
        Assert.Empty((await fixture.Server.UseAsync<FeedService, IReadOnlyList<FeedView>?>(service => service.ListAsync(Slugs.From(outlet))))!);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
