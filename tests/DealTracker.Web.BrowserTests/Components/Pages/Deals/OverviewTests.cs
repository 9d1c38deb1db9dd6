using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Deals;

/// <summary>The deal overview in a real browser, once its interactive circuit has started.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Overview_Open_ShowsThreeHeadlineFiguresWithReutersAndDate()
    {
        await using var session = await browser.OpenAsync();
        await session.GotoInteractiveAsync("/");

        var cards = session.Page.Locator(".dt-figure");

        await Expect(cards).ToHaveCountAsync(3);
        await Expect(cards.Locator(".dt-figure-value")).ToHaveTextAsync(["up to $50B", "up to $100B", "~$830B"]);
        for (var i = 0; i < 3; i++)
        {
            await Expect(cards.Nth(i)).ToContainTextAsync("Reuters, 29 Jan 2026");
        }
    }

    [Fact]
    public async Task Overview_FollowFigureToSources_ShowsReutersQuote()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");

        var link = page.Locator("a.dt-figure-value", new() { HasTextString = "up to $50B" });
        var target = await link.GetAttributeAsync("href");
        Assert.NotNull(target);
        Assert.StartsWith("/#sources-figure-investment-", target, StringComparison.Ordinal);
        var sources = page.Locator("#" + target.Split('#')[1]);
        await Expect(sources).Not.ToBeInViewportAsync();

        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
        await Expect(sources).ToBeInViewportAsync();
        var reuters = sources.Locator("tbody tr").Filter(new() { Has = page.Locator("td", new() { HasTextString = "Reuters" }) });
        await Expect(reuters).ToContainTextAsync("“as much as $50 billion”");
    }

    [Fact]
    public async Task Overview_FollowFigureToReutersReport_ShowsItsQuoteAndDate()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");
        var link = page.Locator("a.dt-figure-value", new() { HasTextString = "up to $50B" });
        var sources = page.Locator("#" + (await link.GetAttributeAsync("href"))!.Split('#')[1]);

        await link.ClickAsync();
        var reuters = sources.Locator("tbody td").GetByRole(AriaRole.Link, new() { Name = "Reuters", Exact = true });
        await Expect(reuters).ToHaveAttributeAsync("href", new Regex("^/reports/[0-9]+$"));
        await reuters.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/reports/[0-9]+$"));
        await Expect(page.Locator("main")).ToContainTextAsync("as much as $50 billion");
        await Expect(page.Locator(".dt-report-facts")).ToContainTextAsync("Reuters");
        await Expect(page.Locator(".dt-report-facts")).ToContainTextAsync("29 Jan 2026");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Overview_AsOf28Jan_ShowsOnlyTheFinancialTimesFigure()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");

        await page.Locator("#asOf").FillAsync("2026-01-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]asOf=2026-01-28(&|$)"));
        await session.WaitForInteractiveAsync();
        var investment = page.Locator(".dt-figure").Filter(new() { Has = page.Locator(".dt-figure-title", new() { HasTextString = "Amazon’s investment" }) });
        await Expect(investment.Locator(".dt-figure-value")).ToHaveTextAsync("$10B or more");
        await Expect(page.Locator("#asOf")).ToHaveValueAsync("2026-01-28");
        foreach (var heading in new[] { "figures-heading", "sources-heading" })
        {
            await Expect(page.Locator($"section[aria-labelledby={heading}]")).Not.ToContainTextAsync("up to $50B");
        }
    }

    [Fact]
    public async Task Overview_FollowFigureToSourcesOnAnotherDeal_StaysOnThatDeal()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        const string Deal = "/deals/aws-openai-compute-2025";
        await session.GotoInteractiveAsync(Deal);
        var link = page.Locator("a.dt-figure-value").First;
        var target = await link.GetAttributeAsync("href");
        Assert.NotNull(target);

        await link.ClickAsync();

        // The fragment must stay on this deal's address: the page sets <base href="/">, so a bare
        // "#sources-…" would resolve to the home page's address instead.
        await Expect(page).ToHaveURLAsync(browser.Server.Url(Deal + target[target.IndexOf('#', StringComparison.Ordinal)..]));
        await Expect(page.Locator($"[id='{target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..]}']")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Overview_ClickBrandFromAnotherDeal_ShowsTheHomeDeal()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/deals/aws-openai-compute-2025");
        await Expect(page.Locator("h1")).ToHaveTextAsync("AWS–OpenAI compute agreement (Nov 2025)");

        await page.Locator("a.dt-brand").ClickAsync();

        // The home page shows the featured deal, whichever deal the circuit showed before.
        await Expect(page).ToHaveURLAsync(browser.Server.Url("/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Amazon investment in OpenAI (2026 round)");
        await Expect(page.Locator(".dt-figure-value").First).ToHaveTextAsync("up to $50B");
    }

    [Fact]
    public async Task Overview_TabFromTop_ReachesFirstFigureLinkWithVisibleFocus()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");
        var firstFigure = page.Locator("a.dt-figure-value").First;
        await Expect(firstFigure).ToHaveTextAsync("up to $50B");

        // Start from the top of the page: focus on its first focusable element (the skip link).
        await page.Locator(".dt-skip").FocusAsync();
        var path = new List<string>();
        var reached = false;
        for (var press = 0; press < 40 && !reached; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            path.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''} \"${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 30)}\"` : 'none'; }"));
            reached = await firstFigure.EvaluateAsync<bool>("e => e === document.activeElement");
        }

        output.WriteLine($"{path.Count} Tab press(es): {string.Join(" → ", path)}");
        Assert.True(reached, $"Tab never reached the first figure link; focus went: {string.Join(" → ", path)}");
        var outline = await firstFigure.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.NotEqual("none", outline[0]);
        Assert.NotEqual("0px", outline[1]);
    }

    [Fact]
    public async Task Overview_AfterInteractive_LogsNoConsoleErrors()
    {
        await using var session = await browser.OpenAsync();
        await session.GotoInteractiveAsync("/");
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(session.Errors.Count == 0, "Browser errors:" + Environment.NewLine + string.Join(Environment.NewLine, session.Errors));
    }
}
