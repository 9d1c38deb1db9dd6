using System.Text.Json;
using DealTracker.Domain.Analysis;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Headlines;
using DealTracker.Web.Services.Compare;
using DealTracker.Web.Services.Pages;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Evidence;

/// <summary>
/// Works out and stores each deal's <see cref="DealHeadline"/>: the first of the headline figures the overview
/// shows (the same evidence, <see cref="DealEvidence"/>, and the same rule, <see cref="HeadlineFigure"/>), so
/// the deals page reads one row a deal instead of every claim and reliance in the store. Called inside the
/// transaction of the save that changed the evidence, by the synthetic generator after its bulk load, and at
/// start-up for deals that have no row yet (a store migrated from before the table). The same row keeps what the
/// deal's pages would otherwise work out from every claim on each render, as they stand (no <c>asOf</c>): the
/// overview's figure cards, latest reports and counts, the compare page's view and the timeline's outlet filter, as JSON.
/// </summary>
internal static class DealHeadlines
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.General);

    /// <summary>Recomputes the headlines of these deals (those that still exist).</summary>
    public static async Task RefreshAsync(DealTrackerDbContext db, IEnumerable<int> dealIds, CancellationToken cancellationToken)
    {
        var wanted = dealIds.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var existing = await db.Deals.Where(d => wanted.Contains(d.Id)).Select(d => d.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var dealId in existing)
        {
            var headline = await ComputeAsync(db, dealId, cancellationToken);
            // One statement for both providers (SQLite 3.24+ and PostgreSQL know ON CONFLICT ... DO UPDATE).
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "DealHeadlines" ("DealId", "Figure", "FigureTitle", "FigureSource", "OverviewJson", "CompareJson", "TimelineOutletsJson", "AsOfEvidence")
                VALUES ({dealId}, {headline.Figure}, {headline.FigureTitle}, {headline.FigureSource},
                        {headline.OverviewJson}, {headline.CompareJson}, {headline.TimelineOutletsJson}, {headline.AsOfEvidence})
                ON CONFLICT ("DealId") DO UPDATE
                SET "Figure" = excluded."Figure", "FigureTitle" = excluded."FigureTitle", "FigureSource" = excluded."FigureSource",
                    "OverviewJson" = excluded."OverviewJson", "CompareJson" = excluded."CompareJson",
                    "TimelineOutletsJson" = excluded."TimelineOutletsJson", "AsOfEvidence" = excluded."AsOfEvidence"
                """,
                cancellationToken);
        }
    }

    /// <summary>Recomputes every deal's headline (after a bulk load that bypassed the change tracker).</summary>
    public static async Task RefreshAllAsync(DealTrackerDbContext db, CancellationToken cancellationToken) =>
        await RefreshAsync(db, await db.Deals.Select(d => d.Id).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Works out the headlines of deals that have none yet, or whose kept views are not worked out yet, and the evidence
    /// kept for <c>asOf</c> views of rows that lack only that (a store from before the column: no analysis, four reads a
    /// deal); returns how many rows it wrote.
    /// </summary>
    public static async Task<int> RefreshMissingAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Deals
            .Where(d => !db.DealHeadlines.Any(h => h.DealId == d.Id && h.OverviewJson != null && h.CompareJson != null && h.TimelineOutletsJson != null))
            .Select(d => d.Id).ToListAsync(cancellationToken);
        await RefreshAsync(db, missing, cancellationToken);
        var lackingAsOf = await db.DealHeadlines.Where(h => h.AsOfEvidence == null).Select(h => h.DealId).OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var dealId in lackingAsOf)
        {
            var evidence = await DealEvidence.LoadAsync(db, dealId, asOf: null, cancellationToken);
            var reports = await KeptEvidence.DealReportsAsync(db, dealId, asOf: null, cancellationToken);
            var kept = await KeptEvidence.ComputeAsync(db, dealId, evidence, reports, cancellationToken);
            await db.Database.ExecuteSqlAsync($"""UPDATE "DealHeadlines" SET "AsOfEvidence" = {kept} WHERE "DealId" = {dealId}""", cancellationToken);
        }

        return missing.Count + lackingAsOf.Count;
    }

    /// <summary>
    /// The deal's first headline figure as the deals page words it (as the overview would lead with it), and the
    /// deal's kept views: worked out by the same code the pages run when they cannot read them (an <c>asOf</c> view).
    /// </summary>
    internal static async Task<DealHeadline> ComputeAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken)
    {
        var evidence = await DealEvidence.LoadAsync(db, dealId, asOf: null, cancellationToken);
        var figures = HeadlineFigure.From(evidence.FigureClaims, evidence.Graph);
        var figure = figures.FirstOrDefault();
        var first = figure?.Lead.Corroboration.First;
        var overview = await DealOverviewQuery.ComputeAsync(db, dealId, evidence, figures, asOf: null, cancellationToken);
        var reports = await KeptEvidence.DealReportsAsync(db, dealId, asOf: null, cancellationToken);
        var compare = CompareQuery.Compute(evidence, figures, CompareQuery.GraphReports(reports));
        var outlets = await TimelineQuery.OutletOptionsAsync(db, dealId, cancellationToken);
        return new DealHeadline
        {
            DealId = dealId,
            Figure = figure?.Lead.Amount.ToHedgeWords(),
            FigureTitle = figure?.Title,
            FigureSource = first is null ? null : $"first reported by {first.OutletName}, {first.Published}",
            OverviewJson = Write(overview),
            CompareJson = Write(compare),
            TimelineOutletsJson = Write(outlets),
            AsOfEvidence = await KeptEvidence.ComputeAsync(db, dealId, evidence, reports, cancellationToken),
        };
    }

    /// <summary>A kept view read back; null when the deal has none worked out (yet).</summary>
    internal static T? Read<T>(string? json)
        where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, _json);

    private static string Write<T>(T view) => JsonSerializer.Serialize(view, _json);
}
