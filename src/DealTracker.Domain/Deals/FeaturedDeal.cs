namespace DealTracker.Domain.Deals;

/// <summary>
/// Which deal the site features, in one place: the home page opens on it, and the editor's new claims are
/// about it unless the report already names a deal. The featured deal (the earliest made, if several are),
/// else the earliest deal.
/// </summary>
public static class FeaturedDeal
{
    /// <summary>The deals with the featured one first (the query's first row is the featured deal).</summary>
    public static IQueryable<Deal> FeaturedFirst(this IQueryable<Deal> deals) =>
        deals.OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Id);
}
