using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Layout;

/// <summary>The layout: its dark-mode toggle, remembered in the <c>dt-theme</c> cookie, and its skip link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MainLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task ThemeToggle_ClickThenReload_StaysDark()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/outlets");
        Assert.False(await IsDarkAsync(page), "The page should start light.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Switch to dark theme" }).ClickAsync();

        // A plain link to /theme, which sets the cookie and sends the reader back where they were.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(browser.Server.Url("/outlets"));
        await page.WaitForFunctionAsync($"() => ({DarkScript})() === true");
        var cookies = await session.Context.CookiesAsync();
        Assert.Contains(cookies, cookie => cookie is { Name: "dt-theme", Value: "dark" });

        await page.ReloadAsync();

        // Dark from the prerendered HTML on, before the circuit starts: the server read the cookie.
        Assert.True(await IsDarkAsync(page), "The reloaded page should be dark straight away.");
        await session.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        Assert.True(await IsDarkAsync(page), "The page should stay dark once interactive.");
    }

    [Fact]
    public async Task SkipLink_FirstTabOnOverview_FocusesItVisibly()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync("/");
        var skip = page.Locator(".dt-skip");
        var before = await DescribeFocusAsync(page);

        await page.Keyboard.PressAsync("Tab");

        Assert.True(
            await skip.EvaluateAsync<bool>("e => e === document.activeElement"),
            $"The first Tab focused {await DescribeFocusAsync(page)}, not the skip link (focus was on {before} before it).");
        await Expect(skip).ToHaveTextAsync("Skip to main content");
        await Expect(skip).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/deals/amazon-openai-2026-round/compare")]
    public async Task SkipLink_Enter_MovesFocusIntoMainOnTheSamePage(string path)
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoInteractiveAsync(path);
        var heading = await page.Locator("h1").TextContentAsync();
        await page.Locator(".dt-skip").FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        // The page sets <base href="/">: a bare "#main" would resolve to the home page's address.
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(browser.Server.Url(path)) + "(#main)?$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading!);
        var inMain = false;
        for (var attempt = 0; attempt < 20 && !inMain; attempt++)
        {
            inMain = await page.EvaluateAsync<bool>("() => document.activeElement?.closest('main') !== null");
            if (!inMain)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(inMain, $"Enter on the skip link left focus on {await DescribeFocusAsync(page)}, not inside <main>.");
    }

    /// <summary>
    /// Whether the background the reader sees is dark: the app shell's (the body's own stays
    /// transparent); null while there is no shell or no colour to read.
    /// </summary>
    private const string DarkScript =
        """
        () => {
            const shell = document.querySelector('[data-interactive]');
            const rgb = shell && getComputedStyle(shell).backgroundColor.match(/[0-9.]+/g);
            return rgb && rgb.length >= 3 ? rgb.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 150 : null;
        }
        """;

    private static async Task<bool> IsDarkAsync(IPage page) =>
        await page.EvaluateAsync<bool?>(DarkScript) ?? throw new InvalidOperationException($"No app shell background to read on {page.Url}.");

    private static Task<string> DescribeFocusAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? `<${e.tagName.toLowerCase()}${e.className ? ' class=\"' + e.className + '\"' : ''}> \"${(e.textContent || '').trim().slice(0, 40)}\"` : 'nothing'; }");
}
