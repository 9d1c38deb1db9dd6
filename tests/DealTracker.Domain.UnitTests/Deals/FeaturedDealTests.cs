using DealTracker.Domain.Deals;

namespace DealTracker.Domain.UnitTests.Deals;

public sealed class FeaturedDealTests
{
    [Fact]
    public void FeaturedFirst_OneFeaturedAmongOthers_PutsItFirstWhateverItsTitleOrId()
    {
        var deals = new[] { Deal(1, "Alpha"), Deal(2, "Beta"), Deal(3, "Zeta", featured: true) };

        Assert.Equal(3, deals.AsQueryable().FeaturedFirst().First().Id);
    }

    [Fact]
    public void FeaturedFirst_SeveralFeatured_TakesTheEarliestMadeNotTheFirstByTitle()
    {
        var deals = new[] { Deal(4, "Zeta", featured: true), Deal(2, "Omega", featured: true), Deal(1, "Alpha") };

        Assert.Equal([2, 4, 1], deals.AsQueryable().FeaturedFirst().Select(d => d.Id));
    }

    [Fact]
    public void FeaturedFirst_NoneFeatured_TakesTheEarliestDeal()
    {
        var deals = new[] { Deal(7, "Alpha"), Deal(5, "Zeta") };

        Assert.Equal(5, deals.AsQueryable().FeaturedFirst().First().Id);
    }

    private static Deal Deal(int id, string title, bool featured = false) =>
        new() { Id = id, Slug = $"deal-{id}", Title = title, Summary = title, IsFeatured = featured };
}
