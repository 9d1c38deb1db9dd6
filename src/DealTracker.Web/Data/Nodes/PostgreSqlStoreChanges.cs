using Npgsql;

namespace DealTracker.Web.Data.Nodes;

/// <summary>
/// Edits show on every node: each PostgreSQL write transaction adds one to the version row and sends
/// <c>NOTIFY dealtracker_store</c> (<see cref="BumpAndNotify"/>, run by
/// <see cref="PostgreSql.PostgreSqlDealTrackerDbContext"/> before its commit). Every node keeps one
/// connection that <c>LISTEN</c>s and bumps its own <see cref="StoreVersion"/> (which keys the page and
/// read-model caches) on each notice of a write it has not counted yet. After a reconnect, and every <see cref="PollInterval"/> while idle,
/// it reads the version row instead, so a notice lost while the connection was down still invalidates.
/// </summary>
public sealed partial class PostgreSqlStoreChanges(
    string connectionString,
    StoreVersion storeVersion,
    TimeProvider time,
    ILogger<PostgreSqlStoreChanges> logger) : BackgroundService
{
    public const string Channel = "dealtracker_store";

    /// <summary>
    /// One statement, inside the write transaction: the version row moved on, and the notice carrying it. Its one row's first
    /// column is the new counter (<see cref="Committed"/>). The counter moves to the database clock's milliseconds, or one past
    /// itself when that is not ahead: it always grows, and a store restored from a backup never hands out again a counter it
    /// handed out before the restore for other contents (the counter is the read API's ETag on every node, <see cref="SharedVersion"/>).
    /// </summary>
    public const string BumpAndNotify =
        """WITH v AS (UPDATE "StoreVersions" SET "Value" = GREATEST("Value" + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint) WHERE "Id" = 1 RETURNING "Value") SELECT "Value", pg_notify('""" + Channel + """', "Value"::text) FROM v""";

    /// <summary>How long the listening connection may stay silent before the version row is read anyway.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();

    private long _lastSeen = -1;

    private long _shared = -1;

    /// <summary>True while the listening connection is open (for the tests and the logs).</summary>
    public bool IsListening { get; private set; }

    /// <summary>The highest store counter this node has counted: read from the row, noticed, or committed itself (for the tests).</summary>
    internal long LastCounted => Interlocked.Read(ref _lastSeen);

    /// <summary>
    /// The store's counter as this node serves it, the same on every node that has seen the same writes (the read API's ETag,
    /// so a 304 holds across nodes behind a balancer), or null before the first read of the row. It is published only after the
    /// local version was bumped for it: whatever a request reads after taking this value comes from caches that already hold the
    /// writes it counts. A node that has not heard of a write yet serves the older counter with the older contents.
    /// </summary>
    public long? SharedVersion => Interlocked.Read(ref _shared) is >= 0 and var value ? value : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 10,
            ApplicationName = "DealTracker store listener",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(listening, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                IsListening = false;
                LogConnectionLost(logger, exception.Message);
                try
                {
                    await Task.Delay(_retryDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(string listening, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(listening);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notice) => Noticed(long.TryParse(notice.Payload, out var value) ? value : null);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Listening from here on: whatever was written before (while the connection was down) is in the row.
        await ReadVersionRowAsync(connection, stoppingToken);
        IsListening = true;
        while (true)
        {
            if (!await connection.WaitAsync(PollInterval, stoppingToken))
            {
                await ReadVersionRowAsync(connection, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Reads the version row before the node serves anything (called by the store's start-up): the caches start empty at this value, so
    /// the listener's first read bumps them only if the row has moved since, not on every new node.
    /// </summary>
    public async Task ReadBaselineAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (await ReadRowAsync(connection, cancellationToken) is { } value)
        {
            lock (_gate)
            {
                if (Interlocked.CompareExchange(ref _lastSeen, value, -1) == -1)
                {
                    Interlocked.Exchange(ref _shared, value);
                }
            }
        }
    }

    /// <summary>
    /// Reads the version row. A value below what this node has counted is read once more first: a write of this node's own that
    /// committed while the row was being read (<see cref="Committed"/>) shows in a second read, while a store restored from a backup
    /// reads lower twice.
    /// </summary>
    private async Task ReadVersionRowAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var value = await ReadRowAsync(connection, cancellationToken);
        if (value is { } counter && counter < LastCounted)
        {
            value = await ReadRowAsync(connection, cancellationToken);
        }

        Read(value);
    }

    private static async Task<long?> ReadRowAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand("""SELECT "Value" FROM "StoreVersions" WHERE "Id" = 1""", connection);
        return await read.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>
    /// The version row, read: the store's counter as it is now. The local version is bumped when the counter moved, either way (a
    /// store restored from a backup may count from lower down).
    /// </summary>
    private void Read(long? value)
    {
        lock (_gate)
        {
            if (value is { } counter && Interlocked.Exchange(ref _lastSeen, counter) == counter)
            {
                return;
            }

            BumpAndPublish();
        }
    }

    /// <summary>
    /// A notice: the counter a write committed. Notices sent before the last row read can arrive after it, so only a counter past the
    /// last one seen bumps the local version (a stale notice bumping it would empty the caches for nothing and change every ETag); a
    /// notice with no number always bumps.
    /// </summary>
    private void Noticed(long? value)
    {
        lock (_gate)
        {
            if (value is { } counter && !CountSeen(counter))
            {
                return;
            }

            BumpAndPublish();
        }
    }

    /// <summary>
    /// This node's own write has committed with <paramref name="counter"/> (<see cref="PostgreSql.PostgreSqlDealTrackerDbContext"/>,
    /// once the commit has returned). The local version is bumped now: the save interceptor bumped it before the commit, and a page
    /// read between the two, cached under the new version without the write, must not be kept. The counter is counted as seen, so
    /// the write's own notice, when it comes back, bumps nothing more: every bump for a node's own write happens before its save
    /// returns, none some time later. A counter more than one past the last seen means other nodes' writes committed in between;
    /// they committed before this one, so the bump here covers them too.
    /// </summary>
    internal void Committed(long counter)
    {
        lock (_gate)
        {
            CountSeen(counter);
            BumpAndPublish();
        }
    }

    /// <summary>Raises the last counter seen to <paramref name="counter"/> (under the gate): false when it was already there or past it.</summary>
    private bool CountSeen(long counter)
    {
        if (counter <= Interlocked.Read(ref _lastSeen))
        {
            return false;
        }

        Interlocked.Exchange(ref _lastSeen, counter);
        return true;
    }

    /// <summary>The local version first, then the shared counter (under the gate): see <see cref="SharedVersion"/>.</summary>
    private void BumpAndPublish()
    {
        storeVersion.Bump();
        Interlocked.Exchange(ref _shared, Interlocked.Read(ref _lastSeen));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection that listens for other nodes' edits dropped ({Reason}); reconnecting. Until it is back, this node's caches may lag other nodes' edits.")]
    private static partial void LogConnectionLost(ILogger logger, string reason);
}
