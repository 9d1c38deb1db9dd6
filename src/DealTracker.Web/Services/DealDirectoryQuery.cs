using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services;

public sealed record DealListItem(string Slug, string Title, string Stage, bool IsFeatured);

/// <summary>The list of deals, for navigation and the deals page.</summary>
public sealed class DealDirectoryQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DealListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Deals
            .OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title)
            .Select(d => new { d.Slug, d.Title, d.Stage, d.IsFeatured })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new DealListItem(d.Slug, d.Title, DisplayNames.Of(d.Stage), d.IsFeatured)).ToList();
    }
}
