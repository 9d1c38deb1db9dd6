using DealTracker.Web.Data.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Waits for a PostgreSQL node's store listener to connect and read the version row.</summary>
public static class StoreListener
{
    /// <summary>
    /// Returns once the node's listener is connected and has read the row (at once on SQLite, which has none). Every bump for the
    /// node's own start-up writes (the admin account) has happened by then: a node's own write bumps before its save returns, and its
    /// notice or the row read bumps nothing more (docs/architecture.md, Read-model cache).
    /// </summary>
    public static async Task WaitUntilListeningAsync(IServiceProvider services)
    {
        if (services.GetService<PostgreSqlStoreChanges>() is { } listener)
        {
            Assert.True(await TempStore.WaitUntilAsync(() => listener.IsListening, TimeSpan.FromSeconds(15)), "The node's store listener never connected.");
        }
    }
}
