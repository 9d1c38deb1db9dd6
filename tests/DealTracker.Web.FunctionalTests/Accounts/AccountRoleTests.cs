using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// An admin changes an account's role, Editor ↔ Admin: the account has exactly the new role, its sessions end (it signs in
/// again with the new role) and the change is logged like every account change; nobody changes their own role and the last
/// enabled admin is never made an editor.
/// </summary>
public sealed class AccountRoleTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SetRoleAsync_EditorMadeAdminAndBack_HasExactlyThatRoleEndsItsSessionsAndIsLogged()
    {
        var email = $"promoted-{Guid.NewGuid():N}@example.com";
        await _app.EnsureAccountAsync(email, Passphrase, Roles.Editor);
        var acting = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var id = await IdAsync(email);
        var stamp = await WithUsersAsync(async u => await u.GetSecurityStampAsync((await u.FindByIdAsync(id))!));

        var promoted = await WithAccountsAsync(a => a.SetRoleAsync(acting, id, Roles.Admin));

        Assert.True(promoted.Succeeded, string.Join(" ", promoted.Errors));
        Assert.Equal([Roles.Admin], await RolesAsync(id));
        Assert.NotEqual(stamp, await WithUsersAsync(async u => await u.GetSecurityStampAsync((await u.FindByIdAsync(id))!)));
        Assert.Contains(_app.Logs.Messages, m => m.Contains("did: ", StringComparison.Ordinal) && m.Contains("give the Admin role to", StringComparison.Ordinal) && m.Contains(email, StringComparison.Ordinal));

        var demoted = await WithAccountsAsync(a => a.SetRoleAsync(acting, id, Roles.Editor));

        Assert.True(demoted.Succeeded, string.Join(" ", demoted.Errors));
        Assert.Equal([Roles.Editor], await RolesAsync(id));
        Assert.Contains(_app.Logs.Messages, m => m.Contains("did: ", StringComparison.Ordinal) && m.Contains("give the Editor role to", StringComparison.Ordinal) && m.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetRoleAsync_OwnAccount_IsRefusedAndChangesNothing()
    {
        var acting = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var id = await IdAsync(DealTrackerAppFactory.AdminEmail);

        var result = await WithAccountsAsync(a => a.SetRoleAsync(acting, id, Roles.Editor));

        Assert.Equal(["You cannot change your own role. Another admin can."], result.Errors);
        Assert.Equal([Roles.Admin], await RolesAsync(id));
    }

    [Fact]
    public async Task SetRoleAsync_ActingAdminNoLongerAnAdmin_IsRefusedAndChangesNothing()
    {
        var actor = $"actor-{Guid.NewGuid():N}@example.com";
        var target = $"target-{Guid.NewGuid():N}@example.com";
        await _app.EnsureAccountAsync(actor, Passphrase, Roles.Admin);
        await _app.EnsureAccountAsync(target, Passphrase, Roles.Editor);
        var stale = await _app.PrincipalAsync(actor);
        var admin = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var actorId = await IdAsync(actor);
        Assert.True((await WithAccountsAsync(a => a.SetRoleAsync(admin, actorId, Roles.Editor))).Succeeded);

        var result = await WithAccountsAsync(async a => await a.SetRoleAsync(stale, await IdAsync(target), Roles.Admin));

        Assert.Equal([EditorAccounts.ActingRefusal], result.Errors);
        Assert.Equal([Roles.Editor], await RolesAsync(await IdAsync(target)));
    }

    [Fact]
    public async Task SetRoleAsync_TwoAdminsMakeEachOtherEditorsAtOnce_LeavesAnEnabledAdmin()
    {
        // The store's admin and one more, and no other: each makes the other an editor at the same moment.
        var second = $"second-{Guid.NewGuid():N}@example.com";
        await _app.EnsureAccountAsync(second, Passphrase, Roles.Admin);
        var first = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var other = await _app.PrincipalAsync(second);
        var firstId = await IdAsync(DealTrackerAppFactory.AdminEmail);
        var secondId = await IdAsync(second);

        var results = await Task.WhenAll(
            Task.Run(() => WithAccountsAsync(a => a.SetRoleAsync(first, secondId, Roles.Editor))),
            Task.Run(() => WithAccountsAsync(a => a.SetRoleAsync(other, firstId, Roles.Editor))));

        // Which of the two goes through depends on the moment; that both do never may.
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Single(r.Errors));
        var admins = await WithUsersAsync(u => u.GetUsersInRoleAsync(Roles.Admin));
        Assert.Contains(admins, a => !EditorAccounts.IsDisabled(a));
    }

    [Fact]
    public async Task SetRoleAsync_AccountWithNoRole_GetsTheRole()
    {
        var email = $"roleless-{Guid.NewGuid():N}@example.com";
        await _app.EnsureAccountAsync(email, Passphrase, Roles.Editor);
        var id = await IdAsync(email);
        await WithUsersAsync(async u => await u.RemoveFromRoleAsync((await u.FindByIdAsync(id))!, Roles.Editor));
        var acting = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);

        var result = await WithAccountsAsync(a => a.SetRoleAsync(acting, id, Roles.Editor));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal([Roles.Editor], await RolesAsync(id));
    }

    private async Task<string> IdAsync(string email) => await WithUsersAsync(async u => (await u.FindByEmailAsync(email))!.Id);

    private async Task<IList<string>> RolesAsync(string id) => await WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!));

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
