using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Accounts;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SignIn_ConfiguredAdmin_SetsAnHttpOnlySameSiteCookieAndOpensTheDesk()
    {
        var client = _app.CreateBrowserLikeClient();

        var response = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase); // plain http here; Secure over https
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheFormWithAMessage()
    {
        var client = _app.CreateBrowserLikeClient();

        var response = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, "not the right password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an active account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await _app.EnsureAccountAsync("locked@dealtracker.test", "a long enough passphrase", DealTracker.Web.Accounts.Roles.Editor);
        var client = _app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await SignIn.PostAsync(client, "locked@dealtracker.test", "wrong password " + i);
        }

        var response = await SignIn.PostAsync(client, "locked@dealtracker.test", "a long enough passphrase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        var client = _app.CreateBrowserLikeClient();
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = DealTrackerAppFactory.AdminEmail,
            ["Input.Password"] = DealTrackerAppFactory.AdminPassword,
        };

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsThisAndEveryCopyOfTheSession()
    {
        var client = await _app.CreateAdminClientAsync();
        var copy = _app.CreateBrowserLikeClient();
        var handlerCookies = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, handlerCookies.StatusCode);

        // A copy of the session cookie, as a stolen one would be.
        var session = await CookieFromSignInAsync();
        copy.DefaultRequestHeaders.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/admin")).StatusCode);

        var form = await SignIn.FormFieldsAsync(copy, "/admin");
        form["returnUrl"] = "/";
        var signedOut = await copy.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // The cookie records its issue time to the second; the stamp is re-checked on requests after it.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var again = _app.CreateBrowserLikeClient();
        again.DefaultRequestHeaders.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await _app.CreateAdminClientAsync();

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    private async Task<string> CookieFromSignInAsync()
    {
        var client = _app.CreateBrowserLikeClient();
        var response = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
        return cookie.Split(';')[0];
    }
}
