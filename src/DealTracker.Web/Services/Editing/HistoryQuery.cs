using System.Globalization;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>One change as the history list shows it; <paramref name="Id"/> is the change's own, increasing as changes are recorded.</summary>
public sealed record HistoryEntry(long Id, string ItemType, int ItemId, ChangeAction Action, DateTime At, string EditorName, IReadOnlyList<FieldChange> Changes);

/// <summary>Part of an item's history, newest first, and how many changes it holds in all (nothing is cut: the rest is paged to).</summary>
/// <remarks><paramref name="More"/>: whether older changes follow this part (the next page of the API's cursor).</remarks>
public sealed record HistoryPage(IReadOnlyList<HistoryEntry> Items, int Total, bool More = false);

/// <summary>The history of an item: every recorded change, newest first.</summary>
public sealed class HistoryQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    /// <summary>The most changes one call returns (the rest is a later page, never cut).</summary>
    public const int Limit = 200;

    /// <summary>
    /// Every kind of item the store keeps a history of (the domain's entities, as <see cref="ChangeLog"/> names them): the item
    /// types the history itself answers with, each of them also one to ask about.
    /// </summary>
    public static readonly IReadOnlyList<string> ItemTypes =
        [nameof(Report), nameof(Claim), nameof(Reliance), nameof(Outlet), nameof(Party), nameof(Deal), nameof(DealParty), nameof(DealLink), nameof(DealEvent)];

    /// <summary>The item type as the store names it, in any case ("report" is "Report"); null for one it keeps no history of.</summary>
    public static string? ItemTypeNamed(string? name) =>
        ItemTypes.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether there is such an item: it is in the store, or was (a removed party row, reliance or link still has its history).
    /// Reports and claims are never deleted.
    /// </summary>
    public async Task<bool> ExistsAsync(string itemType, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = itemType switch
        {
            nameof(Report) => db.Reports.AnyAsync(r => r.Id == itemId, cancellationToken),
            nameof(Claim) => db.Claims.AnyAsync(c => c.Id == itemId, cancellationToken),
            nameof(Reliance) => db.Reliances.AnyAsync(r => r.Id == itemId, cancellationToken),
            nameof(Outlet) => db.Outlets.AnyAsync(o => o.Id == itemId, cancellationToken),
            nameof(Party) => db.Parties.AnyAsync(p => p.Id == itemId, cancellationToken),
            nameof(Deal) => db.Deals.AnyAsync(d => d.Id == itemId, cancellationToken),
            nameof(DealParty) => db.DealParties.AnyAsync(p => p.Id == itemId, cancellationToken),
            nameof(DealLink) => db.DealLinks.AnyAsync(l => l.Id == itemId, cancellationToken),
            nameof(DealEvent) => db.Events.AnyAsync(e => e.Id == itemId, cancellationToken),
            _ => Task.FromResult(false),
        };
        return await stored || await db.ChangeRecords.AnyAsync(c => c.ItemType == itemType && c.ItemId == itemId, cancellationToken);
    }

    /// <summary>
    /// An item's own changes, newest first, skipping the <paramref name="skip"/> newest and taking at most <paramref name="take"/>
    /// (1 to <see cref="Limit"/>), with how many there are in all; for a report, also those of its claims and reliances; for a
    /// deal, also those of its parties' rows. Given <paramref name="olderThan"/> (an entry's <see cref="HistoryEntry.Id"/>), only the
    /// changes recorded before that one count, the total too: the panel's "show older", which a change recorded meanwhile does not
    /// shift. Changes are only ever added, at the newest end, so paging by <paramref name="skip"/> never misses one either (a change
    /// recorded between two pages shows the oldest of the first page again). Given <paramref name="startBefore"/> (the API's cursor),
    /// the part starts at the change before that one while the total still counts them all: no change is shown twice, and the part
    /// is read off the order, not counted from the newest.
    /// </summary>
    public async Task<HistoryPage> ForItemAsync(
        string itemType, int itemId, int skip = 0, int take = Limit, long? olderThan = null, CancellationToken cancellationToken = default,
        long? startBefore = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, Limit);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partyRows = DealPartyRows(db, itemId);
        var query = itemType switch
        {
            "Report" => db.ChangeRecords.Where(c => (c.ItemType == itemType && c.ItemId == itemId) || c.ReportId == itemId),
            "Deal" => db.ChangeRecords.Where(c => (c.ItemType == itemType && c.ItemId == itemId)
                || (c.ItemType == nameof(DealParty) && partyRows.Contains(c.ItemId))),
            _ => db.ChangeRecords.Where(c => c.ItemType == itemType && c.ItemId == itemId),
        };
        if (olderThan is { } before)
        {
            query = query.Where(c => c.Id < before);
        }

        var total = await query.CountAsync(cancellationToken);
        if (startBefore is { } start)
        {
            query = query.Where(c => c.Id < start);
        }

        List<ChangeRecord> records = skip >= total ? [] : await query.OrderByDescending(c => c.Id).Skip(skip).Take(take + 1).ToListAsync(cancellationToken);
        return new HistoryPage([.. records.Take(take).Select(ToEntry)], total, records.Count > take);
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
        record.Id, record.ItemType, record.ItemId, record.Action, DateTime.SpecifyKind(record.At, DateTimeKind.Utc), record.EditorName,
        JsonSerializer.Deserialize(record.Changes, FieldChangeJson.Default.ListFieldChange) ?? []);
}
