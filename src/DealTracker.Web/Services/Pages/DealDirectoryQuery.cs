using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Headlines;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;

namespace DealTracker.Web.Services.Pages;

/// <summary>A deal on the deals page: its stage, its headline figure and the deals it is linked to.</summary>
public sealed record DealCard(string Slug, string Title, string Stage, bool IsFeatured, string? Figure, string? FigureTitle, string? FigureSource,
                              IReadOnlyList<RelatedDealView> Related);

/// <summary>A page of the deals page: its cards, and how many deals and pages there are.</summary>
public sealed record DealCardPage(IReadOnlyList<DealCard> Cards, int Total, int Page, int PageCount);

/// <summary>The deals page: the deals with their stage, headline figure and related deals, a page at a time.</summary>
public sealed class DealDirectoryQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    /// <summary>Deals a page (as the outlets page): the page's size does not grow with the store.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// A page of deals with their first headline figure's lead value and their related deals, in two queries whatever
    /// the number of deals or claims (a count, then the page's deals with their figures and links): the figure is the
    /// deal's stored <see cref="DealHeadline"/>, worked out by the save that last changed its evidence
    /// (<see cref="Evidence.DealHeadlines"/>), not from every claim on each render. A page past the last is empty,
    /// with the real page count.
    /// </summary>
    public Task<DealCardPage> PageAsync(int page, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"deal-cards:{page}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var total = await db.Deals.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            if (page > pageCount)
            {
                return new DealCardPage([], total, page, pageCount);
            }

            var deals = await db.Deals
                .OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title).ThenBy(d => d.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(d => new
                {
                    d.Slug, d.Title, d.Stage, d.IsFeatured,
                    Headline = db.DealHeadlines.Where(h => h.DealId == d.Id).Select(h => new { h.Figure, h.FigureTitle, h.FigureSource }).FirstOrDefault(),
                    Links = d.Links.Select(l => new { l.RelatedDeal!.Slug, l.RelatedDeal.Title, l.RelatedDeal.Stage, l.Relation }).ToList(),
                    Backlinks = db.DealLinks.Where(l => l.RelatedDealId == d.Id)
                        .Select(l => new { l.Deal!.Slug, l.Deal.Title, l.Deal.Stage, l.Relation }).ToList(),
                })
                .ToListAsync(cancellationToken);

            return new DealCardPage(
                [.. deals.Select(d => new DealCard(
                    d.Slug, d.Title, DisplayNames.Of(d.Stage), d.IsFeatured, d.Headline?.Figure, d.Headline?.FigureTitle, d.Headline?.FigureSource,
                    d.Links.Concat(d.Backlinks).Select(l => new RelatedDealView(l.Slug, l.Title, DisplayNames.Of(l.Stage), l.Relation)).ToList()))],
                total, page, pageCount);
        });
}
