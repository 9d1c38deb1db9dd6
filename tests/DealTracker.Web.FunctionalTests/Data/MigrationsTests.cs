using DealTracker.Web.Data;
using DealTracker.Web.Data.PostgreSql;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>The committed migrations of each provider against the model, and start-up on a shared PostgreSQL store.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void HasPendingModelChanges_SqliteMigrations_MatchTheModel()
    {
        using var db = new DealTrackerDbContext(new DbContextOptionsBuilder<DealTrackerDbContext>().UseSqlite("Data Source=:memory:").Options, TimeProvider.System);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a SQLite migration (docs/operations.md).");
        Assert.Contains("20261129042918_EditorsAndHistory", db.Database.GetMigrations());
    }

    [Fact]
    public void HasPendingModelChanges_PostgreSqlMigrations_MatchTheModel()
    {
        // No server is contacted: the model is built with the Npgsql provider and compared with the snapshot.
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a PostgreSQL migration (docs/operations.md).");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.DoesNotContain("20261129042918_EditorsAndHistory", db.Database.GetMigrations());
    }

    [Fact]
    public void IsPostgreSql_UnknownProvider_RefusesToStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataExtensions.ProviderSetting] = "Oracle" }).Build();

        var exception = Assert.Throws<InvalidOperationException>(() => DataExtensions.IsPostgreSql(configuration));
        Assert.Contains("Oracle", exception.Message);
    }

    [PostgreSqlOnlyFact]
    public async Task InitialiseDatabaseAsync_ThreeNodesStartTogether_MigrateAndSeedOnce()
    {
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(DealTrackerAppFactory.PostgreSqlServer!) { Database = "dt_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        var nodes = Enumerable.Range(0, 3).Select(_ => Node(connectionString)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(node => Task.Run(() => node.Services.InitialiseDatabaseAsync())));

            await using var db = await nodes[0].Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync();
            Assert.IsType<PostgreSqlDealTrackerDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(1, await db.Deals.CountAsync(d => d.Slug == "amazon-openai-2026-round"));
            Assert.Equal(2, await db.Deals.CountAsync());
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }

            await DealTrackerAppFactory.DropDatabaseAsync(connectionString);
        }
    }

    private static IHost Node(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[DataExtensions.ProviderSetting] = "PostgreSQL";
        builder.Configuration["ConnectionStrings:" + DataExtensions.ConnectionName] = connectionString;
        builder.AddDealTrackerData();
        return builder.Build();
    }
}
