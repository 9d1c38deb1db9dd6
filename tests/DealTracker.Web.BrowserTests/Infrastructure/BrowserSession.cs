using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page. Records every console error and uncaught page error from
/// the moment the page opens, so a test can assert the app logged none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserSession(IBrowserContext context, IPage page, Screen screen, Theme theme)
    {
        _context = context;
        Page = page;
        Screen = screen;
        Theme = theme;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console.error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught: {error}");
    }

    public IPage Page { get; }

    public Screen Screen { get; }

    public Theme Theme { get; }

    public IBrowserContext Context => _context;

    /// <summary>The console errors and uncaught errors seen so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Opens a path of the app and waits until its Blazor circuit is interactive.</summary>
    public async Task<IResponse?> GotoInteractiveAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
        return response;
    }

    /// <summary>
    /// Waits until the current page's Blazor circuit is interactive; if it never is, the failure lists
    /// the browser errors seen so far, which usually say why (a circuit that threw, a script that failed).
    /// </summary>
    public async Task WaitForInteractiveAsync()
    {
        try
        {
            await Page.WaitForInteractiveAsync();
        }
        catch (TimeoutException exception) when (Errors.Count > 0)
        {
            throw new TimeoutException($"{exception.Message}{Environment.NewLine}Browser errors:{Environment.NewLine}{string.Join(Environment.NewLine, Errors)}", exception);
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private void Record(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
