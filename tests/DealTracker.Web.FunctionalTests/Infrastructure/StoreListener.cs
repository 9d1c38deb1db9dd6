using DealTracker.Web.Data.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Waits for a PostgreSQL node's store listener, which bumps the store version once when it first reads the version row.</summary>
public static class StoreListener
{
    /// <summary>
    /// Returns once the node's listener is connected and has read the row (at once on SQLite, which has none), so that requests made
    /// afterwards all see one store version, as on a node that has been up for a while.
    /// </summary>
    public static async Task WaitUntilListeningAsync(IServiceProvider services)
    {
        if (services.GetService<PostgreSqlStoreChanges>() is { } listener)
        {
            Assert.True(await TempStore.WaitUntilAsync(() => listener.IsListening, TimeSpan.FromSeconds(15)), "The node's store listener never connected.");
        }
    }
}
