using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Chromium for the whole run; each test opens its own browser context
/// (its own cookies and storage) through <see cref="OpenAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DealTrackerServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var chromium = await Chromium.EnsureInstalledAsync();
        Server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArgs,
        });
    }

    /// <summary>A fresh browser context and page at the given screen size and theme; dispose it at the end of the test.</summary>
    public async Task<BrowserSession> OpenAsync(Screen? screen = null, Theme theme = Theme.Light)
    {
        screen ??= Screen.Desktop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            HasTouch = screen.IsMobile,
            DeviceScaleFactor = 1,
            Locale = "en-GB",
            TimezoneId = "UTC",
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);

        // An assertion waits as long as an action does: on two busy cores a circuit's answer to a typed field took more than
        // Playwright's default five seconds (a CI run failed waiting for a date field's message that came later). A passing
        // assertion returns as soon as it holds, so only a failing run waits the longer time.
        Assertions.SetDefaultExpectTimeout(15_000);
        if (theme == Theme.Dark)
        {
            // The layout reads the cookie while prerendering, so the very first paint is dark.
            await context.AddCookiesAsync([new Cookie { Name = "dt-theme", Value = "dark", Url = Server.RootUri.ToString() }]);
        }

        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, screen, theme);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
