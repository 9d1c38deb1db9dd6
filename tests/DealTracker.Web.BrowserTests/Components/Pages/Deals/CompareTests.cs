using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Deals;

/// <summary>The compare page as a reader sees it: who says what, where they differ, and the pictures.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareTests(BrowserFixture browser)
{
    private const string Path = "/deals/amazon-openai-2026-round/compare";

    [Fact]
    public async Task Compare_Open_ShowsFtAndReutersFiguresAsCompatibleAndStageOfTalksAsConflict()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync(Path);
        var investment = page.Locator(".dt-matrix thead th").Nth(1);
        var investmentColumn = await investment.GetAttributeAsync("id");
        Assert.NotNull(investmentColumn);
        await Expect(investment).ToHaveTextAsync("Amazon’s investment");

        // The FT said it twice (28 and 29 Jan), both times "$10B or more": one value, dated from its first report.
        var ftCell = Cell(page, "Financial Times", investmentColumn["col-".Length..]);
        await Expect(ftCell.Locator(".dt-cell-value")).ToHaveTextAsync(["$10B or more"]);
        await Expect(ftCell).ToContainTextAsync("28 Jan 2026 (and 1 later)");
        await Expect(Cell(page, "Reuters", investmentColumn["col-".Length..]).Locator(".dt-cell-value")).ToHaveTextAsync("up to $50B");

        // Either may come first: the pair is listed once, in whichever order the page ranks the values.
        var compatible = page.Locator(".dt-pair")
            .Filter(new() { HasTextString = "$10B or more (Financial Times)" })
            .Filter(new() { HasTextString = "up to $50B (Reuters" });
        await Expect(compatible).ToHaveCountAsync(1);
        await Expect(compatible).ToContainTextAsync("different but compatible");
        await Expect(compatible.Locator(".dt-overlap")).ToHaveTextAsync("$10B–$50B");

        var conflict = page.Locator(".dt-pair", new() { HasTextString = "early stage (Reuters) vs advanced (New York Post)" });
        await Expect(conflict).ToHaveCountAsync(1);
        await Expect(conflict.Locator(".dt-tag")).ToHaveTextAsync("conflict");
        await Expect(conflict).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdt-pair-conflict\b"));
    }

    [Fact]
    public async Task Compare_Open_ShowsChartsAndRelianceGraph()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync(Path);
        var charts = page.Locator(".dt-chart svg");
        var graph = page.Locator(".dt-graph svg");

        await Expect(charts).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await charts.Nth(i).ScrollIntoViewIfNeededAsync();
            await Expect(charts.Nth(i)).ToBeVisibleAsync();
            Assert.True((await charts.Nth(i).BoundingBoxAsync())?.Height > 50, $"Chart {i} is drawn flat.");
        }

        await graph.ScrollIntoViewIfNeededAsync();
        await Expect(graph).ToBeVisibleAsync();
        await Expect(graph.Locator(".dt-graph-node").First).ToBeVisibleAsync();
        Assert.True((await graph.BoundingBoxAsync())?.Height > 100, "The reliance graph is drawn flat.");
    }

    private static ILocator Cell(IPage page, string outlet, string column) =>
        page.Locator(".dt-matrix tbody tr")
            .Filter(new() { Has = page.Locator("th", new() { HasTextString = outlet }) })
            .Locator($"td[data-column='{column}']");
}
