using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Reports;

/// <summary>
/// Screenshots of the editors' report pages, desktop and phone (light), over the seed: nothing is
/// saved. Set DEALTRACKER_SCREENSHOTS_DIR=docs/screenshots to refresh the committed ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Article =
        "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
        + "as part of a funding round of up to $90 billion. The round would value the ChatGPT maker at about $800 billion, "
        + "the people said, asking not to be identified because the talks are private. Amazon declined to comment. "
        + "Microsoft is also in talks, the Wall Street Journal reported. The round could close next month, according to the report.";

    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task NewReport_Screenshot_ShowsProposedFiguresAndAnAcceptedClaim(string screen)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen));
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Reut", "Reuters");

        await SaveAsync(session, "admin-report-new");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task ReportList_Screenshot_ShowsTheSeedReports(string screen)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen));
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports");
        await Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();

        await SaveAsync(session, "admin-reports");
    }

    [ScreenshotTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task EditReport_Screenshot_ShowsClaimsAndHistory(string screen)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen));
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports");
        await page.Locator("tbody tr").Filter(new() { HasTextString = "Forbes" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();

        await SaveAsync(session, "admin-report-edit");
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
