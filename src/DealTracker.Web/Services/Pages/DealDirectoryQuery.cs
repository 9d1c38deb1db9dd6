using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Headlines;
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
    /// Every deal with its first headline figure's lead value and its related deals, in one query whatever the
    /// number of deals or claims: the figure is the deal's stored <see cref="DealHeadline"/>, worked out by the
    /// save that last changed its evidence (<see cref="Evidence.DealHeadlines"/>), not from every claim on each render.
    /// </summary>
    public Task<IReadOnlyList<DealCard>> CardsAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("deal-cards", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var deals = await db.Deals
                .OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title)
                .Select(d => new
                {
                    d.Slug, d.Title, d.Stage, d.IsFeatured,
                    Headline = db.DealHeadlines.Where(h => h.DealId == d.Id).Select(h => new { h.Figure, h.FigureTitle, h.FigureSource }).FirstOrDefault(),
                    Links = d.Links.Select(l => new { l.RelatedDeal!.Slug, l.RelatedDeal.Title, l.RelatedDeal.Stage, l.Relation }).ToList(),
                    Backlinks = db.DealLinks.Where(l => l.RelatedDealId == d.Id)
                        .Select(l => new { l.Deal!.Slug, l.Deal.Title, l.Deal.Stage, l.Relation }).ToList(),
                })
                .ToListAsync(cancellationToken);

            return (IReadOnlyList<DealCard>)deals.Select(d => new DealCard(
                d.Slug, d.Title, DisplayNames.Of(d.Stage), d.IsFeatured, d.Headline?.Figure, d.Headline?.FigureTitle, d.Headline?.FigureSource,
                d.Links.Concat(d.Backlinks).Select(l => new RelatedDealView(l.Slug, l.Title, DisplayNames.Of(l.Stage), l.Relation)).ToList())).ToList();
        });
}
