using System.Data.Common;
using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Intake;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// The inbox's orders are read off an index on a real SQLite store, so a deep page costs about what the first does: SQLite's plan
/// for each order, with and without a status filter, sorts nothing in a temporary tree.
/// </summary>
public sealed class InboxOrderTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData(InboxOrder.Ranked, true)]
    [InlineData(InboxOrder.Ranked, false)]
    [InlineData(InboxOrder.Newest, true)]
    [InlineData(InboxOrder.Newest, false)]
    public async Task Ordered_EachOrderWithOrWithoutStatus_IsReadOffAnIndexWithoutSorting(InboxOrder order, bool newOnly)
    {
        if (DealTrackerAppFactory.PostgreSqlServer is not null)
        {
            return; // the plan read here is SQLite's
        }

        await using var db = _app.CreateDbContext();
        var items = db.InboxItems.AsNoTracking();
        if (newOnly)
        {
            items = items.Where(i => i.Status == InboxStatus.New);
        }

        var sql = InboxService.Ordered(items, order).Select(i => i.Id).ToQueryString();
        var plan = await PlanAsync(db.Database.GetDbConnection(), sql);

        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        Assert.Contains("INDEX", plan, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(DbConnection connection, string sql)
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join(" | ", details);
    }
}
