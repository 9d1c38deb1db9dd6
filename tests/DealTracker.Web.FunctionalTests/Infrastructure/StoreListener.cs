using DealTracker.Web.Data;
using DealTracker.Web.Data.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Waits for a PostgreSQL node's store listener, which bumps the store version once when it first reads the version row.</summary>
public static class StoreListener
{
    /// <summary>
    /// Returns once the node's listener is connected and has read the row (at once on SQLite, which has none), and the store version
    /// has then stayed the same for a second, so that requests made afterwards all see one store version, as on a node that has been
    /// up for a while. The quiet second is for CI on a loaded machine: twice (2026-12-03, 2026-12-04) an ETag test on PostgreSQL saw
    /// the version move between two reads with nothing saved, just after start; the cause is not found yet (docs/architecture.md).
    /// </summary>
    public static async Task WaitUntilListeningAsync(IServiceProvider services)
    {
        if (services.GetService<PostgreSqlStoreChanges>() is { } listener)
        {
            Assert.True(await TempStore.WaitUntilAsync(() => listener.IsListening, TimeSpan.FromSeconds(15)), "The node's store listener never connected.");
            var version = services.GetRequiredService<StoreVersion>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            var seen = version.Value;
            while (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                if (version.Value == seen)
                {
                    return;
                }

                seen = version.Value;
            }

            Assert.Fail("The store version kept moving on a node where nothing was saved.");
        }
    }
}
