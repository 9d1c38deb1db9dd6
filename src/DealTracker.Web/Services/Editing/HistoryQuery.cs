using System.Text.Json;
using DealTracker.Domain.History;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>One change as the history list shows it.</summary>
public sealed record HistoryEntry(string ItemType, int ItemId, ChangeAction Action, DateTime At, string EditorName, IReadOnlyList<FieldChange> Changes);

/// <summary>The history of an item: every recorded change, newest first.</summary>
public sealed class HistoryQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public const int Limit = 200;

    /// <summary>An item's own changes; for a report, also those of its claims and reliances.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForItemAsync(string itemType, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = itemType == "Report"
            ? db.ChangeRecords.Where(c => (c.ItemType == itemType && c.ItemId == itemId) || c.ReportId == itemId)
            : db.ChangeRecords.Where(c => c.ItemType == itemType && c.ItemId == itemId);
        var records = await query.OrderByDescending(c => c.Id).Take(Limit).ToListAsync(cancellationToken);
        return [.. records.Select(ToEntry)];
    }

    /// <summary>The latest changes across the store, for the editor desk.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.ChangeRecords.OrderByDescending(c => c.Id).Take(Math.Clamp(count, 1, Limit)).ToListAsync(cancellationToken);
        return [.. records.Select(ToEntry)];
    }

    private static HistoryEntry ToEntry(ChangeRecord record) => new(
        record.ItemType, record.ItemId, record.Action, DateTime.SpecifyKind(record.At, DateTimeKind.Utc), record.EditorName,
        JsonSerializer.Deserialize(record.Changes, FieldChangeJson.Default.ListFieldChange) ?? []);
}
