using System.Net;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace DealTracker.Web.FunctionalTests.Security;

/// <summary>
/// A bug (an exception no code expected) gives the client a plain 500 that tells nothing of the failure,
/// and is logged exactly once, as an error, with the request id the client is shown. The failing
/// endpoints exist only in this test: a startup filter adds them behind the app's own pipeline.
/// </summary>
public sealed class ErrorHandlingTests : IAsyncLifetime
{
    private const string Secret = "connection string Password=hunter2 at DealTracker.Secret.Internals";

    private readonly DealTrackerAppFactory _app = new();
    private readonly LevelCapture _logs = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _failing = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _failing = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(_logs);
            services.AddSingleton<IStartupFilter, FailingEndpoints>();
        }));
    }

    public async Task DisposeAsync()
    {
        await _failing.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task Get_PageThatThrows_Answers500PageWithoutDetailsAndLogsOneErrorWithTheRequestId()
    {
        var errorsBefore = _logs.Errors.Count;

        var (response, page) = await HtmlPage.GetAsync(_failing.CreateClient(), "/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = page.DocumentElement.OuterHtml;
        Assert.Contains("Something went wrong", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingEndpoints", html, StringComparison.Ordinal);
        var requestId = page.QuerySelector("main code")!.Text();
        var errors = _logs.Errors.Skip(errorsBefore).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(requestId, error, StringComparison.Ordinal);
        Assert.Contains("hunter2", error, StringComparison.Ordinal); // the log, not the client, has the details
    }

    [Fact]
    public async Task Get_ApiThatThrows_Answers500ProblemWithoutDetailsAndLogsOneError()
    {
        var errorsBefore = _logs.Errors.Count;

        var response = await _failing.CreateClient().GetAsync("/api/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var requestId = JsonDocument.Parse(body).RootElement.GetProperty("requestId").GetString()!;
        var error = Assert.Single(_logs.Errors.Skip(errorsBefore).ToList());
        Assert.Contains(requestId, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/test/timeout", "application/problem+json")]
    [InlineData("/test/timeout", "text/html")]
    public async Task Get_TextThatTimesOut_Answers503BusyWithRetryAfterAndLogsNoError(string path, string mediaType)
    {
        var errorsBefore = _logs.Errors.Count;

        var response = await _failing.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("busy", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RegexMatchTimeoutException", body, StringComparison.Ordinal);
        Assert.Empty(_logs.Errors.Skip(errorsBefore));
    }

    [Fact]
    public async Task Post_MalformedJson_IsNotLoggedAsAnError()
    {
        var errorsBefore = _logs.Errors.Count;
        var client = _failing.CreateClient();

        var response = await client.PostAsync("/api/extract", new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_logs.Errors.Skip(errorsBefore));
    }

    /// <summary>Endpoints that fail as a bug would, reached only when no route of the app matched.</summary>
    private sealed class FailingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) => context.Request.Path.Value switch
            {
                "/test/throw" or "/api/test/throw" => throw new InvalidOperationException("Failed to open " + Secret),
                "/test/timeout" or "/api/test/timeout" => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("text", "(a+)+$", TimeSpan.FromSeconds(1)),
                _ => Task.CompletedTask,
            });
        };
    }

    /// <summary>Every log event at Error or above, rendered with its exception.</summary>
    private sealed class LevelCapture : ILogEventSink
    {
        private readonly List<string> _errors = [];

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

        public void Emit(LogEvent logEvent)
        {
            if (logEvent.Level >= LogEventLevel.Error)
            {
                lock (_errors)
                {
                    _errors.Add(logEvent.RenderMessage() + " " + logEvent.Exception);
                }
            }
        }
    }
}
