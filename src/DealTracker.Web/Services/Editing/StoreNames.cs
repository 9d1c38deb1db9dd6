using DealTracker.Domain.Figures.Context;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// The store's parties and outlets as the context reader knows them (<see cref="KnownNames"/>), for <c>POST /api/extract</c>:
/// read once and again whenever the store changes (<see cref="StoreVersion"/>), so the API reads a text as the paste panel does.
/// </summary>
public sealed class StoreNames(IDbContextFactory<DealTrackerDbContext> dbFactory, StoreVersion version)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<KnownNames> GetAsync(CancellationToken cancellationToken = default)
    {
        var wanted = version.Value;
        if (_current is { } current && current.Version == wanted)
        {
            return current.Names;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Version == wanted)
            {
                return loaded.Names;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var parties = await EditorLookups.PartyNamesAsync(db, cancellationToken);
            var outlets = await EditorLookups.OutletNamesAsync(db, cancellationToken);
            var names = KnownName.ForReader(parties, outlets);
            _current = new Snapshot(wanted, names);
            return names;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed record Snapshot(long Version, KnownNames Names);
}
