using System.Diagnostics;
using System.Net;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Nodes;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace DealTracker.Web.FunctionalTests.Data.Nodes;

/// <summary>
/// Two nodes (two app hosts, each with its own page cache and store version) on one PostgreSQL database:
/// an edit saved on node A shows on node B's cached public page within a second (LISTEN/NOTIFY), and
/// still shows after node B's listening connection was cut (the version row, read on reconnect).
/// </summary>
public sealed class PostgreSqlStoreChangesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan _withinASecond = TimeSpan.FromSeconds(1);

    private readonly DealTrackerAppFactory _nodeA = new();
    private DealTrackerAppFactory? _nodeB;

    public async Task InitializeAsync()
    {
        if (_nodeA.PostgreSqlConnectionString is not null)
        {
            await _nodeA.InitializeAsync();
            _nodeB = DealTrackerAppFactory.OnTheSameStoreAs(_nodeA);
            await _nodeB.InitializeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_nodeB is not null)
        {
            await ((IAsyncLifetime)_nodeB).DisposeAsync();
        }

        await ((IAsyncLifetime)_nodeA).DisposeAsync();
    }

    [PostgreSqlOnlyFact]
    public async Task SaveOnNodeA_NodeBServesItsCachedPage_ShowsTheEditWithinASecond()
    {
        var nodeB = _nodeB!.CreateClient();
        await StoreListener.WaitUntilListeningAsync(_nodeB.Services);
        var title = $"Cross-node deal {Guid.NewGuid():N}"[..30];
        Assert.DoesNotContain(title, await nodeB.GetStringAsync("/deals"), StringComparison.Ordinal); // now cached on node B

        await SaveDealOnNodeAAsync(title);
        var seen = await WaitForAsync(nodeB, title, _withinASecond);

        Assert.True(seen is not null, $"Node B still served its cached /deals without \"{title}\" a second after node A saved it.");
        output.WriteLine($"Node B showed node A's edit {seen!.Value.TotalMilliseconds:F0} ms after the save returned.");
    }

    [PostgreSqlOnlyFact]
    public async Task Listen_NothingWrittenSinceTheBaseline_KeepsTheStoreVersion()
    {
        var version = new StoreVersion();
        var changes = NewListener(version);
        await changes.ReadBaselineAsync(CancellationToken.None);

        await ListenOnceAsync(changes);

        // A new node's caches are not thrown away when its listener connects and nothing has changed.
        Assert.Equal(0, version.Value);
    }

    [PostgreSqlOnlyFact]
    public async Task Listen_AWriteSinceTheBaseline_BumpsTheStoreVersion()
    {
        var version = new StoreVersion();
        var changes = NewListener(version);
        await changes.ReadBaselineAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(_nodeA.PostgreSqlConnectionString))
        {
            await connection.OpenAsync();
            await using var bump = new NpgsqlCommand(PostgreSqlStoreChanges.BumpAndNotify, connection);
            await bump.ExecuteNonQueryAsync(); // another node's write, before this listener listens
        }

        await ListenOnceAsync(changes);

        Assert.Equal(1, version.Value);
    }

    [PostgreSqlOnlyFact]
    public async Task Notice_OlderThanTheVersionRowRead_KeepsTheStoreVersionAndANewerOneBumpsIt()
    {
        var version = new StoreVersion();
        var changes = NewListener(version);
        await using var connection = new NpgsqlConnection(_nodeA.PostgreSqlConnectionString);
        await connection.OpenAsync();
        long counter;
        await using (var bump = new NpgsqlCommand("""UPDATE "StoreVersions" SET "Value" = "Value" + 2 WHERE "Id" = 1 RETURNING "Value" """, connection))
        {
            counter = (long)(await bump.ExecuteScalarAsync())!;
        }

        await changes.ReadBaselineAsync(CancellationToken.None);
        await changes.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(await TempStore.WaitUntilAsync(() => changes.IsListening, TimeSpan.FromSeconds(15)), "The listener never connected.");

            // A notice of a write the listener's row read already counted, delivered late: nothing has changed since.
            await NotifyAsync(connection, counter - 1);
            await NotifyAsync(connection, counter);
            await Task.Delay(500);
            Assert.Equal(0, version.Value);

            await NotifyAsync(connection, counter + 1);
            Assert.True(await TempStore.WaitUntilAsync(() => version.Value == 1, TimeSpan.FromSeconds(5)), $"A newer notice left the version at {version.Value}.");
        }
        finally
        {
            await changes.StopAsync(CancellationToken.None);
        }
    }

    [PostgreSqlOnlyFact]
    public async Task SaveOnNodeA_WhileItsListenerReconnects_MovesNodeAsVersionNoMoreAfterTheSaveReturned()
    {
        await StoreListener.WaitUntilListeningAsync(_nodeA.Services);
        var version = _nodeA.Services.GetRequiredService<StoreVersion>();
        var listener = _nodeA.Services.GetRequiredService<PostgreSqlStoreChanges>();
        await CutListeningConnectionsAsync();
        Assert.True(await TempStore.WaitUntilAsync(() => !listener.IsListening, TimeSpan.FromSeconds(15)), "Node A's listener never noticed its connection was cut.");

        // Saved while node A cannot hear its own notice: the reconnect (a second later) reads the version row instead.
        await SaveDealOnNodeAAsync($"Own-write deal {Guid.NewGuid():N}"[..30]);
        var afterSave = version.Value;
        Assert.True(await TempStore.WaitUntilAsync(() => listener.IsListening, TimeSpan.FromSeconds(15)), "Node A's listener never reconnected.");

        // The row shows node A's own write, already counted before its save returned: the version (every cache key and ETag) stays.
        Assert.Equal(afterSave, version.Value);
    }

    [PostgreSqlOnlyFact]
    public async Task ReadApiETag_GivenByNodeA_IsGoodOnNodeBUntilAnEditReachesIt()
    {
        var nodeA = _nodeA.CreateClient();
        var nodeB = _nodeB!.CreateClient();
        await StoreListener.WaitUntilListeningAsync(_nodeA.Services);
        await StoreListener.WaitUntilListeningAsync(_nodeB.Services);
        var etag = (await nodeA.GetAsync("/api/deals")).Headers.ETag!;

        // Behind a balancer without affinity the client's next request may reach the other node: the tag holds there too.
        Assert.Equal(HttpStatusCode.NotModified, (await nodeB.SendAsync(Conditional("/api/deals", etag))).StatusCode);

        var title = $"ETag deal {Guid.NewGuid():N}"[..30];
        await SaveDealOnNodeAAsync(title);
        var onA = await nodeA.SendAsync(Conditional("/api/deals", etag));
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Contains(title, await onA.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Node B hears of the edit within a second; from then on the old tag gets the new list, tagged as node A tags it.
        var clock = Stopwatch.StartNew();
        HttpResponseMessage onB;
        while ((onB = await nodeB.SendAsync(Conditional("/api/deals", etag))).StatusCode == HttpStatusCode.NotModified && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(20);
        }

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains(title, await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(onA.Headers.ETag, onB.Headers.ETag);
        Assert.NotEqual(etag, onB.Headers.ETag);
    }

    [PostgreSqlOnlyFact]
    public async Task SaveAfterARestoreFromBackup_StoreCounter_NeverRepeatsOneHandedOutBefore()
    {
        await SaveDealOnNodeAAsync($"Before restore {Guid.NewGuid():N}"[..30]);
        var handedOut = await StoreCounterAsync();

        // A backup taken before the store's first write comes back: its counter is below every one clients hold as ETags.
        await using (var db = _nodeA.CreateDbContext())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, """UPDATE "StoreVersions" SET "Value" = 0 WHERE "Id" = 1""");
        }

        await SaveDealOnNodeAAsync($"After restore {Guid.NewGuid():N}"[..30]);

        Assert.True(await StoreCounterAsync() > handedOut, "The first write after the restore handed out a counter (an ETag) already given to other contents.");
    }

    private async Task<long> StoreCounterAsync()
    {
        await using var db = _nodeA.CreateDbContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.StoreVersions.Select(v => v.Value));
    }

    private static HttpRequestMessage Conditional(string path, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }

    [PostgreSqlOnlyFact]
    public async Task SaveWhileNodeBListenerIsCut_NodeBReadsTheVersionRowOnReconnect_ShowsTheEdit()
    {
        var nodeB = _nodeB!.CreateClient();
        await StoreListener.WaitUntilListeningAsync(_nodeB.Services);
        var title = $"Missed-notice deal {Guid.NewGuid():N}"[..30];
        Assert.DoesNotContain(title, await nodeB.GetStringAsync("/deals"), StringComparison.Ordinal);

        // Cut every listening connection, then save at once: the notice goes out while node B is not listening.
        await CutListeningConnectionsAsync();

        await SaveDealOnNodeAAsync(title);
        var seen = await WaitForAsync(nodeB, title, TimeSpan.FromSeconds(15));

        Assert.True(seen is not null, $"Node B never showed \"{title}\" after its listening connection came back.");
        output.WriteLine($"Node B showed the edit {seen!.Value.TotalMilliseconds:F0} ms after the save (reconnect after 1 s, then the version row).");
    }

    /// <summary>Ends every node's listening connection on this database (each reconnects a second later).</summary>
    private async Task CutListeningConnectionsAsync()
    {
        await using var db = _nodeA.CreateDbContext();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(
            db.Database,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'DealTracker store listener' AND datname = current_database()");
    }

    private static async Task NotifyAsync(NpgsqlConnection connection, long counter)
    {
        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{PostgreSqlStoreChanges.Channel}', '{counter}')", connection);
        await notify.ExecuteNonQueryAsync();
    }

    private PostgreSqlStoreChanges NewListener(StoreVersion version) =>
        new(_nodeA.PostgreSqlConnectionString!, version, TimeProvider.System,
            NullLogger<PostgreSqlStoreChanges>.Instance);

    /// <summary>Starts the listener, waits until it has connected and read the version row, and stops it.</summary>
    private static async Task ListenOnceAsync(PostgreSqlStoreChanges changes)
    {
        await changes.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(await TempStore.WaitUntilAsync(() => changes.IsListening, TimeSpan.FromSeconds(15)), "The listener never connected.");
        }
        finally
        {
            await changes.StopAsync(CancellationToken.None);
        }
    }

    private async Task SaveDealOnNodeAAsync(string title)
    {
        await using var scope = _nodeA.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CatalogEditor>().SaveDealAsync(
            new DealDraft { Title = title, Summary = "Saved on node A." }, new EditorStamp("node-a", "node A test"));
        Assert.True(result.Succeeded, result.Message);
    }

    /// <summary>Polls node B's page until it shows <paramref name="text"/>: how long that took, or null past the deadline.</summary>
    private static async Task<TimeSpan?> WaitForAsync(HttpClient node, string text, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            if ((await node.GetStringAsync("/deals")).Contains(text, StringComparison.Ordinal))
            {
                return clock.Elapsed;
            }

            await Task.Delay(25);
        }
        while (clock.Elapsed < deadline);

        return null;
    }
}
