using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Deploy;

/// <summary>Runs only with a PostgreSQL server (DEALTRACKER_TEST_POSTGRES) and nginx installed; skipped with the reason otherwise.</summary>
public sealed class TwoNodesFactAttribute : FactAttribute
{
    public const string PostgreSqlVariable = "DEALTRACKER_TEST_POSTGRES";

    public TwoNodesFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(PostgreSqlVariable) is not { Length: > 0 })
        {
            Skip = $"Two nodes need one PostgreSQL store: set {PostgreSqlVariable} (eval \"$(.ci/postgres.sh start)\").";
        }
        else if (NginxProxy.Executable is null)
        {
            Skip = "Two nodes behind a proxy need nginx: apt-get install nginx (.ci/run installs it).";
        }
    }
}

/// <summary>The browser tests that start their own nodes: never alongside another class of them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NodesCollection
{
    public const string Name = "Nodes";
}

/// <summary>
/// Two app nodes as real processes on one PostgreSQL database, behind nginx running the shipped
/// deploy/nginx/dealtracker.conf, driven by a real Chromium: sign-in and the editor's WebSocket circuit
/// through the proxy, the edit on both nodes' cached public pages within a second, one cookie good on
/// both nodes, and the public pages still served through the proxy once the editor's node is gone.
/// </summary>
[Collection(NodesCollection.Name)]
public sealed class NginxTwoNodesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TimelinePath = "/deals/amazon-openai-2026-round/timeline";

    private const string Article =
        "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
        + "as part of a funding round of up to $90 billion. The round would value the ChatGPT maker at about $800 billion, "
        + "the people said, asking not to be identified because the talks are private. Amazon declined to comment.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dealtracker-nodes-tests", Guid.NewGuid().ToString("N"));
    private readonly List<AppNode> _nodes = [];
    private string? _connectionString;
    private NginxProxy? _nginx;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(TwoNodesFactAttribute.PostgreSqlVariable) is not { Length: > 0 } server || NginxProxy.Executable is null)
        {
            return; // skipped
        }

        _connectionString = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "dt_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        var starting = new[] { "a", "b" }.Select(name => AppNode.StartAsync(_connectionString, Path.Combine(_folder, name))).ToList();
        try
        {
            _nodes.AddRange(await Task.WhenAll(starting)); // together: one migrates and seeds, the other waits on the lock
        }
        finally
        {
            _nodes.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).Except(_nodes));
        }

        _nginx = await NginxProxy.StartAsync(_nodes, Path.Combine(_folder, "nginx"));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = await Chromium.EnsureInstalledAsync(),
            Headless = true,
            Args = Chromium.LaunchArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await DropDatabaseAsync(_connectionString);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    [TwoNodesFact]
    public async Task EditorBehindNginx_SavesAReport_BothNodesShowItAndSurviveLosingTheEditorsNode()
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _nginx!.Address.ToString(),
            ViewportSize = new ViewportSize { Width = Screen.Desktop.Width, Height = Screen.Desktop.Height },
            Locale = "en-GB",
            TimezoneId = "UTC",
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var circuits = new List<string>();
        page.WebSocket += (_, socket) => circuits.Add(socket.Url);
        using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var headline = $"Amazon weighs a $40 billion OpenAI stake, nodes test {Guid.NewGuid().ToString("N")[..8]}";
        foreach (var node in _nodes)
        {
            // Each node's public page is now cached without the report.
            Assert.DoesNotContain(headline, await direct.GetStringAsync(new Uri(node.Address, TimelinePath)), StringComparison.Ordinal);
        }

        // Sign-in through nginx, and the editor's circuit over a WebSocket through it.
        await page.SignInAsync(AppNode.AdminEmail, AppNode.AdminPassword, "/admin/reports/new");
        Assert.Contains(circuits, url => url.StartsWith($"ws://{_nginx.Address.Authority}/_blazor", StringComparison.Ordinal));

        await page.WaitForInteractiveAsync();
        await EnterReportAsync(page, headline);
        await page.WaitForURLAsync(new Regex("/admin/reports/[0-9]+$"));
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Report saved");
        var saved = Stopwatch.StartNew(); // the save is committed: the editor has been told

        // Both nodes at once, asked directly (not through nginx): the one without the circuit learnt of the save by NOTIFY.
        var seen = await Task.WhenAll(_nodes.Select(node => WaitForAsync(direct, new Uri(node.Address, TimelinePath), headline, TimeSpan.FromSeconds(1), saved)));
        for (var i = 0; i < _nodes.Count; i++)
        {
            Assert.True(seen[i] is not null, $"Node {_nodes[i].Upstream} did not show the report within a second of the save.");
            output.WriteLine($"Node {_nodes[i].Upstream} showed the report {seen[i]!.Value.TotalMilliseconds:F0} ms after the editor saw \"Report saved\".");
        }

        // The browser's sign-in cookie, minted by whichever node nginx chose, is good on both nodes.
        var cookie = string.Join("; ", (await context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        foreach (var node in _nodes)
        {
            using var admin = new HttpRequestMessage(HttpMethod.Get, new Uri(node.Address, "/admin"));
            admin.Headers.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(admin)).StatusCode);
        }

        await LoseTheEditorsNodeAsync(page, direct, headline);
    }

    private async Task LoseTheEditorsNodeAsync(IPage page, HttpClient direct, string headline)
    {
        var viaNginx = await direct.GetAsync(new Uri(_nginx!.Address, "/deals"));
        var sticky = Assert.Single(viaNginx.Headers.GetValues(NginxProxy.UpstreamHeader));
        var gone = Assert.Single(_nodes, node => node.Upstream == sticky);

        // The editor's tab leaves its page first: a circuit cut by the kill makes Blazor reload the page itself, and that reload
        // can abort the navigation below (net::ERR_ABORTED). The browser still reaches the public page through nginx afterwards.
        await page.GotoAsync("about:blank");
        await gone.KillAsync();

        foreach (var path in new[] { "/", "/deals", TimelinePath })
        {
            var response = await direct.GetAsync(new Uri(_nginx.Address, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(sticky, response.Headers.GetValues(NginxProxy.UpstreamHeader).Last());
        }

        var timeline = await page.GotoAsync(TimelinePath);
        Assert.Equal(200, timeline!.Status);
        await Expect(page.Locator(".dt-entry").Filter(new() { HasTextString = headline })).ToHaveCountAsync(1);
        output.WriteLine($"Killed {sticky}; nginx served the public pages from the other node. nginx error log:\n{_nginx.ErrorLog}");
    }

    private static async Task EnterReportAsync(IPage page, string headline)
    {
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept up to $90 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Drop about $800 billion" }).ClickAsync();

        // The claims the accepts add move the page under the pointer: the next click waits until they are rendered
        // (a click during that render landed beside "New outlet" in one CI run).
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Proposed figures" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "2 figures accepted" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        await page.GetByLabel("New outlet name").FillAsync("Bloomberg");
        await page.GetByLabel("Outlet kind").ChooseAsync("Wire service");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(headline);
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync($"https://www.bloomberg.com/news/nodes-test-{Guid.NewGuid():N}");
        await page.GetByLabel("Published", new() { Exact = true }).FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true }).GetByLabel("Party", new() { Exact = true }).ChooseAsync("Amazon");
        await page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true }).GetByLabel("Metric").ChooseAsync("Round size");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
    }

    /// <summary>Polls a node's page until it shows <paramref name="text"/>: the time since <paramref name="since"/> started, or null past the deadline.</summary>
    private static async Task<TimeSpan?> WaitForAsync(HttpClient client, Uri page, string text, TimeSpan deadline, Stopwatch since)
    {
        do
        {
            if ((await client.GetStringAsync(page)).Contains(text, StringComparison.Ordinal))
            {
                return since.Elapsed;
            }

            await Task.Delay(25);
        }
        while (since.Elapsed < deadline);

        return null;
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
