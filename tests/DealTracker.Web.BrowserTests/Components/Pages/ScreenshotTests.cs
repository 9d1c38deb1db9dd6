using DealTracker.Web.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace DealTracker.Web.BrowserTests.Components.Pages;

/// <summary>
/// Full-page screenshots of every page, light and dark, desktop and phone, for the docs and for a
/// reviewer's eye. Set DEALTRACKER_SCREENSHOTS_DIR=docs/screenshots to refresh the committed ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly (string Path, string Name)[] _pages =
    [
        ("/", "overview"),
        ("/deals", "deals"),
        ("/deals/aws-openai-compute-2025", "deal-aws"),
        ("/deals/amazon-openai-2026-round/timeline", "timeline"),
        ("/deals/amazon-openai-2026-round/compare", "compare"),
        ("/outlets", "outlets"),
        ("/outlets/reuters", "outlet"),
        ("/reports/1", "report"),
        ("/deals/no-such-deal", "not-found"),
    ];

    public static TheoryData<string, string, string, Theme> Shots()
    {
        var data = new TheoryData<string, string, string, Theme>();
        foreach (var (path, name) in _pages)
        {
            foreach (var screen in new[] { "desktop", "phone" })
            {
                foreach (var theme in new[] { Theme.Light, Theme.Dark })
                {
                    data.Add(path, name, screen, theme);
                }
            }
        }

        return data;
    }

    [ScreenshotTheory]
    [MemberData(nameof(Shots))]
    public async Task Page_Screenshot_SavesFullPagePng(string path, string name, string screen, Theme theme)
    {
        await using var session = await browser.OpenAsync(Screen.Named(screen), theme);
        await session.GotoInteractiveAsync(path);
        await session.Page.EvaluateAsync("() => document.fonts.ready");

        var files = await Screenshots.SaveAsync(session, name);

        foreach (var file in files)
        {
            output.WriteLine(file);
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty.");
        }
    }
}
