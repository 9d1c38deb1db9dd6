namespace DealTracker.Web.Apis;

/// <summary>
/// Bounds how many texts the public <c>/api/extract</c> reads at once, across all clients. Reading is CPU work on the
/// request's thread (about 1.5 s of CPU for 100,000 characters written to be slow), so without a bound a few clients,
/// each within its own per-address rate limit, could hold every core and slow every page. A request waits for a turn at
/// most <c>Extract:QueueSeconds</c> (default 10), then is answered 503 with Retry-After.
/// </summary>
public sealed class ExtractionGate : IDisposable
{
    private readonly SemaphoreSlim _turns;

    public ExtractionGate(IConfiguration configuration)
    {
        MaxConcurrent = Math.Max(1, configuration.GetValue("Extract:MaxConcurrent", Math.Max(1, Environment.ProcessorCount / 2)));
        Wait = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Extract:QueueSeconds", 10)));
        _turns = new SemaphoreSlim(MaxConcurrent, MaxConcurrent);
    }

    /// <summary>How many texts are read at once: half the processors, at least one, unless configured.</summary>
    public int MaxConcurrent { get; }

    /// <summary>How long a request waits for a turn before it is turned away.</summary>
    public TimeSpan Wait { get; }

    /// <summary>A turn to read one text, or null when none came free in time. Dispose the turn when done.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) =>
        await _turns.WaitAsync(Wait, cancellationToken) ? new Turn(_turns) : null;

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
