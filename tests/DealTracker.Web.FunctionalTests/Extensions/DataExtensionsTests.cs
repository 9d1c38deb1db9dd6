using DealTracker.Web.Data.PostgreSql;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>The PostgreSQL store's pool as the app opens it: bounded by default, as given when the connection string names a size.</summary>
public sealed class DataExtensionsTests
{
    [PostgreSqlOnlyFact]
    public async Task AddDealTrackerData_ConnectionStringNamesNoPoolSize_BoundsThePool()
    {
        var app = new DealTrackerAppFactory { Seed = false };
        try
        {
            await app.InitializeAsync();
            Assert.Equal(PostgreSqlStore.DefaultMaxPoolSize, await MaxPoolSizeAsync(app));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [PostgreSqlOnlyFact]
    public async Task AddDealTrackerData_ConnectionStringNamesAPoolSize_KeepsIt()
    {
        var app = new DealTrackerAppFactory { Seed = false, PostgreSqlOptions = "Maximum Pool Size=37" };
        try
        {
            await app.InitializeAsync();
            Assert.Equal(37, await MaxPoolSizeAsync(app));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<int> MaxPoolSizeAsync(DealTrackerAppFactory app)
    {
        await using var db = app.CreateDbContext();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize;
    }
}
