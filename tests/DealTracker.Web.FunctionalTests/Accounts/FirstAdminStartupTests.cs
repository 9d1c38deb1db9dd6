using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>The first admin is made beside the web server's start (FirstAdminStartup); it and the key ring are there once the host has started.</summary>
public sealed class FirstAdminStartupTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task StartAsync_NewStore_KeyRingAndRolesAreThereOnceTheHostHasStarted()
    {
        await using var db = app.CreateDbContext();

        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Equal([Roles.Admin, Roles.Editor], (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == DealTrackerAppFactory.AdminEmail));
    }
}
