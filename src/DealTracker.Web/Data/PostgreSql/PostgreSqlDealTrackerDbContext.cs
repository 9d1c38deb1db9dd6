using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DealTracker.Web.Data.PostgreSql;

/// <summary>
/// The store on PostgreSQL: the same model as <see cref="DealTrackerDbContext"/>, as its own context type
/// so that its migrations (in <c>Data/PostgreSql/Migrations</c>) stay apart from the SQLite ones
/// (in <c>Data/Migrations</c>, keyed to <see cref="DealTrackerDbContext"/>). The app hands it out as a
/// <see cref="DealTrackerDbContext"/> through <see cref="PostgreSqlDbContextFactory"/>.
/// </summary>
public sealed class PostgreSqlDealTrackerDbContext(DbContextOptions<DealTrackerDbContext> options, TimeProvider clock) : DealTrackerDbContext(options, clock);

/// <summary>Creates <see cref="PostgreSqlDealTrackerDbContext"/> wherever the app asks for a <see cref="DealTrackerDbContext"/>.</summary>
internal sealed class PostgreSqlDbContextFactory(DbContextOptions<DealTrackerDbContext> options, TimeProvider clock) : IDbContextFactory<DealTrackerDbContext>
{
    public DealTrackerDbContext CreateDbContext() => new PostgreSqlDealTrackerDbContext(options, clock);
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
