using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data.Seed;

/// <summary>Loads the first deal into an empty store. Runs once: a store with any deal is left alone.</summary>
public sealed class DatabaseSeeder(DealTrackerDbContext db, ILogger<DatabaseSeeder> logger)
{
    /// <summary>The name the history gives the seed's changes.</summary>
    public static readonly EditorStamp SeedEditor = new("seed", "the seed article (docs/reference/seed-article.txt)");

    /// <returns>True when the seed was added; false when the store already had deals.</returns>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Deals.AnyAsync(cancellationToken))
        {
            logger.LogDebug("The store already holds deals; seeding skipped");
            return false;
        }

        // The seed's items are recorded as created by the seed, so their history and the feed say when
        // DealTracker learned of them.
        db.Editor = SeedEditor;
        var seed = FirstDeal.Build();
        db.Outlets.AddRange(seed.Outlets);
        db.Parties.AddRange(seed.Parties);
        db.Deals.AddRange(seed.Deals);
        db.Reports.AddRange(seed.Reports);
        db.Events.AddRange(seed.Events);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Seeded {DealCount} deals, {OutletCount} outlets, {ReportCount} reports and {ClaimCount} claims",
            seed.Deals.Count, seed.Outlets.Count, seed.Reports.Count, seed.Reports.Sum(r => r.Claims.Count));
        return true;
    }
}
