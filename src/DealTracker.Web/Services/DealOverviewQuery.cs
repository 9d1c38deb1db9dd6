using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services;

/// <summary>
/// Builds a deal's overview with a fixed number of SQL queries, whatever the data size:
/// the deal and its parties, its standing money claims, the reliance edges behind them
/// (one recursive query), its latest reports, its counts and its related deals.
/// </summary>
public sealed class DealOverviewQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    private const int LatestReportCount = 6;

    /// <param name="slug">The deal's slug, or null for the featured deal.</param>
    public async Task<DealOverview?> GetAsync(string? slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var dealQuery = slug is null
            ? db.Deals.OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Id)
            : db.Deals.Where(d => d.Slug == slug);
        var deal = await dealQuery
            .Select(d => new
            {
                d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.StageNote,
                Parties = d.Parties
                    .Select(p => new { p.Party!.Name, p.Party.Slug, p.Role, p.Party.Description, p.Note })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var claims = await db.Claims
            .Where(c => c.DealId == deal.Id && c.Status == ClaimStatus.Standing && c.Hedge != null)
            .Select(c => new ClaimRow(
                c.Id, c.Metric, c.PartyId, c.Party!.Name, c.Hedge!.Value, c.Currency!, c.Amount, c.AmountLow, c.AmountHigh, c.Quote,
                c.ReportId, c.Report!.OutletId, c.Report.Outlet!.Name, c.Report.Outlet.Homepage, c.Report.Url,
                c.Report.PublishedOn, c.Report.PublishedPrecision))
            .ToListAsync(cancellationToken);

        var edges = await db.Database.SqlQuery<RelianceRow>($"""
            WITH RECURSIVE reached(Id) AS (
                SELECT c.ReportId FROM Claims c WHERE c.DealId = {deal.Id}
                UNION
                SELECT r.TargetReportId FROM Reliances r JOIN reached ON r.ReportId = reached.Id
                WHERE r.TargetReportId IS NOT NULL
            )
            SELECT r.ReportId, r.TargetReportId, r.TargetOutletId, r.Kind,
                   sr.OutletId AS SourceOutletId, so.Name AS SourceOutletName,
                   tr.OutletId AS TargetReportOutletId,
                   COALESCE(tro.Name, tout.Name) AS TargetName
            FROM Reliances r
            JOIN reached ON r.ReportId = reached.Id
            JOIN Reports sr ON sr.Id = r.ReportId
            JOIN Outlets so ON so.Id = sr.OutletId
            LEFT JOIN Reports tr ON tr.Id = r.TargetReportId
            LEFT JOIN Outlets tro ON tro.Id = tr.OutletId
            LEFT JOIN Outlets tout ON tout.Id = r.TargetOutletId
            """).ToListAsync(cancellationToken);

        var latest = await db.Reports
            .Where(r => r.Claims.Any(c => c.DealId == deal.Id))
            .OrderBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
            .Take(LatestReportCount)
            .Select(r => new
            {
                r.Id, Outlet = r.Outlet!.Name, r.Outlet.Homepage, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision,
            })
            .ToListAsync(cancellationToken);

        var counts = await db.Claims
            .Where(c => c.DealId == deal.Id)
            .GroupBy(c => c.DealId)
            .Select(g => new
            {
                Reports = g.Select(c => c.ReportId).Distinct().Count(),
                Outlets = g.Select(c => c.Report!.OutletId).Distinct().Count(),
            })
            .FirstOrDefaultAsync(cancellationToken);

        var related = await db.DealLinks
            .Where(l => l.DealId == deal.Id || l.RelatedDealId == deal.Id)
            .Select(l => l.DealId == deal.Id
                ? new { l.RelatedDeal!.Slug, l.RelatedDeal.Title, l.RelatedDeal.Stage, l.Relation }
                : new { l.Deal!.Slug, l.Deal.Title, l.Deal.Stage, l.Relation })
            .ToListAsync(cancellationToken);

        var reliesOn = edges
            .GroupBy(e => e.ReportId)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => $"{DisplayNames.Of(Enum.Parse<RelianceKind>(e.Kind))} {e.TargetName}")));

        return new DealOverview(
            new DealHeader(deal.Id, deal.Slug, deal.Title, deal.Summary, DisplayNames.Of(deal.Stage), deal.StageNote),
            deal.Parties.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => new PartyRoleView(p.Name, p.Slug, DisplayNames.Of(p.Role), p.Description, p.Note)).ToList(),
            BuildFigures(claims, edges, reliesOn),
            latest.Select(r =>
            {
                var (link, label) = LinkFor(r.Url, r.Homepage, r.Outlet);
                return new ReportListItem(r.Id, r.Outlet, r.Headline, r.Summary, DateText(r.PublishedOn, r.PublishedPrecision), link, label,
                                          reliesOn.GetValueOrDefault(r.Id));
            }).ToList(),
            counts?.Reports ?? 0,
            counts?.Outlets ?? 0,
            related.Select(d => new RelatedDealView(d.Slug, d.Title, DisplayNames.Of(d.Stage), d.Relation)).ToList());
    }

    private static List<FigureCard> BuildFigures(List<ClaimRow> claims, List<RelianceRow> edges, Dictionary<int, string> reliesOn)
    {
        var reports = claims
            .Select(c => c.ToReportRef())
            .Concat(edges.Select(e => new ReportRef(e.ReportId, e.SourceOutletId, e.SourceOutletName, null)))
            .Concat(edges.Where(e => e.TargetReportId is not null)
                         .Select(e => new ReportRef(e.TargetReportId!.Value, e.TargetReportOutletId!.Value, e.TargetName, null)));
        var outletNames = edges
            .Where(e => e.TargetOutletId is not null)
            .DistinctBy(e => e.TargetOutletId)
            .ToDictionary(e => e.TargetOutletId!.Value, e => e.TargetName);
        var graph = new SourceGraph(
            reports,
            edges.Select(e => new RelianceEdge(e.ReportId, e.TargetReportId, e.TargetOutletId, Enum.Parse<RelianceKind>(e.Kind))),
            outletNames);

        var rows = claims.ToDictionary(c => c.Id);
        var figures = HeadlineFigure.From(
            claims.Select(c => new FigureClaim(c.Id, c.Metric, c.PartyId, c.PartyName,
                HedgedAmount.Create(c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh), c.Quote, c.ToReportRef())),
            graph);

        return figures.Select(figure =>
        {
            var lead = figure.Lead;
            var first = lead.Corroboration.First;
            var leadClaim = first is null ? lead.Claims[0] : lead.Claims.First(c => c.Report.ReportId == first.ReportId);
            var sources = figure.Variants
                .SelectMany(v => v.Claims)
                .OrderBy(c => c.Report.Published is null).ThenBy(c => c.Report.Published).ThenBy(c => c.Report.OutletName, StringComparer.Ordinal)
                .Select(c =>
                {
                    var row = rows[c.ClaimId];
                    var (link, label) = LinkFor(row.Url, row.Homepage, row.OutletName);
                    return new FigureSource(c.Report.ReportId, c.Report.OutletName, c.Report.Published?.ToString(), c.Amount.ToHedgeWords(),
                                            c.Quote, reliesOn.GetValueOrDefault(c.Report.ReportId), link, label);
                })
                .ToList();

            return new FigureCard(
                Anchor: $"figure-{figure.Metric.ToString().ToLowerInvariant()}{(figure.PartyId is { } p ? "-" + p : "")}",
                Title: figure.Title,
                LeadWords: lead.Amount.ToHedgeWords(),
                LeadFull: lead.Amount.ToFullWords(),
                LeadQuote: leadClaim.Quote,
                FirstOutlet: first?.OutletName,
                FirstDate: first?.Published?.ToString(),
                OutletCount: figure.Corroboration.OutletCount,
                IndependentCount: figure.Corroboration.IndependentCount,
                Origins: figure.Corroboration.Origins.Select(o => o.Label).ToList(),
                Variants: figure.Variants.Select(v => new FigureVariantView(
                    v.Amount.ToHedgeWords(), v.Amount.ToFullWords(), v.Corroboration.Outlets, v.Corroboration.IndependentCount,
                    v == lead, v.CompatibleWithLead)).ToList(),
                Agreement: figure.HasSpread && figure.Agreement is { } agreement ? AgreementText(agreement, lead.Amount.Currency) : null,
                HasConflict: figure.HasConflict,
                Sources: sources);
        }).ToList();
    }

    private static string AgreementText(MoneyInterval interval, string currency) => interval switch
    {
        { High: null } => $"{MoneyFormat.Compact(interval.Low, currency)} or more",
        { Low: 0m } => $"up to {MoneyFormat.Compact(interval.High!.Value, currency)}",
        _ when interval.Low == interval.High => MoneyFormat.Compact(interval.Low, currency),
        _ => $"{MoneyFormat.Compact(interval.Low, currency)}–{MoneyFormat.Compact(interval.High!.Value, currency)}",
    };

    internal static (string? Link, string Label) LinkFor(string? url, string? homepage, string outlet) =>
        Links.SafeOrNull(url) is { } link
            ? (link, "Read the report")
            : Links.SafeOrNull(homepage) is { } home
                ? (home, $"{new Uri(home).Host.Replace("www.", "", StringComparison.Ordinal)} home page")
                : (null, "No link in the source");

    internal static string? DateText(DateOnly? start, DatePrecision? precision) =>
        start is { } day ? PartialDate.From(day, precision ?? DatePrecision.Day).ToString() : null;

    private sealed record ClaimRow(
        int Id, Metric Metric, int? PartyId, string? PartyName, Hedge Hedge, string Currency, decimal? Amount, decimal? AmountLow, decimal? AmountHigh,
        string? Quote, int ReportId, int OutletId, string OutletName, string? Homepage, string? Url, DateOnly? PublishedOn, DatePrecision? PublishedPrecision)
    {
        public ReportRef ToReportRef() => new(
            ReportId, OutletId, OutletName, PublishedOn is { } day ? PartialDate.From(day, PublishedPrecision ?? DatePrecision.Day) : null);
    }

    /// <summary>One reliance edge reached from the deal's reports, with the names needed to label origins.</summary>
    public sealed class RelianceRow
    {
        public int ReportId { get; init; }

        public int? TargetReportId { get; init; }

        public int? TargetOutletId { get; init; }

        public required string Kind { get; init; }

        public int SourceOutletId { get; init; }

        public required string SourceOutletName { get; init; }

        public int? TargetReportOutletId { get; init; }

        public required string TargetName { get; init; }
    }
}
