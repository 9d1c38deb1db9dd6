using DealTracker.Domain.Outlets;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>The history's times come from the app's <see cref="TimeProvider"/>, not the machine's clock.</summary>
public sealed class DealTrackerDbContextTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly DealTrackerAppFactory _app = new() { Seed = false };
    private WebApplicationFactory<Program> _clocked = default!;

    public Task InitializeAsync()
    {
        _clock.Advance(TimeSpan.FromDays(-400));
        _clocked = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _clocked.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SaveChangesAsync_EditorsSave_HistoryStampedWithTheAppsClock()
    {
        var factory = _clocked.Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Editor = new EditorStamp("clock-test", "clock@dealtracker.test");
            db.Outlets.Add(new Outlet { Slug = "clocked", Name = "Clocked", Kind = OutletKind.Online });
            await db.SaveChangesAsync();
        }

        await using var read = _app.CreateDbContext();
        var record = await read.ChangeRecords.SingleAsync(c => c.ItemType == "Outlet");
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, record.At, TimeSpan.FromMilliseconds(1));
    }
}
