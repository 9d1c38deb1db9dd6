using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Inbox;

/// <summary>
/// Screenshots of the inbox and of a report form prefilled from it, desktop and phone. They poll a loopback feed
/// (which adds inbox items), so they run in the <see cref="EditingCollection"/>. Set DEALTRACKER_SCREENSHOTS_DIR=docs/screenshots to refresh.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class InboxScreenshotTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Inbox_Screenshot_ShowsItemsAndThePrefilledForm(string screen)
    {
        var outlet = Catalog.Unique("Wire");
        await fixture.Server.CreateOutletAsync(outlet);
        await using var feeds = await LoopbackFeedServer.StartAsync();
        var now = DateTimeOffset.UtcNow;

        // Each screen gets its own stories: the inbox folds a story seen before (same link or near-identical title) into it.
        var (first, second, third) = screen == "phone"
            ? ("Amazon weighs a $40 billion stake in OpenAI", "ChatGPT maker’s valuation may reach $800 billion", "Gulf funds look beyond oil")
            : ("Amazon could invest as much as $40 billion in OpenAI", "OpenAI’s round could value it at about $800 billion", "Gulf states look for new sources of income");
        var feedUrl = feeds.Serve("/wire.xml", "application/rss+xml", LoopbackFeedServer.Rss("Wire",
            (first, feeds.Url($"/stories/amazon-openai-{screen}"), InboxTests.Article, now.AddHours(-3)),
            (second, feeds.Url($"/stories/openai-valuation-{screen}"),
                "The round would value the ChatGPT maker at about $800 billion, Semafor reported. OpenAI did not immediately respond to a request for comment.", now.AddHours(-2)),
            (third, feeds.Url($"/stories/gulf-{screen}"), "Gulf states are looking for new sources of income.", now.AddHours(-1))));

        await using var session = await fixture.OpenAsync(Screen.Named(screen));
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/outlets");
        await InboxTests.AddAndPollAsync(page, outlet, feedUrl, expectNew: 3);

        await page.GotoAsync($"/admin/inbox?outlet={Slugs.From(outlet)}");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-inbox-item]")).ToHaveCountAsync(3);
        // The page focuses its first item itself (the screenshot shows it outlined, as an editor sees the page open).
        await Expect(page.Locator("[data-inbox-item]").First).ToBeFocusedAsync();
        await SaveAsync(session, "admin-inbox");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Make report from “{first}”" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true })).ToBeVisibleAsync();
        await SaveAsync(session, "admin-report-from-inbox");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    /// <summary>The whole page in one window's height, so the sticky save bar sits where it belongs.</summary>
    private async Task SaveAsync(BrowserSession session, string name)
    {
        var page = session.Page;
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.Mouse.MoveAsync(0, 0);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(session.Screen.Width, Math.Max(height, session.Screen.Height));
        await page.AssertNoHorizontalScrollAsync(session.Screen.Width);
        foreach (var file in await Screenshots.SaveAsync(session, name))
        {
            output.WriteLine(file);
        }
    }
}
