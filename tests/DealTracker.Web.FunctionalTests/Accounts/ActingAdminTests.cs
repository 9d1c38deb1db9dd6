using System.Security.Claims;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// Every account change checks the acting admin in the store at that moment, not the sign-in an open
/// page cached: an admin disabled, locked out, demoted, signed out everywhere or given a new password
/// since the page opened changes nothing, and the refusal is logged.
/// </summary>
public sealed class ActingAdminTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";
    private const string ActorEmail = "acting-admin@dealtracker.test";
    private const string EditorEmail = "acting-target@dealtracker.test";

    private readonly DealTrackerAppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountAsync(ActorEmail, Passphrase, Roles.Admin);
        await _app.EnsureAccountAsync(EditorEmail, Passphrase, Roles.Editor);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static TheoryData<string> Changes => ["disabled", "locked out", "demoted", "signed out everywhere", "password reset"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task EveryChange_ActingAdminChangedSincePageOpened_IsRefusedChangesNothingAndIsLogged(string change)
    {
        var stale = await PrincipalAsync(ActorEmail); // as the open page holds it
        var actorId = await IdAsync(ActorEmail);
        var editorId = await IdAsync(EditorEmail);
        await ChangeActorAsync(change);
        var disabledBefore = await IsDisabledAsync(ActorEmail);
        var newcomer = $"newcomer-{Guid.NewGuid():N}@dealtracker.test";

        var results = new[]
        {
            await WithAccountsAsync(a => a.CreateAsync(stale, newcomer, "another long passphrase", Roles.Admin)),
            await WithAccountsAsync(a => a.ResetPasswordAsync(stale, editorId, "a password the editor never chose")),
            await WithAccountsAsync(a => a.SetDisabledAsync(stale, editorId, disabled: true)),
            await WithAccountsAsync(a => a.SetDisabledAsync(stale, actorId, disabled: false)),
        };

        Assert.All(results, r => Assert.Equal([EditorAccounts.ActingRefusal], r.Errors));
        Assert.Null(await WithAccountsAsync(a => a.FindByEmailAsync(newcomer)));
        Assert.False(await IsDisabledAsync(EditorEmail));
        Assert.Equal(disabledBefore, await IsDisabledAsync(ActorEmail));
        Assert.True(await WithUsersAsync(async u => await u.CheckPasswordAsync((await u.FindByEmailAsync(EditorEmail))!, Passphrase)));
        Assert.Equal(4, _app.Logs.Messages.Count(m => m.Contains("Refused an account change by", StringComparison.Ordinal) && m.Contains(ActorEmail, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryChange_FreshAdminSignIn_IsAllowed()
    {
        var acting = await PrincipalAsync(ActorEmail);
        var editorId = await IdAsync(EditorEmail);
        var newcomer = $"newcomer-{Guid.NewGuid():N}@dealtracker.test";

        Assert.True((await WithAccountsAsync(a => a.CreateAsync(acting, newcomer, "another long passphrase", Roles.Editor))).Succeeded);
        Assert.True((await WithAccountsAsync(a => a.ResetPasswordAsync(acting, editorId, "a password the editor never chose"))).Succeeded);
        Assert.True((await WithAccountsAsync(a => a.SetDisabledAsync(acting, editorId, disabled: true))).Succeeded);
        Assert.True((await WithAccountsAsync(a => a.SetDisabledAsync(acting, editorId, disabled: false))).Succeeded);
        Assert.False(await IsDisabledAsync(EditorEmail));
    }

    [Fact]
    public async Task SetDisabled_EnableOwnAccount_IsRefused()
    {
        var acting = await PrincipalAsync(ActorEmail);

        var result = await WithAccountsAsync(async a => await a.SetDisabledAsync(acting, await IdAsync(ActorEmail), disabled: false));

        Assert.False(result.Succeeded);
        Assert.Contains("cannot enable your own account", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_OwnAccount_IsRefusedAndChangesNothing()
    {
        var acting = await PrincipalAsync(ActorEmail);

        var result = await WithAccountsAsync(async a => await a.ResetPasswordAsync(acting, await IdAsync(ActorEmail), "a password without the current one"));

        Assert.False(result.Succeeded);
        Assert.Contains("/account/password", result.Errors[0], StringComparison.Ordinal);
        Assert.True(await WithUsersAsync(async u => await u.CheckPasswordAsync((await u.FindByEmailAsync(ActorEmail))!, Passphrase)));
    }

    [Fact]
    public async Task Create_NotSignedIn_IsRefused()
    {
        var result = await WithAccountsAsync(a => a.CreateAsync(new ClaimsPrincipal(new ClaimsIdentity()), "anonymous-made@dealtracker.test", "another long passphrase", Roles.Admin));

        Assert.Equal([EditorAccounts.ActingRefusal], result.Errors);
        Assert.Null(await WithAccountsAsync(a => a.FindByEmailAsync("anonymous-made@dealtracker.test")));
    }

    /// <summary>What happens to the acting admin's account while their page stays open, done by another admin or by the store.</summary>
    private async Task ChangeActorAsync(string change)
    {
        var other = await PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var actorId = await IdAsync(ActorEmail);
        switch (change)
        {
            case "disabled":
                Assert.True((await WithAccountsAsync(a => a.SetDisabledAsync(other, actorId, disabled: true))).Succeeded);
                break;
            case "password reset":
                Assert.True((await WithAccountsAsync(a => a.ResetPasswordAsync(other, actorId, "a new passphrase for the actor"))).Succeeded);
                break;
            case "signed out everywhere":
                await WithAccountsAsync(async a => { await a.EndSessionsAsync((await a.FindByEmailAsync(ActorEmail))!); return true; });
                break;
            case "locked out":
                await WithUsersAsync(async u => await u.SetLockoutEndDateAsync((await u.FindByEmailAsync(ActorEmail))!, DateTimeOffset.UtcNow.AddMinutes(15)));
                break;
            case "demoted":
                await WithUsersAsync(async u => await u.RemoveFromRoleAsync((await u.FindByEmailAsync(ActorEmail))!, Roles.Admin));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private Task<ClaimsPrincipal> PrincipalAsync(string email) => _app.PrincipalAsync(email);

    private async Task<string> IdAsync(string email) => await WithUsersAsync(async u => (await u.FindByEmailAsync(email))!.Id);

    private async Task<bool> IsDisabledAsync(string email) => await WithUsersAsync(async u => EditorAccounts.IsDisabled((await u.FindByEmailAsync(email))!));

    private async Task<T> WithAccountsAsync<T>(Func<EditorAccounts, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<EditorAccounts>());
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<EditorUser>, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>());
    }
}
