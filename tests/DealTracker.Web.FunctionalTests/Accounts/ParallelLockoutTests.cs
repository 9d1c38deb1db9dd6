using System.Net;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// Wrong passwords posted at the same moment, to one node or to two nodes on one store: every failure counts, so the
/// account locks after five whatever the timing (Identity's read-modify-write count lost all but one of them).
/// </summary>
public sealed class ParallelLockoutTests : IAsyncLifetime
{
    private const string Email = "parallel@dealtracker.test";
    private const string Password = "a long enough passphrase";

    private readonly DealTrackerAppFactory _app = new();
    private DealTrackerAppFactory? _otherNode;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountAsync(Email, Password, Roles.Editor);
    }

    public async Task DisposeAsync()
    {
        if (_otherNode is not null)
        {
            await ((IAsyncLifetime)_otherNode).DisposeAsync();
        }

        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task SignIn_WrongPasswordsInParallelOnOneNode_LockTheAccountForTheRightPassword()
    {
        await PostWrongPasswordsAtOnceAsync(Enumerable.Repeat(_app, 8));

        await AssertLockedAsync(_app);
    }

    [Fact]
    public async Task SignIn_WrongPasswordsInParallelOnTwoNodes_LockTheAccountForTheRightPassword()
    {
        _otherNode = DealTrackerAppFactory.OnTheSameStoreAs(_app);
        await _otherNode.InitializeAsync();

        await PostWrongPasswordsAtOnceAsync(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? _app : _otherNode));

        await AssertLockedAsync(_otherNode);
    }

    [Fact]
    public async Task SignIn_FourWrongPasswordsInParallel_CountsEachOfThem()
    {
        await PostWrongPasswordsAtOnceAsync(Enumerable.Repeat(_app, 4));

        await using var db = _app.CreateDbContext();
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Email);
        Assert.Equal((4, (DateTimeOffset?)null), (account.AccessFailedCount, account.LockoutEnd));
    }

    [Fact]
    public async Task AccessFailed_FifthFailureCheckedAsAnAdminDisablesTheAccount_KeepsItDisabled()
    {
        // A sign-in read the account (four failures so far) before an admin disabled it, and counts its wrong password after.
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EditorUser>>();
        await using (var db = _app.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == Email).ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 4));
        }

        var stale = await users.FindByEmailAsync(Email);
        await using (var db = _app.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == Email).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, EditorAccounts.DisabledUntil));
        }

        await users.AccessFailedAsync(stale!);

        await using var after = _app.CreateDbContext();
        var account = await after.Users.AsNoTracking().SingleAsync(u => u.Email == Email);
        Assert.True(EditorAccounts.IsDisabled(account), $"the lockout became {account.LockoutEnd}");
    }

    /// <summary>Reads each client's form first, then posts every wrong password at once.</summary>
    private static async Task PostWrongPasswordsAtOnceAsync(IEnumerable<DealTrackerAppFactory> nodes)
    {
        var posts = new List<(HttpClient Client, Dictionary<string, string> Form)>();
        foreach (var node in nodes)
        {
            var client = node.CreateBrowserLikeClient();
            var form = await SignIn.FormFieldsAsync(client, "/account/login");
            form["Input.Email"] = Email;
            form["Input.Password"] = "wrong password " + posts.Count;
            posts.Add((client, form));
        }

        var responses = await Task.WhenAll(posts.Select(p => p.Client.PostAsync("/account/login", new FormUrlEncodedContent(p.Form))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private async Task AssertLockedAsync(DealTrackerAppFactory node)
    {
        var response = await SignIn.PostAsync(node.CreateBrowserLikeClient(), Email, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, not the redirect to the desk
        await using var db = _app.CreateDbContext();
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Email);
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10), $"not locked out: {account.AccessFailedCount} failures counted");
    }
}
