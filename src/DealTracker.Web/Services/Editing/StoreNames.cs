using System.Data.Common;
using DealTracker.Domain.Figures.Context;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// The store's parties and outlets as the context reader knows them (<see cref="KnownNames"/>), for <c>POST /api/extract</c>:
/// read once and again whenever the store changes (<see cref="StoreVersion"/>), so the API reads a text as the paste panel does.
/// The extractor needs no store: when the store cannot be read, the names last read (or none) are used and a warning is logged,
/// so <c>POST /api/extract</c> still answers. The outlets are also kept as <see cref="KnownName"/>s, so a source's <c>outlet</c> is
/// the known outlet it names, matched as the paste panel matches it (<see cref="OutletNames"/>).
/// </summary>
public sealed class StoreNames(IDbContextFactory<DealTrackerDbContext> dbFactory, StoreVersion version, ILogger<StoreNames> logger)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<KnownNames> GetAsync(CancellationToken cancellationToken = default) => (await ReadAsync(cancellationToken)).Names;

    /// <summary>The names as the context reader knows them, and the store's outlets to map a source to.</summary>
    public async Task<Snapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var wanted = version.Value;
        if (_current is { } current && current.Version == wanted)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Version == wanted)
            {
                return loaded;
            }

            var read = await LoadAsync(wanted, cancellationToken);
            if (read is null)
            {
                return _current ?? new Snapshot(wanted, KnownNames.None, []);
            }

            _current = read;
            return read;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot?> LoadAsync(long wanted, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var parties = await EditorLookups.PartyNamesAsync(db, cancellationToken);
            var outlets = await EditorLookups.OutletNamesAsync(db, cancellationToken);
            return new Snapshot(wanted, KnownName.ForReader(parties, outlets), outlets);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The store's party and outlet names could not be read; the extractor reads without them");
            return null;
        }
    }

    /// <summary>The names read at one store version.</summary>
    public sealed record Snapshot(long Version, KnownNames Names, IReadOnlyList<KnownName> Outlets);
}
