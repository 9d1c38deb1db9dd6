using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>A folder of its own for a test's SQLite files, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dealtracker-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => PathOf("dealtracker.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Polls <paramref name="condition"/> until it holds; false if it did not within <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (!condition())
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return true;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean.
        }
    }
}
