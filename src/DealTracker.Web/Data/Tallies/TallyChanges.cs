using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DealTracker.Web.Data.Tallies;

/// <summary>
/// Keeps the outlets' and deals' counts right on every save: notes which outlets and deals the saved reports,
/// claims and reliances belonged to (before and after the edit), then counts those again from the store, in the
/// save's transaction (<see cref="DealTrackerDbContext.SaveChangesAsync(bool, CancellationToken)"/>). Counted
/// again, not added to: whatever the kind of edit (new, moved, redated, retracted, removed), the kept value is
/// what a count over the store would give.
/// </summary>
internal sealed class TallyChanges
{
    private readonly HashSet<int> _outlets = [];
    private readonly HashSet<int> _deals = [];
    private readonly HashSet<int> _outletsOfReports = []; // reports whose outlet's counts change (a claim or reliance on them)
    private readonly HashSet<int> _dealsOfReports = []; // edited or removed reports: the deals of their claims
    private readonly List<object> _saved = []; // added or edited items: their ids are read after the save (new ones get theirs then)

    /// <summary>True when the save touches no report, claim, reliance, outlet or deal: nothing to count again.</summary>
    public bool IsEmpty => _saved.Count == 0 && _outlets.Count == 0 && _deals.Count == 0 && _outletsOfReports.Count == 0;

    public static TallyChanges Capture(ChangeTracker tracker)
    {
        var changes = new TallyChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is Report or Claim or Reliance or Outlet or Deal)
            {
                if (entry.State != EntityState.Added)
                {
                    changes.AddOriginal(entry);
                }

                if (entry.State != EntityState.Deleted)
                {
                    changes._saved.Add(entry.Entity);
                }
            }
        }

        return changes;
    }

    /// <summary>Before the save: the deals of the edited or removed reports' claims (a removed report takes its claims with it).</summary>
    public async Task ReadBeforeSaveAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (_dealsOfReports.Count > 0)
        {
            var reportIds = _dealsOfReports.ToArray();
            _deals.UnionWith(await db.Claims.Where(c => EF.Parameter(reportIds).Contains(c.ReportId)).Select(c => c.DealId).Distinct().ToListAsync(cancellationToken));
        }
    }

    /// <summary>After the save, in its transaction: counts the touched deals' and outlets' records again.</summary>
    public async Task ApplyAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        AddSaved();
        if (_outletsOfReports.Count > 0)
        {
            var reportIds = _outletsOfReports.ToArray();
            _outlets.UnionWith(await db.Reports.Where(r => EF.Parameter(reportIds).Contains(r.Id)).Select(r => r.OutletId).Distinct().ToListAsync(cancellationToken));
        }

        if (_deals.Count > 0)
        {
            // The outlets that were first on these deals' figures, and those that are now, both have a new "first" count.
            var dealIds = _deals.ToArray();
            var firstOutlets = db.FirstReports.Where(f => EF.Parameter(dealIds).Contains(f.DealId)).Select(f => f.OutletId).Distinct();
            _outlets.UnionWith(await firstOutlets.ToListAsync(cancellationToken));
            await TallySql.RefreshFirstsAsync(db, dealIds, cancellationToken);
            _outlets.UnionWith(await firstOutlets.ToListAsync(cancellationToken));
            await TallySql.RefreshDealsAsync(db, dealIds, cancellationToken);
        }

        await TallySql.RefreshOutletsAsync(db, _outlets, cancellationToken);
    }

    private void AddOriginal(EntityEntry entry)
    {
        int Original(string property) => (int)entry.OriginalValues[property]!;
        switch (entry.Entity)
        {
            case Report report:
                _outlets.Add(Original(nameof(Report.OutletId)));
                _dealsOfReports.Add(report.Id);
                break;
            case Claim:
                _deals.Add(Original(nameof(Claim.DealId)));
                _outletsOfReports.Add(Original(nameof(Claim.ReportId)));
                break;
            case Reliance:
                _outletsOfReports.Add(Original(nameof(Reliance.ReportId)));
                break;
        }
    }

    private void AddSaved()
    {
        foreach (var item in _saved)
        {
            switch (item)
            {
                case Report report:
                    _outlets.Add(report.OutletId);
                    break;
                case Claim claim:
                    _deals.Add(claim.DealId);
                    _outletsOfReports.Add(claim.ReportId);
                    break;
                case Reliance reliance:
                    _outletsOfReports.Add(reliance.ReportId);
                    break;
                case Outlet outlet:
                    _outlets.Add(outlet.Id);
                    break;
                case Deal deal:
                    _deals.Add(deal.Id);
                    break;
            }
        }
    }
}
