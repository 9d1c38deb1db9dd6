using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Deals;

/// <summary>The timeline's filters, a plain GET form: the choice lives in the address, so Back undoes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineTests(BrowserFixture browser)
{
    private const string Path = "/deals/amazon-openai-2026-round/timeline";

    [Fact]
    public async Task Timeline_FilterByOutletThenBack_ShowsOnlyThatOutletThenEveryReport()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync(Path);
        var outlets = page.Locator(".dt-entry .dt-outlet");
        await Expect(outlets).ToHaveCountAsync(10);

        await page.Locator("#outlet").SelectOptionAsync(new SelectOptionValue { Label = "Financial Times" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]outlet=financial-times(&|$)"));
        await session.WaitForInteractiveAsync();
        await Expect(outlets).ToHaveCountAsync(2);
        await Expect(outlets).ToHaveTextAsync(["Financial Times", "Financial Times"]);
        await Expect(page.Locator("#outlet")).ToHaveValueAsync("financial-times");
        await Expect(page.Locator("#timeline-status")).ToContainTextAsync("2 reports match these filters");

        await page.GoBackAsync();

        await Expect(page).ToHaveURLAsync(browser.Server.Url(Path));
        await session.WaitForInteractiveAsync();
        await Expect(outlets).ToHaveCountAsync(10);
        await Expect(page.Locator(".dt-entry:not(.dt-event)")).ToHaveCountAsync(10);
        await Expect(page.Locator("#outlet")).ToHaveValueAsync("");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Timeline_AsOf28Jan_LeavesOutReuters()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync(Path);
        var outlets = page.Locator(".dt-entry .dt-outlet");
        await Expect(outlets.Filter(new() { HasTextString = "Reuters" })).ToHaveCountAsync(1);

        await page.Locator("form.dt-filters #asOf").FillAsync("2026-01-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]asOf=2026-01-28(&|$)"));
        await session.WaitForInteractiveAsync();
        await Expect(page.Locator(".dt-day-label")).ToHaveTextAsync(["Nov 2025", "28 Jan 2026"]);
        await Expect(outlets.Filter(new() { HasTextString = "Reuters" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".dt-timeline")).Not.ToContainTextAsync("up to $50B");
        await Expect(page.Locator("#timeline-status")).ToContainTextAsync("as reported by 28 Jan 2026");
    }
}
