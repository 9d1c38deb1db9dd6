using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Pages;

/// <summary>
/// Builds a deal's overview, as it stands or as it stood on a day, with a fixed number of SQL
/// queries whatever the data size: the deal and its parties, its figure cards, latest reports and
/// counts (kept as they stand; as of a day, from the evidence: standing figures and the reliance edges
/// behind them), and its related deals.
/// </summary>
public sealed class DealOverviewQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    private const int LatestReportCount = KeptEvidence.LatestReports;

    /// <summary>At most this many values in a figure's spread, and sources listed under it; the rest are counted.</summary>
    private const int MaxVariants = 6;
    private const int MaxSources = 12;

    /// <param name="slug">The deal's slug, or null for the featured deal.</param>
    /// <param name="asOf">Show only what had certainly been reported by this day; null for everything.</param>
    public Task<DealOverview?> GetAsync(string? slug, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"overview:{slug}:{asOf:yyyy-MM-dd}", () => LoadAsync(slug, asOf, cancellationToken));

    private async Task<DealOverview?> LoadAsync(string? slug, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var dealQuery = slug is null
            ? db.Deals.FeaturedFirst()
            : db.Deals.Where(d => d.Slug == slug);
        var deal = await dealQuery
            .Select(d => new
            {
                d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.StageNote,
                Parties = d.Parties.Select(p => new { p.Party!.Name, p.Party.Slug, p.Role, p.Party.Description, p.Note }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var figures = await FiguresAsync(db, deal.Id, asOf, cancellationToken);

        var related = await db.DealLinks
            .Where(l => l.DealId == deal.Id || l.RelatedDealId == deal.Id)
            .Select(l => l.DealId == deal.Id
                ? new { l.RelatedDeal!.Slug, l.RelatedDeal.Title, l.RelatedDeal.Stage, l.Relation }
                : new { l.Deal!.Slug, l.Deal.Title, l.Deal.Stage, l.Relation })
            .ToListAsync(cancellationToken);

        return new DealOverview(
            new DealHeader(deal.Id, deal.Slug, deal.Title, deal.Summary, DisplayNames.Of(deal.Stage), deal.StageNote),
            deal.Parties
                .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new PartyRoleView(p.Name, p.Slug, DisplayNames.Of(p.Role), p.Description, p.Note)).ToList(),
            figures.Figures,
            figures.LatestReports,
            figures.ReportCount,
            figures.OutletCount,
            related.Select(d => new RelatedDealView(d.Slug, d.Title, DisplayNames.Of(d.Stage), d.Relation)).ToList(),
            asOf);
    }

    /// <summary>The deal's latest reports (as of the day), the newest first.</summary>
    private static Task<List<ReportListItem>> LatestAsync(DealTrackerDbContext db, int dealId, DateOnly? asOf, CancellationToken cancellationToken) =>
        ListItemsAsync(
            db.Reports
                .Where(r => r.Claims.Any(c => c.DealId == dealId))
                .Where(r => asOf == null || r.PublishedUntil <= asOf)
                .OrderBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
                .Take(LatestReportCount),
            cancellationToken);

    /// <summary>These reports (the latest, found in the kept evidence), in this order.</summary>
    private static async Task<List<ReportListItem>> LatestAsync(DealTrackerDbContext db, IReadOnlyList<int> reportIds, CancellationToken cancellationToken)
    {
        var ids = reportIds.Take(LatestReportCount).ToList();
        var items = await ListItemsAsync(db.Reports.Where(r => ids.Contains(r.Id)), cancellationToken);
        return [.. items.OrderBy(r => ids.IndexOf(r.Id))];
    }

    private static async Task<List<ReportListItem>> ListItemsAsync(IQueryable<Domain.Reports.Report> reports, CancellationToken cancellationToken)
    {
        var latest = await reports
            .Select(r => new
            {
                r.Id, Outlet = r.Outlet!.Name, r.Outlet.Homepage, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision,
                r.Status, r.RetractionReason,
                ReliesOn = r.Reliances.Select(x => new { x.Kind, Target = x.TargetOutlet != null ? x.TargetOutlet.Name : x.TargetReport!.Outlet!.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. latest.Select(r =>
        {
            var (link, label) = DealEvidence.LinkFor(r.Url, r.Homepage);
            var reliesOn = DealEvidence.ReliesOnText(r.ReliesOn.Select(x => (x.Kind, x.Target)));
            return new ReportListItem(r.Id, r.Outlet, r.Headline, r.Summary, DealEvidence.DateText(r.PublishedOn, r.PublishedPrecision), link, label, reliesOn)
            {
                Retraction = r.Status == Domain.Reports.ReportStatus.Retracted ? r.RetractionReason ?? "" : null,
            };
        })];
    }

    /// <summary>
    /// The figure cards, latest reports and counts: as they stand, the deal's kept ones (one query; worked out by the
    /// save that last changed the deal's evidence, <see cref="DealHeadlines"/>); as of a day, worked out from the deal's
    /// kept evidence cut to the day (<see cref="KeptEvidence"/>: one query, and one for the latest reports' lines); before
    /// they are kept, worked out from the evidence in the store (four queries).
    /// </summary>
    private static async Task<OverviewFigures> FiguresAsync(DealTrackerDbContext db, int dealId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (asOf is null)
        {
            var json = await db.DealHeadlines.Where(h => h.DealId == dealId).Select(h => h.OverviewJson).FirstOrDefaultAsync(cancellationToken);
            if (DealHeadlines.Read<OverviewFigures>(json) is { } kept)
            {
                return kept;
            }
        }
        else if (await KeptEvidence.ReadAsync(db, dealId, asOf.Value, cancellationToken) is { } cut)
        {
            var latest = await LatestAsync(db, cut.LatestReportIds, cancellationToken);
            var cards = BuildFigures(cut.Evidence, HeadlineFigure.From(cut.Evidence.FigureClaims, cut.Evidence.Graph));
            return new OverviewFigures(cards, latest, cut.ReportCount, cut.OutletCount);
        }

        var evidence = await DealEvidence.LoadAsync(db, dealId, asOf, cancellationToken);
        return await ComputeAsync(db, dealId, evidence, HeadlineFigure.From(evidence.FigureClaims, evidence.Graph), asOf, cancellationToken);
    }

    /// <summary>
    /// The overview's cards from the evidence and its headline figures, with the deal's latest reports and counts
    /// (two queries): what the save that changes a deal's evidence keeps as it stands, and what an <c>asOf</c> view
    /// works out on each render.
    /// </summary>
    internal static async Task<OverviewFigures> ComputeAsync(
        DealTrackerDbContext db, int dealId, DealEvidence evidence, IReadOnlyList<HeadlineFigure> figures, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, dealId, asOf, cancellationToken);
        // Counted over the deal's reports (each read once), not over its claims joined to their reports: on PostgreSQL
        // that read every claim's report twice, 4,894 claims for 1,448 reports on the huge set (docs/performance.md).
        // The deal's report ids from its claims (the index that starts with DealId), each report read by its key: not a
        // correlated EXISTS per report of the whole catalogue.
        var counts = await db.Reports
            .Where(r => db.Claims.Where(c => c.DealId == dealId).Select(c => c.ReportId).Contains(r.Id))
            .Where(r => asOf == null || r.PublishedUntil <= asOf)
            .GroupBy(r => 1)
            .Select(g => new { Reports = g.Count(), Outlets = g.Select(r => r.OutletId).Distinct().Count() })
            .SingleOrDefaultAsync(cancellationToken); // One group or none: Single, as First without an order is logged as a warning.
        return new OverviewFigures(BuildFigures(evidence, figures), latest, counts?.Reports ?? 0, counts?.Outlets ?? 0);
    }

    /// <summary>The cards of the deal's headline figures (worked out from <paramref name="evidence"/>).</summary>
    private static List<FigureCard> BuildFigures(DealEvidence evidence, IReadOnlyList<HeadlineFigure> figures)
    {
        var claims = evidence.Money.ToDictionary(c => c.Id);

        return figures.Select(figure =>
        {
            var lead = figure.Lead;
            var first = lead.Corroboration.First;
            var leadClaim = first is null ? lead.Claims[0] : lead.Claims.First(c => c.Report.ReportId == first.ReportId);
            var allSources = figure.Variants.SelectMany(v => v.Claims).ToList();
            var sources = allSources
                .OrderBy(c => c.Report.Published is null).ThenBy(c => c.Report.Published).ThenBy(c => c.Report.OutletName, StringComparer.Ordinal)
                .Take(MaxSources)
                .Select(c =>
                {
                    var (link, label) = claims[c.ClaimId].Link;
                    return new FigureSource(c.Report.ReportId, c.Report.OutletName, c.Report.Published?.ToString(), c.Amount.ToHedgeWords(),
                                            c.Quote, evidence.ReliesOn.GetValueOrDefault(c.Report.ReportId), link, label);
                })
                .ToList();

            return new FigureCard(
                Anchor: FigureAnchor.Of(figure.Metric, figure.PartyId),
                Title: figure.Title,
                LeadWords: lead.Amount.ToHedgeWords(),
                LeadFull: lead.Amount.ToFullWords(),
                LeadQuote: leadClaim.Quote,
                FirstOutlet: first?.OutletName,
                FirstDate: first?.Published?.ToString(),
                OutletCount: figure.Corroboration.OutletCount,
                IndependentCount: figure.Corroboration.IndependentCount,
                Origins: figure.Corroboration.Origins.Select(o => o.Label).ToList(),
                Variants: figure.Variants.Take(MaxVariants).Select(v => new FigureVariantView(
                    v.Amount.ToHedgeWords(), v.Amount.ToFullWords(), v.Corroboration.Outlets, v.Corroboration.IndependentCount,
                    v == lead, v.CompatibleWithLead, v.Amount.Currency == lead.Amount.Currency)).ToList(),
                Agreement: figure.HasSpread ? figure.AgreementWords : null,
                HasConflict: figure.HasConflict,
                Sources: sources)
            {
                MoreVariants = Math.Max(0, figure.Variants.Count - MaxVariants),
                MoreSources = Math.Max(0, allSources.Count - MaxSources),
                Metric = figure.Metric.ToString(),
            };
        }).ToList();
    }
}
