using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

public sealed partial class FirstAdminTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ConfigureAdmin = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Setup_NoAdminConfigured_LogsALinkThatCreatesTheFirstAdminOnce()
    {
        var token = SetupToken();
        var client = _app.CreateBrowserLikeClient();

        var form = await SignIn.FormFieldsAsync(client, $"/account/setup?token={token}");
        form["Input.Email"] = "first-admin@dealtracker.test";
        form["Input.Password"] = "a first admin passphrase";
        form["Input.Confirm"] = "a first admin passphrase";
        var created = await client.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode); // signed in
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().ListAsync();
            Assert.Equal([Roles.Admin], Assert.Single(accounts, a => a.Email == "first-admin@dealtracker.test").Roles);
        }

        var again = await _app.CreateBrowserLikeClient().GetStringAsync($"/account/setup?token={token}");
        Assert.Contains("not valid", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WrongToken_ShowsNoFormAndCreatesNothing()
    {
        var client = _app.CreateBrowserLikeClient();

        var page = await client.GetStringAsync("/account/setup?token=not-the-token");

        Assert.Contains("not valid", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", page, StringComparison.Ordinal);
        var signIn = await SignIn.PostAsync(client, "first-admin@dealtracker.test", "a first admin passphrase");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // no such account: the form again
    }

    [Fact]
    public async Task Start_NoAdminConfigured_HasNoDefaultAccount()
    {
        foreach (var (email, password) in new[] { ("admin@localhost", "admin"), ("admin@dealtracker.test", "correct horse battery staple"), ("admin", "password123456") })
        {
            var response = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), email, password);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private string SetupToken() =>
        _app.Logs.Messages.Select(m => TokenPattern().Match(m)).FirstOrDefault(m => m.Success)?.Groups[1].Value
        ?? throw new InvalidOperationException("No set-up link was logged. Logged: " + string.Join(" | ", _app.Logs.Messages));

    [GeneratedRegex(@"/account/setup\?token=""?([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
