using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealTracker.Web.Data;

/// <summary>
/// A number that changes whenever anything is saved to the store. Cached read models are keyed
/// by it, so a saved edit shows on every public page at once.
/// </summary>
public sealed class StoreVersion : SaveChangesInterceptor
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>Marks the store as changed (also for bulk writes that bypass SaveChanges).</summary>
    public void Bump() => Interlocked.Increment(ref _value);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Bump();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump();
        return ValueTask.FromResult(result);
    }
}
