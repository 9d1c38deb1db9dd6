using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DealTracker.Web.Data.Headlines;

/// <summary>
/// Which deals' headlines one save can change, read from the tracked changes before the save: the deals of
/// every claim it adds, edits or removes; for an edited or removed report and for any reliance it adds, edits
/// or removes, the deals of every report whose reliance chains reach that report (their independent origins
/// may change); the deals citing an edited party, and for an edited outlet the deals whose chains reach its
/// reports or a report relying on it (names are part of a headline and of the kept views); and new deals.
/// </summary>
internal sealed class DealHeadlineChanges
{
    private readonly HashSet<int> _deals = [];
    private readonly HashSet<int> _reports = [];
    private readonly HashSet<int> _parties = [];
    private readonly HashSet<int> _outlets = [];
    private readonly List<object> _added = []; // claims and deals whose ids the save assigns

    private DealHeadlineChanges()
    {
    }

    public bool IsEmpty => _deals.Count == 0 && _reports.Count == 0 && _parties.Count == 0 && _outlets.Count == 0 && _added.Count == 0;

    public static DealHeadlineChanges Capture(ChangeTracker tracker)
    {
        var changes = new DealHeadlineChanges();
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            changes.Note(entry);
        }

        return changes;
    }

    private void Note(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Claim claim:
                _added.Add(claim); // its deal, read after the save (a new deal's id is assigned by it)
                AddKnown(_deals, entry, nameof(Claim.DealId));
                break;
            case Deal deal when entry.State == EntityState.Added:
                _added.Add(deal);
                break;
            case Report when entry.State != EntityState.Added:
                AddKnown(_reports, entry, nameof(Report.Id));
                break;
            case Reliance:
                AddKnown(_reports, entry, nameof(Reliance.ReportId));
                break;
            case Party when entry.State != EntityState.Added:
                AddKnown(_parties, entry, nameof(Party.Id));
                break;
            case Outlet when entry.State != EntityState.Added:
                AddKnown(_outlets, entry, nameof(Outlet.Id));
                break;
            default:
                break;
        }
    }

    /// <summary>The property's stored value (before the save), unless the save is the one to assign it.</summary>
    private static void AddKnown(HashSet<int> ids, EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        if (entry.State != EntityState.Added && value.OriginalValue is int original)
        {
            ids.Add(original);
        }

        if (!value.IsTemporary && value.CurrentValue is int current && current > 0)
        {
            ids.Add(current);
        }
    }

    /// <summary>Before the save: the deals whose evidence reaches what the save changes (the store as it was).</summary>
    public async Task<HashSet<int>> DealsBeforeAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var deals = new HashSet<int>(_deals);
        if (_reports.Count > 0)
        {
            deals.UnionWith(await Services.Evidence.RelianceChains.DealsReachingAsync(db, _reports, cancellationToken));
        }

        if (_parties.Count > 0)
        {
            var parties = _parties.ToList();
            deals.UnionWith(await db.Claims.Where(c => c.PartyId != null && EF.Parameter(parties).Contains(c.PartyId.Value)).Select(c => c.DealId).Distinct()
                .ToListAsync(cancellationToken));
        }

        if (_outlets.Count > 0)
        {
            // The deals whose reliance chains reach the outlet's reports or a report relying on the outlet itself name it
            // (the kept figure cards' origins and "cites …", the compare page's graph), as do the deals of its own claims.
            var outlets = _outlets.ToList();
            var naming = await db.Reports.Where(r => EF.Parameter(outlets).Contains(r.OutletId)).Select(r => r.Id)
                .Concat(db.Reliances.Where(x => x.TargetOutletId != null && EF.Parameter(outlets).Contains(x.TargetOutletId.Value)).Select(x => x.ReportId))
                .ToListAsync(cancellationToken);
            deals.UnionWith(await Services.Evidence.RelianceChains.DealsReachingAsync(db, naming, cancellationToken));
        }

        return deals;
    }

    /// <summary>After the save: the deals of the claims and deals it added or edited, their ids now known.</summary>
    public IEnumerable<int> DealsAfter() =>
        _added.Select(item => item switch
        {
            Claim claim => claim.DealId,
            Deal deal => deal.Id,
            _ => 0,
        }).Where(id => id > 0);
}
