using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Accounts;

public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { SignInAttemptsPerMinute = 3 };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SignIn_MoreAttemptsThanAllowedFromOneAddress_Answers429()
    {
        var client = _app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SignIn.PostAsync(client, "someone@dealtracker.test", "guess number " + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        var blocked = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);
        Assert.Equal((HttpStatusCode)429, blocked.StatusCode);
        Assert.Contains("Too many sign-in attempts", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode); // reading the form is never limited
    }
}
