using DealTracker.Web.BrowserTests.Components.Pages;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Extensions;

/// <summary>
/// The Content-Security-Policy allows everything the app really does: no page, public or editor
/// (MudBlazor, its dialogs, the Blazor circuit), light or dark, logs a single violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityHeadersTests(BrowserFixture browser)
{
    private static readonly string[] _editorPaths =
    [
        "/admin",
        "/admin/reports",
        "/admin/reports/new",
        "/admin/reports/1",
        "/admin/claims",
        "/admin/deals",
        "/admin/events",
        "/admin/outlets",
        "/admin/parties",
        "/admin/inbox",
        "/admin/import",
        "/admin/users",
    ];

    public static TheoryData<Theme> Themes() => new() { Theme.Light, Theme.Dark };

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task PublicPages_Load_LogNoCspViolation(Theme theme)
    {
        await using var session = await browser.OpenAsync(theme: theme);
        var violations = await RecordViolationsAsync(session);

        foreach (var path in AccessibilityTests.Paths.Append("/account/login"))
        {
            await session.GotoInteractiveAsync(path);
            await AssertNoViolationsAsync(session, violations, path);
        }

        // Enhanced navigation (fetch and DOM patching) between public pages.
        await session.GotoInteractiveAsync("/deals");
        await session.Page.Locator("main a[href^='/deals/']").First.ClickAsync();
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/deals/", StringComparison.Ordinal));
        await AssertNoViolationsAsync(session, violations, "enhanced navigation from /deals");
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task EditorPages_Load_LogNoCspViolation(Theme theme)
    {
        await using var session = await browser.OpenAsync(theme: theme);
        var violations = await RecordViolationsAsync(session);
        await session.Page.SignInAsAdminAsync();

        foreach (var path in _editorPaths)
        {
            await session.Page.GotoAsync(path);
            await session.Page.WaitForCircuitAsync();
            await AssertNoViolationsAsync(session, violations, path);
        }

        // The static password form, linked from the editor app bar.
        await session.GotoInteractiveAsync("/account/password");
        await AssertNoViolationsAsync(session, violations, "/account/password");

        // A MudBlazor dialog (popover, overlay, focus trap) open on top of a page.
        await session.Page.GotoAsync("/admin/outlets");
        await session.Page.WaitForCircuitAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await AssertNoViolationsAsync(session, violations, "/admin/outlets with its dialog open");
    }

    [Fact]
    public async Task ApiReference_Load_LogsNoCspViolation()
    {
        await using var session = await browser.OpenAsync();
        var violations = await RecordViolationsAsync(session);

        await session.Page.GotoAsync("/api/reference/");

        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "DealTracker API" }).First).ToBeVisibleAsync();

        // The one refusal allowed: Scalar's bundled validator probes `Function('')` once to choose its
        // fast path, and falls back when the policy (rightly) refuses eval.
        await AssertNoViolationsAsync(session, violations, "/api/reference/", except: v => v.StartsWith("script-src blocked eval at", StringComparison.Ordinal) && v.Contains("/api/reference/scalar.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_InlineScriptNotInThePolicy_IsRefused()
    {
        // The policy is really enforced: a script the app did not ship does not run.
        await using var session = await browser.OpenAsync();
        var violations = await RecordViolationsAsync(session);
        await session.GotoInteractiveAsync("/deals");

        await session.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = true'; document.body.appendChild(s); }");

        await Expect(session.Page.Locator("body")).ToBeVisibleAsync();
        await session.Page.WaitForFunctionAsync("() => window.__cspSeen === true");
        Assert.False(await session.Page.EvaluateAsync<bool>("() => window.__injected === true"));
        Assert.Contains(violations.Snapshot(), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    private static async Task<Violations> RecordViolationsAsync(BrowserSession session)
    {
        var violations = new Violations();
        await session.Context.ExposeFunctionAsync("__reportCsp", (string violation) => violations.Add(violation));
        await session.Context.AddInitScriptAsync(
            """
            document.addEventListener('securitypolicyviolation', e => {
                window.__cspSeen = true;
                window.__reportCsp(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} sample "${e.sample}" on ${location.pathname}`);
            });
            """);
        return violations;
    }

    private static Task AssertNoViolationsAsync(BrowserSession session, Violations violations, string where, Func<string, bool>? except = null)
    {
        var seen = violations.Snapshot().Where(v => except?.Invoke(v) != true).ToList();
        var refused = session.Errors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) && !(except is not null && e.Contains("unsafe-eval", StringComparison.Ordinal) && e.Contains("scalar.js", StringComparison.Ordinal))).ToList();
        Assert.True(seen.Count == 0 && refused.Count == 0,
            $"CSP violations by {where}:{Environment.NewLine}{string.Join(Environment.NewLine, seen.Concat(refused))}");
        return Task.CompletedTask;
    }

    private sealed class Violations
    {
        private readonly List<string> _seen = [];

        public void Add(string violation)
        {
            lock (_seen)
            {
                _seen.Add(violation);
            }
        }

        public IReadOnlyList<string> Snapshot()
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }
}
