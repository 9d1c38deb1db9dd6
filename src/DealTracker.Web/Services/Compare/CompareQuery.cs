using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;
using DealTracker.Web.Services.Pages;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Compare;

/// <summary>
/// The compare page: every outlet's figure for every metric, conflicts and agreements, the
/// interval pictures and the reliance graph, from the same evidence as the overview. The SQL is
/// here; the verdicts come from the domain (<see cref="FigureComparison"/>, <see cref="StageComparison"/>),
/// the view from <see cref="CompareMatrix"/> and <see cref="ComparePictures"/>.
/// </summary>
public sealed class CompareQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    /// <summary>Retracted figures listed under the matrix (the newest first).</summary>
    public const int MaxRetracted = 20;

    public Task<CompareView?> GetAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"compare:{slug}:{asOf:yyyy-MM-dd}", () => LoadAsync(slug, asOf, cancellationToken));

    private async Task<CompareView?> LoadAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await DealHeader.FindAsync(db, slug, cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var (compared, retracted) = await KeptAsync(db, deal.Id, asOf, cancellationToken);
        if (compared is null)
        {
            var evidence = await DealEvidence.LoadAsync(db, deal.Id, asOf, cancellationToken);
            var reports = GraphReports(await KeptEvidence.DealReportsAsync(db, deal.Id, asOf, cancellationToken));
            compared = Compute(evidence, HeadlineFigure.From(evidence.FigureClaims, evidence.Graph), reports);
        }

        retracted ??= await RetractedAsync(db, deal.Id, asOf, MaxRetracted, cancellationToken);
        return new CompareView(deal, compared.Columns, compared.Outlets, compared.Charts, compared.Graph, asOf)
        {
            HiddenOutlets = compared.HiddenOutlets,
            Retracted = retracted,
        };
    }

    /// <summary>
    /// The matrix, charts and reliance graph from the evidence and the deal's reports: what the save that changes a deal's
    /// evidence keeps as it stands (<see cref="DealHeadlines"/>), and what an <c>asOf</c> view works out on each render
    /// (from the evidence kept for it, <see cref="KeptEvidence"/>, or before that is kept, from the store).
    /// </summary>
    internal static ComparedDeal Compute(DealEvidence evidence, IReadOnlyList<HeadlineFigure> figures, IReadOnlyList<ReportRef> reports)
    {
        var matrix = CompareMatrix.Build(evidence, figures);
        return new ComparedDeal(matrix.Columns, matrix.Outlets, matrix.Charts, ComparePictures.Graph(evidence, reports), matrix.HiddenOutlets);
    }

    /// <summary>The deal's reports as the reliance graph reads them (its outlets; no dates).</summary>
    internal static List<ReportRef> GraphReports(IEnumerable<KeptEvidence.DealReport> reports) =>
        [.. reports.Select(r => new ReportRef(r.Id, r.OutletId, r.OutletName, null))];

    /// <summary>
    /// As it stands: the deal's kept view (one query; the retracted figures are read apart). As of a day: the view and the
    /// retracted figures worked out from the deal's kept evidence cut to the day (one query). Nulls before either is kept.
    /// </summary>
    private static async Task<(ComparedDeal? Compared, IReadOnlyList<RetractedFigure>? Retracted)> KeptAsync(
        DealTrackerDbContext db, int dealId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (asOf is null)
        {
            return (DealHeadlines.Read<ComparedDeal>(
                await db.DealHeadlines.Where(h => h.DealId == dealId).Select(h => h.CompareJson).FirstOrDefaultAsync(cancellationToken)), null);
        }

        return await KeptEvidence.ReadAsync(db, dealId, asOf.Value, cancellationToken) is { } kept
            ? (Compute(kept.Evidence, HeadlineFigure.From(kept.Evidence.FigureClaims, kept.Evidence.Graph), kept.Reports), kept.Retracted)
            : (null, null);
    }

    /// <summary>Figures and stages that were retracted, the newest first (at most <paramref name="max"/>): shown, marked, never counted.</summary>
    internal static async Task<List<RetractedFigure>> RetractedAsync(DealTrackerDbContext db, int dealId, DateOnly? asOf, int max, CancellationToken cancellationToken)
    {
        var retracted = await db.Claims
            .Where(c => c.DealId == dealId && c.Status == ClaimStatus.Retracted && (c.Hedge != null || c.TalksStage != null))
            .Where(c => asOf == null || c.Report!.PublishedUntil <= asOf)
            .OrderByDescending(c => c.Id).Take(max)
            .Select(c => new
            {
                c.ReportId, Outlet = c.Report!.Outlet!.Name, c.Metric, Party = c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh,
                c.TalksStage, c.Report.PublishedOn, c.Report.PublishedPrecision, c.RetractionReason,
            })
            .ToListAsync(cancellationToken);
        return [.. retracted.Select(c => new RetractedFigure(
            c.ReportId, c.Outlet, DisplayNames.FigureTitle(c.Metric, c.Party),
            c.Hedge is { } hedge && c.Currency is { } currency
                ? HedgedAmount.Create(hedge, currency, c.Amount, c.AmountLow, c.AmountHigh).ToHedgeWords()
                : c.TalksStage is { } stage ? DisplayNames.Of(stage) : "",
            DealEvidence.DateText(c.PublishedOn, c.PublishedPrecision), c.RetractionReason))];
    }
}
