using DealTracker.Web.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace DealTracker.Web.BrowserTests.Components.Pages;

/// <summary>axe-core over every public page, light and dark, once interactive.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Every public page kind (also visited by the Content-Security-Policy test).</summary>
    internal static readonly string[] Paths =
    [
        "/",
        "/deals",
        "/deals/aws-openai-compute-2025",
        "/deals/amazon-openai-2026-round/timeline",
        "/deals/amazon-openai-2026-round/timeline?outlet=reuters",
        "/deals/amazon-openai-2026-round/compare",
        "/deals/amazon-openai-2026-round?asOf=2026-01-28",
        "/outlets",
        "/outlets/reuters",
        "/reports/1",
        "/deals/no-such-deal",
    ];

    public static TheoryData<string, Theme> Pages()
    {
        var data = new TheoryData<string, Theme>();
        foreach (var path in Paths)
        {
            data.Add(path, Theme.Light);
            data.Add(path, Theme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Axe_HasNoSeriousOrCriticalViolations(string path, Theme theme)
    {
        await using var session = await browser.OpenAsync(theme: theme);
        await session.GotoInteractiveAsync(path);

        await session.Page.AssertNoSeriousViolationsAsync(output);
    }
}
