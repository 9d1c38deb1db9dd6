using System.Net;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>A wrong current password on /account/password counts as a failed sign-in: the usual lockout applies.</summary>
public sealed class ChangePasswordLockoutTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LocksTheAccountAndSignsTheSessionOut()
    {
        var email = $"guess-{Guid.NewGuid():N}@dealtracker.test";
        await _app.EnsureAccountAsync(email, Passphrase, Roles.Editor);
        var client = await _app.CreateSignedInClientAsync(email, Passphrase);
        var cookie = await SessionCookieAsync(email);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await PostChangeAsync(client, "wrong guess number " + i);
            Assert.Contains("current password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(4, await FailedCountAsync(email));

        var last = await PostChangeAsync(client, "wrong guess number 4");

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("Your account is locked", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/password")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // the stamp is re-checked on requests after the cookie's issue second
        var copy = _app.CreateBrowserLikeClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/account/password")).StatusCode);
        var signIn = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), email, Passphrase);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // locked: the form again, even with the right password
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(await users.IsLockedOutAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, Passphrase));
    }

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_ResetsTheFailedCount()
    {
        var email = $"reset-{Guid.NewGuid():N}@dealtracker.test";
        await _app.EnsureAccountAsync(email, Passphrase, Roles.Editor);
        var client = await _app.CreateSignedInClientAsync(email, Passphrase);
        for (var i = 0; i < 3; i++)
        {
            await PostChangeAsync(client, "wrong guess number " + i);
        }

        Assert.Equal(3, await FailedCountAsync(email));

        var changed = await PostChangeAsync(client, Passphrase, "a brand new passphrase here");

        Assert.Contains("Your password has been changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await FailedCountAsync(email));
    }

    private async Task<int> FailedCountAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string> SessionCookieAsync(string email)
    {
        var response = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), email, Passphrase);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dt-auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string proposed = "a brand new passphrase here")
    {
        var form = await SignIn.FormFieldsAsync(client, "/account/password");
        form["Input.Current"] = current;
        form["Input.Password"] = proposed;
        form["Input.Confirm"] = proposed;
        return await client.PostAsync("/account/password", new FormUrlEncodedContent(form));
    }
}
