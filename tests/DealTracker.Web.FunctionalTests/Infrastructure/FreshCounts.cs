using DealTracker.Domain.Claims;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>An outlet's record counted over the whole store, as the outlet pages showed it before the counts were kept.</summary>
public sealed record OutletCounts(int Reports, int Claims, int Original, int First);

/// <summary>A deal's reports and claims counted over the whole store.</summary>
public sealed record DealCounts(int Reports, int Claims);

/// <summary>
/// The outlets' and deals' counts worked out here, in memory, from every report, claim and reliance in the store: what
/// the kept counts (Data/Tallies) must equal after any edit.
/// </summary>
public static class FreshCounts
{
    public static async Task<Dictionary<string, OutletCounts>> OutletsAsync(DealTrackerDbContext db)
    {
        var reports = await db.Reports.Select(r => new { r.Id, r.OutletId, r.PublishedOn }).ToDictionaryAsync(r => r.Id);
        var claims = await db.Claims.Select(c => new { c.ReportId, c.DealId, c.Metric, c.PartyId, c.Status, c.Hedge }).ToListAsync();
        var relying = (await db.Reliances.Select(x => x.ReportId).ToListAsync()).ToHashSet();
        var outlets = await db.Outlets.Select(o => new { o.Id, o.Slug }).ToListAsync();

        // First: per figure (deal, metric, party), the earliest dated report with a standing money claim, then the lowest id.
        var firsts = claims
            .Where(c => c.Status == ClaimStatus.Standing && c.Hedge is not null && reports[c.ReportId].PublishedOn is not null)
            .GroupBy(c => (c.DealId, c.Metric, c.PartyId))
            .Select(g => g.Select(c => reports[c.ReportId]).OrderBy(r => r.PublishedOn).ThenBy(r => r.Id).First().OutletId)
            .CountBy(outletId => outletId)
            .ToDictionary();
        return outlets.ToDictionary(o => o.Slug, o => new OutletCounts(
            reports.Values.Count(r => r.OutletId == o.Id),
            claims.Count(c => reports[c.ReportId].OutletId == o.Id),
            reports.Values.Count(r => r.OutletId == o.Id && !relying.Contains(r.Id)),
            firsts.GetValueOrDefault(o.Id)));
    }

    public static async Task<Dictionary<string, DealCounts>> DealsAsync(DealTrackerDbContext db)
    {
        var claims = await db.Claims.Select(c => new { c.DealId, c.ReportId }).ToListAsync();
        var deals = await db.Deals.Select(d => new { d.Id, d.Slug }).ToListAsync();
        return deals.ToDictionary(d => d.Slug, d => new DealCounts(
            claims.Where(c => c.DealId == d.Id).Select(c => c.ReportId).Distinct().Count(),
            claims.Count(c => c.DealId == d.Id)));
    }

    /// <summary>The kept counts as stored (Data/Tallies); an outlet or deal without a kept row has none of anything.</summary>
    public static async Task<Dictionary<string, OutletCounts>> KeptOutletsAsync(DealTrackerDbContext db)
    {
        var kept = await db.OutletTallies.ToDictionaryAsync(t => t.OutletId);
        return await db.Outlets.Select(o => new { o.Id, o.Slug }).ToDictionaryAsync(
            o => o.Slug,
            o => kept.TryGetValue(o.Id, out var t) ? new OutletCounts(t.Reports, t.Claims, t.Original, t.First) : new OutletCounts(0, 0, 0, 0));
    }

    public static async Task<Dictionary<string, DealCounts>> KeptDealsAsync(DealTrackerDbContext db)
    {
        var kept = await db.DealTallies.ToDictionaryAsync(t => t.DealId);
        return await db.Deals.Select(d => new { d.Id, d.Slug }).ToDictionaryAsync(
            d => d.Slug,
            d => kept.TryGetValue(d.Id, out var t) ? new DealCounts(t.Reports, t.Claims) : new DealCounts(0, 0));
    }
}
