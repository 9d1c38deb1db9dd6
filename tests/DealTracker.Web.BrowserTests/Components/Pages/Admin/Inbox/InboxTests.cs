using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Inbox;

/// <summary>
/// From a watched feed to the public record: a feed served on a loopback port, added to an outlet and polled
/// from its dialog, its story read in the inbox and made into a report from the prefilled form. These tests
/// change the store, so they run in the <see cref="EditingCollection"/>; each one makes its own outlet and feed.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class InboxTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string DealPath = "/deals/amazon-openai-2026-round";

    internal const string Article =
        "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
        + "as part of a funding round of up to $90 billion, citing the Wall Street Journal. Amazon declined to comment.";

    [Fact]
    public async Task FeedToTimeline_PollMakeReportAndSave_PublishesTheAttributedReportWithoutTypingAFigure()
    {
        var outlet = Catalog.Unique("Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        await using var feeds = await LoopbackFeedServer.StartAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        var title = $"Amazon weighs a big investment in OpenAI ({run})";
        var link = feeds.Url($"/stories/amazon-openai-{run}");
        var feedUrl = feeds.Serve("/wire.xml", "application/rss+xml", LoopbackFeedServer.Rss("Wire",
            (title, link, Article, DateTimeOffset.UtcNow.AddHours(-2)),
            ($"Gulf states look for new sources of income ({run})", feeds.Url($"/stories/gulf-{run}"), "Gulf states are looking for new sources of income.", DateTimeOffset.UtcNow.AddHours(-1))));

        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await AddAndPollAsync(page, outlet, feedUrl, expectNew: 2);

        // The inbox, filtered to the outlet the way an editor does it; the story about the deal ranks first.
        await page.GotoAsync("/admin/inbox");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Outlet", new() { Exact = true }).ChooseAsync(outlet);
        await Expect(page).ToHaveURLAsync(new Regex($"outlet={Regex.Escape(Slugs.From(outlet))}"));
        var items = page.Locator("[data-inbox-item]");
        await Expect(items).ToHaveCountAsync(2);
        var story = items.Nth(0);
        await Expect(story.GetByRole(AriaRole.Heading)).ToHaveTextAsync(title);
        await Expect(story.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveAttributeAsync("href", link);
        await Expect(story).ToContainTextAsync("Probably about");
        await Expect(story).ToContainTextAsync("up to $40B (Investment, Amazon.com Inc.)");
        await Expect(story).ToContainTextAsync("the Wall Street Journal");
        await Expect(story).ToContainTextAsync("«people familiar with the matter» (anonymous)");
        await Expect(items.Nth(1)).ToContainTextAsync("none found");

        // From the keyboard: j moves down, k back up, Enter makes the report.
        await KeysReadyAsync(page);
        await story.FocusAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("k");
        await Expect(story).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/reports/new\\?inboxItem=[0-9]+$"));

        // The form is prefilled: nothing to type.
        await Expect(page.GetByLabel("Headline", new() { Exact = true })).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("Outlet", new() { Exact = true })).ToHaveValueAsync(outlet);
        await Expect(page.GetByLabel("Link", new() { Exact = true })).ToHaveValueAsync(link);
        await Expect(page.GetByRole(AriaRole.Note).Filter(new() { HasTextString = "Prefilled from the inbox item" }))
            .ToContainTextAsync("This article relies on anonymous sources: «people familiar with the matter».");
        var source = page.GetByRole(AriaRole.Group, new() { Name = "Source 1", Exact = true });
        await Expect(source.GetByLabel("Outlet relied on")).ToHaveValueAsync("The Wall Street Journal");
        var investment = page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true });
        await Expect(investment.GetByLabel("Metric")).ToHaveValueAsync("Investment");
        await Expect(investment.GetByLabel("Party", new() { Exact = true })).ToHaveValueAsync("Amazon");
        await Expect(investment.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("as much as $40 billion");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true }).GetByLabel("Metric")).ToHaveValueAsync("Round size");

        await page.SaveReportAndWaitForItsPageAsync();
        var reportId = new Uri(page.Url).AbsolutePath.Split('/')[^1];

        // The item is done and links to its report.
        await page.GotoAsync($"/admin/inbox?status=done&outlet={Slugs.From(outlet)}");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-inbox-item]").Filter(new() { HasTextString = title }).GetByRole(AriaRole.Link, new() { Name = $"Report {reportId}" }))
            .ToBeVisibleAsync();

        // The reader's timeline: the report with its metric, investor and relies-on row.
        await page.GotoAsync($"{DealPath}/timeline?outlet={Slugs.From(outlet)}");
        var entry = page.Locator(".dt-entry").Filter(new() { HasTextString = title });
        await Expect(entry).ToHaveCountAsync(1);
        output.WriteLine(await entry.InnerTextAsync());
        await Expect(entry).ToContainTextAsync("Amazon’s investment");
        await Expect(entry).ToContainTextAsync("up to $40B");
        await Expect(entry).ToContainTextAsync("up to $90B");
        await Expect(entry).ToContainTextAsync("Relies on others");
        await Expect(entry).ToContainTextAsync("The Wall Street Journal");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Inbox_DismissFromTheKeyboardWithAReason_MovesTheItemToDismissed()
    {
        var outlet = Catalog.Unique("Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        await using var feeds = await LoopbackFeedServer.StartAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        var title = $"Nvidia shares rise on chip demand ({run})";
        var feedUrl = feeds.Serve("/wire.xml", "application/rss+xml", LoopbackFeedServer.Rss("Wire",
            (title, feeds.Url($"/stories/nvidia-{run}"), "Nvidia shares rose 3% on Tuesday.", DateTimeOffset.UtcNow.AddHours(-1))));

        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await AddAndPollAsync(page, outlet, feedUrl, expectNew: 1);

        await page.GotoAsync($"/admin/inbox?outlet={Slugs.From(outlet)}");
        await page.WaitForCircuitAsync();
        var item = page.Locator("[data-inbox-item]").Filter(new() { HasTextString = title });
        await Expect(page.GetByText("Keyboard: j/k")).ToBeVisibleAsync();
        await KeysReadyAsync(page);
        await item.FocusAsync();
        await page.Keyboard.PressAsync("d");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason (optional)").FillAsync("Not about a tracked deal");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(item).ToHaveCountAsync(0);

        await page.GetByLabel("Status", new() { Exact = true }).ChooseAsync("Dismissed");
        await Expect(page).ToHaveURLAsync(new Regex("status=dismissed"));
        await Expect(page.Locator("[data-inbox-item]").Filter(new() { HasTextString = title })).ToContainTextAsync("Dismissed: Not about a tracked deal");
        await page.WaitForSnackbarsSettledAsync();
        await page.AssertNoSeriousViolationsAsync(output);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    /// <summary>Waits until the inbox's keyboard script has attached to the list.</summary>
    private static Task KeysReadyAsync(IPage page) => Expect(page.Locator("body[data-dt-inbox-keys=true]")).ToHaveCountAsync(1);

    /// <summary>Opens the outlet's dialog from the outlets page, adds the feed, polls it now and closes the dialog.</summary>
    internal static async Task AddAndPollAsync(IPage page, string outlet, string feedUrl, int expectNew)
    {
        await page.GotoAsync("/admin/outlets");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Search outlets").FillAsync(outlet);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "match" })).ToHaveTextAsync($"1 outlet match “{outlet}”");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {outlet}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);

        // The feeds load after the dialog opens (and the dialog focuses its first field): fill the address once they are shown.
        await Expect(dialog.GetByText("No feeds yet.").Or(dialog.GetByRole(AriaRole.List, new() { Name = "Feeds" })).First).ToBeVisibleAsync();
        var address = dialog.GetByLabel("Feed address");
        await address.FillAsync(feedUrl);
        await Expect(address).ToHaveValueAsync(feedUrl);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add feed" }).ClickAsync();
        var feed = dialog.GetByRole(AriaRole.List, new() { Name = "Feeds" }).GetByRole(AriaRole.Listitem);
        await Expect(feed).ToContainTextAsync(feedUrl);
        await Expect(feed).ToContainTextAsync("Last success: never");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Poll now {feedUrl}" }).ClickAsync();
        // A poll fetches the feed over loopback, reads every item and saves them: on a loaded two-core machine that has taken more
        // than the default five seconds (a clean-clone CI run of the twentieth session), so this one wait is longer.
        await Expect(dialog.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Polled" }))
            .ToContainTextAsync($"Polled: {expectNew} new item{(expectNew == 1 ? "" : "s")} in the inbox", new() { Timeout = 30_000 });
        await Expect(feed).ToContainTextAsync($"{expectNew} item{(expectNew == 1 ? "" : "s")}");
        await Expect(feed).Not.ToContainTextAsync("Last success: never");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }
}
