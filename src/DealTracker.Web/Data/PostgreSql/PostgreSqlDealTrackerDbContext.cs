using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage;

namespace DealTracker.Web.Data.PostgreSql;

/// <summary>
/// The store on PostgreSQL: the same model as <see cref="DealTrackerDbContext"/>, as its own context type
/// so that its migrations (in <c>Data/PostgreSql/Migrations</c>) stay apart from the SQLite ones
/// (in <c>Data/Migrations</c>, keyed to <see cref="DealTrackerDbContext"/>). The app hands it out as a
/// <see cref="DealTrackerDbContext"/> through <see cref="PostgreSqlDbContextFactory"/>.
/// </summary>
/// <remarks>
/// Every save that writes anything also adds one to the store's version row and notifies the other nodes
/// (<c>pg_notify</c>), in the same transaction: the notice is delivered at commit, and never for a save
/// that rolls back (<see cref="Nodes.PostgreSqlStoreChanges"/>). When the save owns its transaction, the node's listener is told
/// the counter it committed (<see cref="Nodes.PostgreSqlStoreChanges.Committed"/>), so the notice coming back is not counted again.
/// </remarks>
public sealed class PostgreSqlDealTrackerDbContext(
    DbContextOptions<DealTrackerDbContext> options,
    TimeProvider clock,
    Nodes.PostgreSqlStoreChanges? storeChanges = null) : DealTrackerDbContext(options, clock)
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!ChangeTracker.HasChanges())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (transaction)
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var counter = await BumpAndNotifyAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                if (counter is { } committed)
                {
                    storeChanges?.Committed(committed);
                }
            }

            return count;
        }
    }

    /// <summary>Runs <see cref="Nodes.PostgreSqlStoreChanges.BumpAndNotify"/> in the save's transaction: the counter it wrote.</summary>
    private async Task<long?> BumpAndNotifyAsync(CancellationToken cancellationToken)
    {
        var connection = Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Nodes.PostgreSqlStoreChanges.BumpAndNotify;
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>A transaction-scoped advisory lock: released at commit or rollback.</summary>
    protected override Task SerialiseTallyWritersAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(75129403565939)", cancellationToken);
}

/// <summary>Creates <see cref="PostgreSqlDealTrackerDbContext"/> wherever the app asks for a <see cref="DealTrackerDbContext"/>.</summary>
internal sealed class PostgreSqlDbContextFactory(
    DbContextOptions<DealTrackerDbContext> options,
    TimeProvider clock,
    Nodes.PostgreSqlStoreChanges storeChanges) : IDbContextFactory<DealTrackerDbContext>
{
    public DealTrackerDbContext CreateDbContext() => new PostgreSqlDealTrackerDbContext(options, clock, storeChanges);
}

/// <summary>
/// For <c>dotnet ef migrations add X --context PostgreSqlDealTrackerDbContext</c>: the model with the Npgsql
/// provider; no server is contacted to add a migration, and no time is read (the system clock stands in).
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlDealTrackerDbContext>
{
    public PostgreSqlDealTrackerDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlStore.Configure(new DbContextOptionsBuilder<DealTrackerDbContext>(), "Host=localhost;Database=dealtracker").Options, TimeProvider.System);
}

/// <summary>
/// For <c>dotnet ef migrations add X --context DealTrackerDbContext</c>: the model with the SQLite provider.
/// Without it, the tools would build <see cref="DealTrackerDbContext"/> through the PostgreSQL factory above
/// (its context type derives from it), and write a PostgreSQL migration into the SQLite folder. It points at
/// the app's own file (<c>ConnectionStrings__DealTracker</c>, else <c>data/dealtracker.db</c>), as the app would.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DealTrackerDbContext>
{
    public DealTrackerDbContext CreateDbContext(string[] args)
    {
        var connectionString = Extensions.DataExtensions.ResolveConnectionString(
            Environment.GetEnvironmentVariable("ConnectionStrings__" + Extensions.DataExtensions.ConnectionName) ?? Extensions.DataExtensions.DefaultConnection,
            Directory.GetCurrentDirectory());
        return new(new DbContextOptionsBuilder<DealTrackerDbContext>().UseSqlite(connectionString).Options, TimeProvider.System);
    }
}
