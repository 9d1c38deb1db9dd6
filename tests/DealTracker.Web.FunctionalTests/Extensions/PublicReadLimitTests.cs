using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// Anonymous readers flooding the public pages and the read API get at most <c>PublicReads:MaxConcurrent</c> renders at once
/// and a bounded queue; past it they are answered 503 "busy" with Retry-After, while a signed-in editor's work, cached answers
/// and health checks go through (audit G4). Here the limit is one read at once and no queue, and one anonymous read is held
/// inside its store query, so every other uncached anonymous read is over the limit.
/// </summary>
public sealed class PublicReadLimitTests : IAsyncLifetime
{
    private const string ReadBusy = "The store is busy; try again in a moment.";

    private readonly HeldReads _held = new();
    private readonly DealTrackerAppFactory _app;
    private HttpClient _editor = default!;

    public PublicReadLimitTests() => _app = new()
    {
        Settings = { ["PublicReads:MaxConcurrent"] = "1", ["PublicReads:QueueLimit"] = "0" },
        MoreServices = services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton(_held);
            services.ConfigureDbContext<DealTrackerDbContext>(options => options.AddInterceptors(_held));
        },
    };

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _held.Accessor = _app.Services.GetRequiredService<IHttpContextAccessor>();
        _editor = await _app.CreateEditorClientAsync();
    }

    public async Task DisposeAsync()
    {
        _held.Release();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task AnonymousReads_OverTheLimit_Answer503WithRetryAfterWhileEditorsAndCachedAnswersGoThrough()
    {
        var reader = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports")).StatusCode); // now in the page cache
        var before = await CountReportsAsync();

        // One anonymous, uncached read takes the only turn and stays in its store query.
        var holding = new HttpRequestMessage(HttpMethod.Get, "/api/reports?page=2");
        holding.Headers.Add(HeldReads.Header, "1");
        var held = reader.SendAsync(holding);
        await _held.Entered.WaitAsync(TimeSpan.FromMinutes(1));

        var api = await reader.GetAsync("/api/reports?page=3");
        var page = await reader.GetAsync("/deals/amazon-openai-2026-round/timeline?from=2026-01-01");
        var cached = await reader.GetAsync("/api/reports");
        var ready = await reader.GetAsync("/health/ready");
        var editorPage = await _editor.GetAsync("/deals/amazon-openai-2026-round/timeline?from=2026-01-01");
        var editorDesk = await _editor.GetAsync("/admin");
        var save = await _editor.PostAsJsonAsync("/api/reports", NewReport());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.True(api.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header on the API's 503.");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The store is busy; try again", problem.GetProperty("title").GetString());
        Assert.Equal(ReadBusy, problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header on the page's 503.");
        Assert.Equal(ReadBusy, await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editorPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editorDesk.StatusCode);
        Assert.Equal(HttpStatusCode.Created, save.StatusCode);
        Assert.Equal(before + 1, await CountReportsAsync());

        // The held read finishes; the turn is free again, and the turned-away read goes through.
        _held.Release();
        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports?page=3")).StatusCode);
    }

    [Theory]
    [InlineData("PublicReads:MaxConcurrent", "-1")]
    [InlineData("PublicReads:QueueLimit", "-5")]
    public async Task Start_NegativeSetting_RefusesToStartNamingTheSetting(string setting, string value)
    {
        var misconfigured = new DealTrackerAppFactory { Settings = { [setting] = value } };
        try
        {
            var exception = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

            Assert.Contains($"{setting} is {value}:", exception.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)misconfigured).DisposeAsync();
        }
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }

    private static Dictionary<string, object?> NewReport() => new()
    {
        ["outletId"] = TestOutlets.SeededOutletId,
        ["headline"] = "A report entered while readers flood the site",
        ["url"] = "https://example.com/read-flood",
        ["publishedOn"] = "2026-02-02",
        ["publishedPrecision"] = "day",
    };

    /// <summary>Holds every store command of a request that carries <see cref="Header"/> until released.</summary>
    private sealed class HeldReads : DbCommandInterceptor
    {
        public const string Header = "X-Test-Hold";

        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IHttpContextAccessor? Accessor { get; set; }

        public Task Entered => _entered.Task;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync();
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync();
            return result;
        }

        private async Task HoldAsync()
        {
            if (Accessor?.HttpContext?.Request.Headers.ContainsKey(Header) == true)
            {
                _entered.TrySetResult();
                await _released.Task;
            }
        }
    }
}
