using System.Globalization;
using System.Text.Json;
using DealTracker.Domain.Deals;
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

    /// <summary>An item's own changes; for a report, also those of its claims and reliances; for a deal, also those of its parties' rows.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForItemAsync(string itemType, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partyRows = DealPartyRows(db, itemId);
        var query = itemType switch
        {
            "Report" => db.ChangeRecords.Where(c => (c.ItemType == itemType && c.ItemId == itemId) || c.ReportId == itemId),
            "Deal" => db.ChangeRecords.Where(c => (c.ItemType == itemType && c.ItemId == itemId)
                || (c.ItemType == nameof(DealParty) && partyRows.Contains(c.ItemId))),
            _ => db.ChangeRecords.Where(c => c.ItemType == itemType && c.ItemId == itemId),
        };
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

    /// <summary>
    /// The ids of every party row the deal has or had: those it has, and those whose creation or removal recorded the deal's id (a
    /// row never moves to another deal, and a removed row is gone from the store but not from its history).
    /// </summary>
    private static IQueryable<int> DealPartyRows(DealTrackerDbContext db, int dealId)
    {
        var created = FieldJson(nameof(DealParty.DealId), null, dealId);
        var removed = FieldJson(nameof(DealParty.DealId), dealId, null);
        return db.DealParties.Where(p => p.DealId == dealId).Select(p => p.Id)
            .Concat(db.ChangeRecords
                .Where(c => c.ItemType == nameof(DealParty) && (c.Changes.Contains(created) || c.Changes.Contains(removed)))
                .Select(c => c.ItemId));
    }

    // One field's change as ChangeLog writes it: {"field":"DealId","before":null,"after":"3"}.
    private static string FieldJson(string field, int? before, int? after) =>
        JsonSerializer.Serialize(new List<FieldChange> { new(field, before?.ToString(CultureInfo.InvariantCulture), after?.ToString(CultureInfo.InvariantCulture)) },
            FieldChangeJson.Default.ListFieldChange)[1..^1];

    private static HistoryEntry ToEntry(ChangeRecord record) => new(
        record.ItemType, record.ItemId, record.Action, DateTime.SpecifyKind(record.At, DateTimeKind.Utc), record.EditorName,
        JsonSerializer.Deserialize(record.Changes, FieldChangeJson.Default.ListFieldChange) ?? []);
}
