using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// The first admin is made beside the web server's start (FirstAdminStartup); it is there once the host has started.
/// So is the key ring's first key on PostgreSQL (made under the migration lock); on SQLite it waits for the first form.
/// </summary>
public sealed class FirstAdminStartupTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task StartAsync_NewStore_RolesAndAdminAreThereOnceTheHostHasStarted()
    {
        await using var db = app.CreateDbContext();

        Assert.Equal(DealTrackerAppFactory.PostgreSqlServer is null ? 0 : 1, await db.DataProtectionKeys.CountAsync());
        Assert.Equal([Roles.Admin, Roles.Editor], (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == DealTrackerAppFactory.AdminEmail));
    }
}
