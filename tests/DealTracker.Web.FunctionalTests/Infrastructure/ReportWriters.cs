using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// Concurrent editors entering reports through the write API. Every report whose 201 arrived is
/// acknowledged: the app has promised it is stored.
/// </summary>
public sealed class ReportWriters(HttpClient client, int outletId)
{
    private readonly ConcurrentDictionary<int, long> _acknowledged = new();
    private long _sequence;
    private int _failures;

    /// <summary>The ids of every report acknowledged with 201 so far.</summary>
    public IReadOnlyCollection<int> Acknowledged => [.. _acknowledged.Keys];

    /// <summary>Requests that got an answer other than 201, or no answer (expected once the app is killed or stopping).</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Enters the first report alone: the store is known to take writes before the writers start.</summary>
    public async Task<int> EnterOneAsync()
    {
        var response = await client.PostAsJsonAsync("/api/reports", Body(Interlocked.Increment(ref _sequence)));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Entering a report answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        _acknowledged[id] = 0;
        return id;
    }

    /// <summary>Runs <paramref name="writers"/> writers until <paramref name="stop"/> is cancelled, each has written <paramref name="perWriter"/> reports, or the app stops answering.</summary>
    public Task RunAsync(int writers, int perWriter, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => WriteAsync(perWriter, stop), CancellationToken.None)));

    private async Task WriteAsync(int count, CancellationToken stop)
    {
        for (var i = 0; i < count && !stop.IsCancellationRequested; i++)
        {
            try
            {
                var response = await client.PostAsJsonAsync("/api/reports", Body(Interlocked.Increment(ref _sequence)), CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetInt32();
                    _acknowledged[id] = 0;
                }
                else
                {
                    Interlocked.Increment(ref _failures);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                // The app is gone (killed) or stopped answering: this writer is done.
                Interlocked.Increment(ref _failures);
                return;
            }
        }
    }

    private Dictionary<string, object?> Body(long n) => new()
    {
        ["outletId"] = outletId,
        ["headline"] = $"Fault test report {n}",
        ["url"] = $"https://example.com/fault-test/{Guid.NewGuid():N}",
        ["publishedOn"] = "2026-02-02",
        ["publishedPrecision"] = "day",
    };
}
