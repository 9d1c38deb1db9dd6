using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;

namespace DealTracker.Web.Services.Pages;

/// <summary>A deal on the deals page: its stage, its headline figure and the deals it is linked to.</summary>
public sealed record DealCard(string Slug, string Title, string Stage, bool IsFeatured, string? Figure, string? FigureTitle, string? FigureSource,
                              IReadOnlyList<RelatedDealView> Related);

/// <summary>The deals page: every deal with its stage, headline figure and related deals.</summary>
public sealed class DealDirectoryQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    /// <summary>
    /// Every deal with its first headline figure's lead value and its related deals, in three queries
    /// whatever the number of deals: the deals with their links, all standing money claims, all reliances.
    /// </summary>
    public Task<IReadOnlyList<DealCard>> CardsAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("deal-cards", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var deals = await db.Deals
                .OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title)
                .Select(d => new
                {
                    d.Id, d.Slug, d.Title, d.Stage, d.IsFeatured,
                    Links = d.Links.Select(l => new { l.RelatedDeal!.Slug, l.RelatedDeal.Title, l.RelatedDeal.Stage, l.Relation }).ToList(),
                    Backlinks = db.DealLinks.Where(l => l.RelatedDealId == d.Id)
                        .Select(l => new { l.Deal!.Slug, l.Deal.Title, l.Deal.Stage, l.Relation }).ToList(),
                })
                .ToListAsync(cancellationToken);

            var claims = await db.Claims
                .Where(c => c.Status == ClaimStatus.Standing && c.Hedge != null)
                .Select(c => new
                {
                    c.Id, c.DealId, c.Metric, c.PartyId, PartyName = c.Party!.Name, Hedge = c.Hedge!.Value, Currency = c.Currency!, c.Amount, c.AmountLow, c.AmountHigh,
                    c.Quote, c.ReportId, c.Report!.OutletId, Outlet = c.Report.Outlet!.Name, c.Report.PublishedOn, c.Report.PublishedPrecision,
                })
                .ToListAsync(cancellationToken);
            var edges = await db.Reliances
                .Select(r => new { r.ReportId, r.TargetReportId, r.TargetOutletId, r.Kind, r.Report!.OutletId, Source = r.Report.Outlet!.Name,
                                   TargetOutlet = r.TargetOutlet != null ? r.TargetOutlet.Name : null })
                .ToListAsync(cancellationToken);

            var figureClaims = claims.Select(c => new FigureClaim(c.Id, c.Metric, c.PartyId, c.PartyName,
                HedgedAmount.Create(c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh), c.Quote,
                new ReportRef(c.ReportId, c.OutletId, c.Outlet, c.PublishedOn is { } day ? PartialDate.From(day, c.PublishedPrecision ?? DatePrecision.Day) : null)))
                .ToList();
            var graph = new SourceGraph(
                figureClaims.Select(c => c.Report).Concat(edges.Select(e => new ReportRef(e.ReportId, e.OutletId, e.Source, null))),
                edges.Select(e => new RelianceEdge(e.ReportId, e.TargetReportId, e.TargetOutletId, e.Kind)),
                edges.Where(e => e.TargetOutletId is not null).DistinctBy(e => e.TargetOutletId).ToDictionary(e => e.TargetOutletId!.Value, e => e.TargetOutlet!));
            var dealOf = claims.ToDictionary(c => c.Id, c => c.DealId);
            var byDeal = figureClaims.ToLookup(c => dealOf[c.ClaimId]);

            return (IReadOnlyList<DealCard>)deals.Select(d =>
            {
                var figure = HeadlineFigure.From(byDeal[d.Id], graph).FirstOrDefault();
                var first = figure?.Lead.Corroboration.First;
                return new DealCard(d.Slug, d.Title, DisplayNames.Of(d.Stage), d.IsFeatured, figure?.Lead.Amount.ToHedgeWords(), figure?.Title,
                    first is null ? null : $"first reported by {first.OutletName}, {first.Published}",
                    d.Links.Concat(d.Backlinks).Select(l => new RelatedDealView(l.Slug, l.Title, DisplayNames.Of(l.Stage), l.Relation)).ToList());
            }).ToList();
        });
}
