using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// The key ring lives in the store: two app processes on one store (each with its own home folder, where
/// Data Protection would otherwise keep its keys) accept each other's antiforgery tokens and sign-in
/// cookies, and a node started again still accepts a cookie minted before. Runs on SQLite, and on
/// PostgreSQL when DEALTRACKER_TEST_POSTGRES is set.
/// </summary>
public sealed class KeyRingExtensionsTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly string? _postgreSql = DealTrackerAppFactory.PostgreSqlServer is { } server
        ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "dt_" + Guid.NewGuid().ToString("N") }.ConnectionString
        : null;

    private readonly List<AppProcess> _nodes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_postgreSql is not null)
        {
            await DealTrackerAppFactory.DropDatabaseAsync(_postgreSql);
        }

        _store.Dispose();
    }

    [Fact]
    public async Task SignIn_FormFromNodeAPostedToNodeB_CookieWorksOnNodeAAndAfterARestart()
    {
        var nodeA = await StartNodeAsync("a");
        var nodeB = await StartNodeAsync("b");
        var cookies = new CookieContainer(); // cookies ignore the port: one jar for both nodes, as one browser behind a proxy
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });

        // The sign-in form (and its antiforgery cookie) from node A, posted to node B.
        var form = await SignIn.FormFieldsAsync(WithBase(client, nodeA), "/account/login");
        form["Input.Email"] = AppProcess.AdminEmail;
        form["Input.Password"] = AppProcess.AdminPassword;
        var signedIn = await client.PostAsync(new Uri(nodeB.Address, "/account/login"), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The sign-in cookie node B minted, on node A.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(nodeA.Address, "/admin"))).StatusCode);

        // Node A stopped and started again (a new process with a new home folder): the cookie still works.
        await nodeA.KillAsync();
        var restarted = await StartNodeAsync("a-again");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(restarted.Address, "/admin"))).StatusCode);

        // A client with no cookie is still sent to sign in: the 200s above are the cookie's doing.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri(restarted.Address, "/admin"))).StatusCode);
    }

    private static HttpClient WithBase(HttpClient client, AppProcess node)
    {
        client.BaseAddress = node.Address;
        return client;
    }

    private async Task<AppProcess> StartNodeAsync(string name)
    {
        var home = _store.PathOf("home-" + name);
        Directory.CreateDirectory(home);
        var settings = new Dictionary<string, string> { ["HOME"] = home };
        if (_postgreSql is not null)
        {
            settings["Database__Provider"] = "PostgreSQL";
            settings["ConnectionStrings__DealTracker"] = _postgreSql;
        }

        var node = await AppProcess.StartAsync(_store.DatabasePath, settings);
        _nodes.Add(node);
        return node;
    }
}
