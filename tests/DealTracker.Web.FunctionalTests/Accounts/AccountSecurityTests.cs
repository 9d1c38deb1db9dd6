using System.Net;
using System.Security.Claims;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>Own password changes, disabling accounts, common passwords and what a failed sign-in gives away.</summary>
public sealed class AccountSecurityTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_KeepsThisSessionEndsTheOthersAndSwapsThePassword()
    {
        await _app.EnsureAccountAsync("changer@dealtracker.test", Passphrase, Roles.Editor);
        var client = await _app.CreateSignedInClientAsync("changer@dealtracker.test", Passphrase);
        var other = await _app.CreateSignedInClientAsync("changer@dealtracker.test", Passphrase);

        var response = await PostChangeAsync(client, Passphrase, "a brand new passphrase here");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your password has been changed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "changer@dealtracker.test", Passphrase)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "changer@dealtracker.test", "a brand new passphrase here")).StatusCode);
    }

    [Theory]
    [InlineData("not my password at all", "a brand new passphrase here", "current password is not right")]
    [InlineData(Passphrase, "1qaz2wsx3edc", "common passwords")]
    [InlineData(Passphrase, "QWERTY123456", "common passwords")]
    [InlineData(Passphrase, "short", "12 to 128 characters")]
    public async Task ChangePassword_Refused_SaysWhyAndChangesNothing(string current, string proposed, string message)
    {
        var email = $"refused-{Guid.NewGuid():N}@dealtracker.test";
        await _app.EnsureAccountAsync(email, Passphrase, Roles.Editor);
        var client = await _app.CreateSignedInClientAsync(email, Passphrase);

        var response = await PostChangeAsync(client, current, proposed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), email, Passphrase)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_NotSignedIn_GoesToSignIn()
    {
        var response = await _app.CreateBrowserLikeClient().GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonPasswords_List_HoldsAtLeastTenThousand()
    {
        Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} passwords");
        Assert.True(CommonPasswordValidator.IsCommon("1q2w3e4r5t6y"));
        Assert.False(CommonPasswordValidator.IsCommon("correct horse battery staple"));
    }

    [Fact]
    public async Task Create_CommonPassword_IsRefused()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();

        var created = await accounts.CreateAsync("common@dealtracker.test", "123456789123", Roles.Editor);

        Assert.False(created.Succeeded);
        Assert.Contains(created.Errors, e => e.Contains("common passwords", StringComparison.Ordinal));
        Assert.Null(await accounts.FindByEmailAsync("common@dealtracker.test"));
    }

    [Fact]
    public async Task Disable_Editor_EndsTheirSessionsAndBarsSignInUntilEnabled()
    {
        await _app.EnsureAccountAsync("disabled@dealtracker.test", Passphrase, Roles.Editor);
        var session = await _app.CreateSignedInClientAsync("disabled@dealtracker.test", Passphrase);
        var (_, userId) = await IdsAsync(DealTrackerAppFactory.AdminEmail, "disabled@dealtracker.test");

        var disabled = await WithAccountsAsync(async a => await a.SetDisabledAsync(await AdminAsync(), userId, disabled: true));

        Assert.True(disabled.Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
        var refused = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "disabled@dealtracker.test", Passphrase);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("do not match an active account", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await WithAccountsAsync(a => a.ListAsync());
        Assert.True(Assert.Single(listed, a => a.Id == userId).IsDisabled);

        // A password reset does not quietly enable it again; enabling does.
        Assert.True((await WithAccountsAsync(async a => await a.ResetPasswordAsync(await AdminAsync(), userId, "another long passphrase"))).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "disabled@dealtracker.test", "another long passphrase")).StatusCode);
        Assert.True((await WithAccountsAsync(async a => await a.SetDisabledAsync(await AdminAsync(), userId, disabled: false))).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "disabled@dealtracker.test", "another long passphrase")).StatusCode);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        var (adminId, _) = await IdsAsync(DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminEmail);

        var self = await WithAccountsAsync(async a => await a.SetDisabledAsync(await AdminAsync(), adminId, disabled: true));

        Assert.False(self.Succeeded);
        Assert.Contains("your own account", self.Errors[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(_app.CreateBrowserLikeClient(), DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownEmailWrongPasswordOrLocked_GiveTheSameAnswer()
    {
        await _app.EnsureAccountAsync("lock-me@dealtracker.test", Passphrase, Roles.Editor);
        for (var i = 0; i < 5; i++)
        {
            await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "lock-me@dealtracker.test", "wrong password " + i);
        }

        var unknown = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "nobody-here@dealtracker.test", Passphrase);
        var wrong = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), DealTrackerAppFactory.AdminEmail, "not the right password");
        var locked = await SignIn.PostAsync(_app.CreateBrowserLikeClient(), "lock-me@dealtracker.test", Passphrase);

        var answers = new[] { unknown, wrong, locked };
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var alerts = await Task.WhenAll(answers.Select(async a => Alert(await a.Content.ReadAsStringAsync())));
        Assert.Single(alerts.Distinct());
        Assert.Contains("do not match an active account", alerts[0], StringComparison.Ordinal);
    }

    private static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string proposed)
    {
        var form = await SignIn.FormFieldsAsync(client, "/account/password");
        form["Input.Current"] = current;
        form["Input.Password"] = proposed;
        form["Input.Confirm"] = proposed;
        return await client.PostAsync("/account/password", new FormUrlEncodedContent(form));
    }

    /// <summary>The configured admin's principal as a fresh sign-in has it (its security stamp included).</summary>
    private Task<ClaimsPrincipal> AdminAsync() => _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);

    private async Task<T> WithAccountsAsync<T>(Func<EditorAccounts, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<EditorAccounts>());
    }

    private async Task<(string First, string Second)> IdsAsync(string first, string second) =>
        (await WithAccountsAsync(async a => (await a.FindByEmailAsync(first))!.Id), await WithAccountsAsync(async a => (await a.FindByEmailAsync(second))!.Id));
}
