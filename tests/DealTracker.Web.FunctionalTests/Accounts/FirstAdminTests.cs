using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.Accounts;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
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
    public async Task Setup_TwoPostsAtOnce_MakeOneAdmin()
    {
        var token = SetupToken();
        var first = _app.CreateBrowserLikeClient();
        var second = _app.CreateBrowserLikeClient();
        var firstForm = await SetupFormAsync(first, token, "first-of-two@dealtracker.test");
        var secondForm = await SetupFormAsync(second, token, "second-of-two@dealtracker.test");

        var answers = await Task.WhenAll(
            first.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(firstForm)),
            second.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(secondForm)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().ListAsync();
        Assert.Single(accounts, a => a.Roles.Contains(Roles.Admin));
    }

    [Fact]
    public async Task Setup_CommonPassword_IsRefusedAndTheLinkStillWorks()
    {
        var token = SetupToken();
        var client = _app.CreateBrowserLikeClient();
        var form = await SetupFormAsync(client, token, "first-admin@dealtracker.test", password: "1qaz2wsx3edc");

        var refused = await client.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("common passwords", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var retry = await SetupFormAsync(client, token, "first-admin@dealtracker.test");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(retry))).StatusCode);
    }

    [Fact]
    public void Start_NoAdminConfigured_WritesTheLinkToTheConsoleNotTheLog()
    {
        var token = SetupToken(); // from the console

        // Every event of the logging pipeline (which feeds the rolling file too) says where the link is, never what it is.
        Assert.Contains(_app.Logs.Messages, m => m.Contains("written to the console", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Messages, m => m.Contains(token, StringComparison.Ordinal));
        Assert.Contains(_app.Console.Lines, l => l.Contains("within the hour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AdminEmailWithoutPassword_RefusesToStart()
    {
        // The first-admin work runs beside the web host's start (FirstAdminStartup); its failure still fails the start.
        var halfAdmin = new DealTrackerAppFactory { ConfigureAdmin = false, Settings = { ["Admin:Email"] = "half-admin@dealtracker.test" } };
        try
        {
            var exception = Assert.ThrowsAny<Exception>(() => halfAdmin.CreateClient());

            Assert.Contains("Admin:Password", exception.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)halfAdmin).DisposeAsync();
        }
    }

    [Fact]
    public async Task AcceptsAsync_AfterAnHour_RefusesTheToken()
    {
        var clock = new ManualClock();
        var setup = new FirstAdminSetup(_app.Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>(), clock);
        var token = await setup.OpenAsync();

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(await setup.AcceptsAsync(token));
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.False(await setup.AcceptsAsync(token));
        Assert.Null(await setup.TryCloseAsync(token));
    }

    [Fact]
    public async Task Start_NoAdminConfigured_StoresTheTokenHashedWithItsExpiry()
    {
        var token = SetupToken();

        await using var db = _app.CreateDbContext();
        var stored = Assert.Single(await db.SetupTokens.ToListAsync());
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.InRange(stored.ExpiresAt, DateTime.UtcNow.AddMinutes(55), DateTime.UtcNow.AddMinutes(61));
    }

    [Fact]
    public async Task Start_NewStore_HasEachRoleOnceAsIdentityFindsIt()
    {
        // On SQLite a new store is made with its roles and the link in one transaction, not through Identity: Identity must
        // still find them by name, and a second node starting on the store must not add them again.
        var nodeB = DealTrackerAppFactory.OnTheSameStoreAs(_app, configureAdmin: false);
        try
        {
            await nodeB.InitializeAsync();
            await using var scope = nodeB.Services.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
            foreach (var role in Roles.All)
            {
                Assert.Equal(role, (await roles.FindByNameAsync(role.ToLowerInvariant()))?.Name);
            }

            await using var db = _app.CreateDbContext();
            Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
            Assert.Equal(2, await db.SetupTokens.CountAsync()); // one link from each node's start, both live
        }
        finally
        {
            await ((IAsyncLifetime)nodeB).DisposeAsync();
        }
    }

    [Fact]
    public async Task Setup_LinkWrittenByOneNode_IsAcceptedOnAnotherNodeOnce()
    {
        var token = SetupToken(); // node A's console
        var nodeB = DealTrackerAppFactory.OnTheSameStoreAs(_app, configureAdmin: false);
        try
        {
            await nodeB.InitializeAsync();
            await UseLinkOfNodeAOnNodeBAsync(token, nodeB);
        }
        finally
        {
            await ((IAsyncLifetime)nodeB).DisposeAsync();
        }
    }

    private async Task UseLinkOfNodeAOnNodeBAsync(string token, DealTrackerAppFactory nodeB)
    {
        var tokenOfB = SetupToken(nodeB);

        var client = nodeB.CreateBrowserLikeClient();
        var form = await SetupFormAsync(client, token, "cross-node-admin@dealtracker.test");
        var created = await client.PostAsync($"/account/setup?token={token}", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        foreach (var (node, link) in new[] { (_app, token), (nodeB, token), (_app, tokenOfB) })
        {
            var again = await node.CreateBrowserLikeClient().GetStringAsync($"/account/setup?token={link}");
            Assert.Contains("not valid", again, StringComparison.Ordinal);
        }

        await using var db = _app.CreateDbContext();
        Assert.Empty(await db.SetupTokens.ToListAsync());
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

    private static async Task<Dictionary<string, string>> SetupFormAsync(HttpClient client, string token, string email, string password = "a first admin passphrase")
    {
        var form = await SignIn.FormFieldsAsync(client, $"/account/setup?token={token}");
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        form["Input.Confirm"] = password;
        return form;
    }

    private string SetupToken() => SetupToken(_app);

    private static string SetupToken(DealTrackerAppFactory app) =>
        app.Console.Lines.Select(m => TokenPattern().Match(m)).FirstOrDefault(m => m.Success)?.Groups[1].Value
        ?? throw new InvalidOperationException("No set-up link was written to the console. Written: " + string.Join(" | ", app.Console.Lines));

    [GeneratedRegex(@"/account/setup\?token=""?([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
