using DealTracker.Domain.Intake;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Intake;

/// <summary>A watched feed as the outlet page and the API show it.</summary>
public sealed record FeedView(
    int Id, string OutletSlug, string Url, string? Title, DateTime CreatedAt, DateTime? LastPolledAt, DateTime? LastSuccessAt,
    string? LastError, DateTime? LastErrorAt, int ItemCount, int NewItemCount, int Failures, DateTime? BackoffUntil);

/// <summary>The feeds watched for each outlet: adding, listing, removing (editors only), and polling one at once.</summary>
public sealed class FeedService(IDbContextFactory<DealTrackerDbContext> dbFactory, FeedPoller poller, TimeProvider clock)
{
    /// <summary>The outlet's feeds, oldest first; null when there is no outlet with that slug.</summary>
    public async Task<IReadOnlyList<FeedView>?> ListAsync(string outletSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Outlets.AnyAsync(o => o.Slug == outletSlug, cancellationToken))
        {
            return null;
        }

        var feeds = await db.OutletFeeds.AsNoTracking().Where(f => f.Outlet!.Slug == outletSlug).OrderBy(f => f.Id)
            .Select(f => new FeedView(f.Id, outletSlug, f.Url, f.Title, f.CreatedAt, f.LastPolledAt, f.LastSuccessAt, f.LastError,
                f.LastErrorAt, f.ItemCount, f.NewItemCount, f.Failures, f.BackoffUntil))
            .ToListAsync(cancellationToken);

        // The store keeps UTC without saying so: the API writes each time with its "Z", as the poll's answer does.
        return [.. feeds.Select(f => f with
        {
            CreatedAt = StoredTimes.Utc(f.CreatedAt),
            LastPolledAt = StoredTimes.Utc(f.LastPolledAt),
            LastSuccessAt = StoredTimes.Utc(f.LastSuccessAt),
            LastErrorAt = StoredTimes.Utc(f.LastErrorAt),
            BackoffUntil = StoredTimes.Utc(f.BackoffUntil),
        })];
    }

    /// <summary>
    /// Starts watching <paramref name="url"/> for the outlet. Refused (<see cref="EditOutcome.Invalid"/> on "Url")
    /// when the address is not http/https, longer than 2048 characters, holds credentials, or is already watched
    /// (the same address but for http/https, case, <c>www.</c>, a trailing slash, tracking parameters: <see cref="StoryLinks.Key"/>);
    /// <see cref="EditOutcome.NotFound"/> when the outlet does not exist. The saved result's Id is the feed's id.
    /// </summary>
    public async Task<EditResult> AddAsync(string outletSlug, string? url, CancellationToken cancellationToken = default)
    {
        if (AddressGuard.CheckUrl(url) is { } invalid)
        {
            return EditResult.Invalid("Url", invalid);
        }

        var trimmed = url!.Trim();
        var normalised = StoryLinks.Key(trimmed)!;
        var storedBefore = Links.Normalise(trimmed)!; // the form feeds added before StoryLinks were stored in
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var outlet = await db.Outlets.AsNoTracking().Where(o => o.Slug == outletSlug).Select(o => new { o.Id }).SingleOrDefaultAsync(cancellationToken);
        if (outlet is null)
        {
            return EditResult.NotFound("outlet");
        }

        var other = await db.OutletFeeds.AsNoTracking().Where(f => f.NormalisedUrl == normalised || f.NormalisedUrl == storedBefore)
            .Select(f => f.Outlet!.Name).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            return EditResult.Invalid("Url", $"This feed is already watched, for {other}.");
        }

        var feed = new OutletFeed { OutletId = outlet.Id, Url = trimmed, NormalisedUrl = normalised, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.OutletFeeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (StoreErrors.IsUniqueViolation(exception, "OutletFeeds", "NormalisedUrl"))
        {
            // Only a real clash on the unique key: another editor's add of the same feed between the look-up and this save.
            return EditResult.Invalid("Url", "This feed has just been added by someone else.");
        }

        return EditResult.Saved(feed.Id, 0);
    }

    /// <summary>Stops watching the feed. Its inbox items stay. False when the outlet has no such feed.</summary>
    public async Task<bool> RemoveAsync(string outletSlug, int feedId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.OutletFeeds.Where(f => f.Id == feedId && f.Outlet!.Slug == outletSlug).ExecuteDeleteAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>Polls the feed now (whatever its back-off) and returns the result; null when there is no such feed.</summary>
    public Task<PollResult?> PollAsync(int feedId, CancellationToken cancellationToken = default) => poller.PollAsync(feedId, cancellationToken);
}
