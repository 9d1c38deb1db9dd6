using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>A session slides with use, but ends 12 hours after sign-in however active it is.</summary>
public sealed class SessionLifetimeTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly DealTrackerAppFactory _app = new();
    private WebApplicationFactory<Program> _clocked = default!;

    public Task InitializeAsync()
    {
        _clocked = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _clocked.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Session_ActiveForMoreThanTwelveHours_EndsAtTwelve()
    {
        var client = _clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword)).StatusCode);

        // Every five hours a request: well inside the 8-hour sliding window each time.
        _clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        _clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        _clock.Advance(TimeSpan.FromHours(2.5));

        var expired = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/account/login", expired.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_IdleForMoreThanEightHours_Ends()
    {
        var client = _clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword)).StatusCode);

        _clock.Advance(TimeSpan.FromHours(8.5));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
