using DealTracker.Domain.Intake;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Services.Intake;

/// <summary>What one poll of a feed came to.</summary>
/// <param name="Status"><c>ok</c>, <c>notModified</c>, <c>failed</c> or <c>refused</c>.</param>
/// <param name="ItemCount">Items the feed held (0 unless <c>ok</c>).</param>
/// <param name="NewItems">Items that landed in the inbox as new.</param>
/// <param name="Duplicates">Items recognised as a story already in the inbox (same link from another feed, or a near-identical title).</param>
/// <param name="Error">Why the poll failed or was refused, in words for the editor.</param>
public sealed record PollResult(int FeedId, string Status, int ItemCount, int NewItems, int Duplicates, string? Error, DateTime? BackoffUntil);

/// <summary>
/// Polls feeds: fetches each (conditional GET, safe fetch), reads its entries and puts each new story in the
/// inbox with what the extractor found, the tracked parties named and the deal it probably concerns. Records
/// the feed's last success, last error, item count and back-off. Polls run one at a time.
/// </summary>
public sealed class FeedPoller(
    IDbContextFactory<DealTrackerDbContext> dbFactory, SafeFetcher fetcher, TimeProvider clock, IOptions<IntakeOptions> options, ILogger<FeedPoller> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Polls one feed now, whatever its back-off. Null when there is no such feed.</summary>
    public async Task<PollResult?> PollAsync(int feedId, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await PollLockedAsync(feedId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever one feed holds that the poll cannot take in is a failed poll of that feed, backed off like any other: never a
            // 500 from the API, and never a stop to the other feeds' polls (the feed would be first in line again at every tick).
            logger.LogError(exception, "Feed {FeedId} poll failed unexpectedly", feedId);
            return await RecordFailureAsync(
                feedId, clock.GetUtcNow().UtcDateTime, "The feed could not be taken in: the error is logged for the team, and the next poll tries again.", cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Polls every feed whose interval has passed and whose back-off is over; returns how many were polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now.AddMinutes(-options.Value.PollMinutes).AddSeconds(30);
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.OutletFeeds.AsNoTracking()
                .Where(f => (f.LastPolledAt == null || f.LastPolledAt <= due) && (f.BackoffUntil == null || f.BackoffUntil <= now))
                .OrderBy(f => f.LastPolledAt).Select(f => f.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in ids)
        {
            await PollAsync(id, cancellationToken);
        }

        return ids.Count;
    }

    private async Task<PollResult?> PollLockedAsync(int feedId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var feed = await db.OutletFeeds.SingleOrDefaultAsync(f => f.Id == feedId, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        feed.LastPolledAt = now;
        var fetched = await fetcher.FetchAsync(feed.Url, FeedAccept, feed.ETag, feed.LastModified, cancellationToken);
        PollResult result;
        switch (fetched.Outcome)
        {
            case FetchOutcome.NotModified:
                Succeeded(feed, now, fetched);
                feed.NewItemCount = 0;
                result = new PollResult(feed.Id, "notModified", feed.ItemCount, 0, 0, null, null);
                break;
            case FetchOutcome.Ok:
                result = await ReadAsync(db, feed, fetched, now, cancellationToken);
                break;
            default:
                result = Failed(feed, now, fetched.Outcome == FetchOutcome.Refused ? "refused" : "failed", fetched.Error ?? "The fetch failed.");
                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (fetched.Outcome == FetchOutcome.Ok)
        {
            // Another node's poll stored one of these links between this poll's look-up and its save: the unique
            // index keeps one item per link. This poll's items are dropped; the next poll adds the rest.
            logger.LogWarning(exception, "Feed {FeedId} poll: another poll stored the same items at the same moment", feedId);
            return await RecordFailureAsync(feedId, now, "Another poll stored some of these items at the same moment; the next poll adds the rest.", cancellationToken);
        }

        if (result.Error is not null)
        {
            logger.LogWarning("Feed {FeedId} poll {Status}: {Error}", feed.Id, result.Status, result.Error);
        }

        return result;
    }

    /// <summary>Parses a fetched feed and takes its new entries into the inbox; a body that is not a feed is a failure.</summary>
    private async Task<PollResult> ReadAsync(DealTrackerDbContext db, OutletFeed feed, FetchResult fetched, DateTime now, CancellationToken cancellationToken)
    {
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(fetched.Body!, fetched.FinalUrl ?? new Uri(feed.Url), fetched.Charset);
        }
        catch (FeedFormatException exception)
        {
            return Failed(feed, now, "failed", exception.Message);
        }

        var (added, duplicates) = await IngestAsync(db, feed, parsed.Entries, options.Value.MaxItemsPerFetch, now, cancellationToken);
        Succeeded(feed, now, fetched);
        feed.Title = Limits.Cut(parsed.Title, 500);
        feed.ItemCount = parsed.Entries.Count;
        feed.NewItemCount = added;
        return new PollResult(feed.Id, "ok", feed.ItemCount, added, duplicates, null, null);
    }

    /// <summary>Records a failed poll on the feed in a fresh context (its items clashed with another poll's, or the poll broke); null when the feed is gone.</summary>
    private async Task<PollResult?> RecordFailureAsync(int feedId, DateTime now, string error, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var feed = await db.OutletFeeds.SingleOrDefaultAsync(f => f.Id == feedId, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        feed.LastPolledAt = now;
        var result = Failed(feed, now, "failed", error);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static void Succeeded(OutletFeed feed, DateTime now, FetchResult fetched)
    {
        feed.LastSuccessAt = now;
        feed.LastError = null;
        feed.LastErrorAt = null;
        feed.Failures = 0;
        feed.BackoffUntil = null;
        feed.ETag = Limits.Cut(fetched.ETag, 500);
        feed.LastModified = Limits.Cut(fetched.LastModified, 100);
    }

    private PollResult Failed(OutletFeed feed, DateTime now, string status, string error)
    {
        feed.Failures++;
        feed.LastError = Limits.Cut(error, 1000);
        feed.LastErrorAt = now;
        var minutes = Math.Min(options.Value.PollMinutes * Math.Pow(2, Math.Min(feed.Failures, 16)), options.Value.MaxBackoffMinutes);
        feed.BackoffUntil = now.AddMinutes(minutes);
        return new PollResult(feed.Id, status, 0, 0, 0, feed.LastError, feed.BackoffUntil);
    }

    /// <summary>
    /// Adds each entry not seen before (by <see cref="StoryLinks.Key"/>, or the link form stored before it; an entry with no web link by
    /// its feed and title), at most <paramref name="cap"/> new ones a poll, so a long feed lands over the next polls. An entry whose
    /// title tells the same story as a recent item from another feed (<see cref="Headlines.SameStoryWords"/>, published within
    /// <see cref="SameStoryDays"/> days of it) is recorded as a duplicate of that item. A link already in the inbox counts as one more
    /// copy of its story the first time this feed carries it; an item still new whose title or summary the feed changed is read again.
    /// </summary>
    private static async Task<(int Added, int Duplicates)> IngestAsync(
        DealTrackerDbContext db, OutletFeed feed, IReadOnlyList<FeedEntry> entries, int cap, DateTime now, CancellationToken cancellationToken)
    {
        var outletNames = await db.Outlets.AsNoTracking().Select(o => o.Name).ToListAsync(cancellationToken);
        var keyed = entries
            .Where(e => e.Link is null || e.Link.Length <= Limits.Url) // longer than a report's link can be: its draft could never be saved
            .Select(e => (Entry: e, Key: StoryKey(feed, e, outletNames)))
            .ToList();
        var keys = keyed.SelectMany(e => new[] { e.Key, Links.Normalise(e.Entry.Link) }).OfType<string>().Distinct().ToList();
        var known = await db.InboxItems.Where(i => keys.Contains(i.NormalisedLink))
            .ToDictionaryAsync(i => i.NormalisedLink, cancellationToken);
        var stories = await RecentStoriesAsync(db, now, cancellationToken);
        var seenBefore = feed.LastSuccessAt; // this feed's last look, before this poll

        DealMatcher? matcher = null;
        var (added, duplicates) = (0, 0);
        foreach (var (entry, link) in keyed)
        {
            var same = known.GetValueOrDefault(link) ?? (Links.Normalise(entry.Link) is { } stored ? known.GetValueOrDefault(stored) : null);
            if (same is not null)
            {
                // Already in the inbox: a re-read of this feed (not counted), the same link twice in this poll, or from a feed that had
                // not carried it before (it was stored after that feed's last look): one more copy of the story.
                if (same.Id == 0 || (same.FeedId != feed.Id && (seenBefore is null || same.FetchedAt > seenBefore)))
                {
                    same.Duplicates++;
                    duplicates++;
                }
                else if (same.FeedId == feed.Id && same.Status == InboxStatus.New && same.DuplicateOfId is null && Changed(same, entry))
                {
                    matcher ??= await DealMatcher.LoadAsync(db, cancellationToken);
                    Update(same, entry, outletNames, matcher);
                }

                continue;
            }

            if (added + duplicates >= cap)
            {
                continue; // the rest land at the next polls
            }

            var item = NewItem(feed, entry, link, outletNames, now);
            var words = Headlines.StoryWords(item.TitleKey);
            var original = stories.FirstOrDefault(s => s.FeedId != feed.Id && Headlines.SameStoryWords(words, s.Words) && Near(s.PublishedAt, item.PublishedAt));
            matcher ??= await DealMatcher.LoadAsync(db, cancellationToken);
            Analyse(item, matcher); // a duplicate too: its draft names its deal like any other's
            if (original.Words is not null)
            {
                await MarkDuplicateAsync(db, item, original.Item, original.Id, now, cancellationToken);
                db.InboxItems.Add(item);
                known[link] = item;
                duplicates++;
                continue;
            }

            db.InboxItems.Add(item);
            known[link] = item;
            stories.Add((words, feed.Id, item.PublishedAt, null, item));
            added++;
        }

        return (added, duplicates);
    }

    /// <summary>How many days apart two copies of one story may be published (when both feeds give a date).</summary>
    public const int SameStoryDays = 3;

    private static bool Near(DateTime? a, DateTime? b) => a is null || b is null || Math.Abs((a.Value - b.Value).TotalDays) <= SameStoryDays;

    /// <summary>An entry's key: its link's story key, or for an entry with no web link, its feed and title (<c>feed:12#title words</c>).</summary>
    private static string StoryKey(OutletFeed feed, FeedEntry entry, IReadOnlyList<string> outletNames) =>
        StoryLinks.Key(entry.Link)
        ?? Limits.Cut($"feed:{feed.Id}#{Headlines.Key(Headlines.WithoutOutletSuffix(Limits.Cut(entry.Title, 500)!, outletNames))}", Limits.Url)!;

    private static bool Changed(InboxItem item, FeedEntry entry) =>
        item.Title != Limits.Cut(entry.Title, 500) || item.Summary != Limits.Cut(entry.Summary, 4000);

    /// <summary>Takes a still-new item's changed title and summary from its feed, and reads it again.</summary>
    private static void Update(InboxItem item, FeedEntry entry, IReadOnlyList<string> outletNames, DealMatcher matcher)
    {
        item.Title = Limits.Cut(entry.Title, 500)!;
        item.TitleKey = Limits.Cut(Headlines.Key(Headlines.WithoutOutletSuffix(item.Title, outletNames)), 500)!;
        item.Summary = Limits.Cut(entry.Summary, 4000);
        Analyse(item, matcher);
    }

    /// <summary>
    /// The stories of the last 14 days that are not themselves duplicates (the latest 2000), by story words: what a new entry's
    /// title is compared with. Items added during this poll join the list with Item set.
    /// </summary>
    private static async Task<List<(string Words, int? FeedId, DateTime? PublishedAt, int? Id, InboxItem? Item)>> RecentStoriesAsync(
        DealTrackerDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-14);
        var recent = await db.InboxItems.AsNoTracking().Where(i => i.FetchedAt >= since && i.DuplicateOfId == null)
            .OrderByDescending(i => i.Id).Take(2000).Select(i => new { i.Id, i.TitleKey, i.FeedId, i.PublishedAt }).ToListAsync(cancellationToken);
        return recent.Select(r => (Words: Headlines.StoryWords(r.TitleKey), r.FeedId, r.PublishedAt, Id: (int?)r.Id, Item: (InboxItem?)null)).ToList();
    }

    /// <summary>
    /// A new inbox item for a feed entry, its title, key and summary cut to their column sizes; a date more than a day
    /// ahead of now is not believed (the item then has no date).
    /// </summary>
    private static InboxItem NewItem(OutletFeed feed, FeedEntry entry, string link, IReadOnlyList<string> outletNames, DateTime now)
    {
        var title = Limits.Cut(entry.Title, 500)!;
        return new InboxItem
        {
            Feed = feed,
            OutletId = feed.OutletId,
            Title = title,
            Link = entry.Link ?? string.Empty,
            NormalisedLink = link,
            TitleKey = Limits.Cut(Headlines.Key(Headlines.WithoutOutletSuffix(title, outletNames)), 500)!,
            PublishedAt = entry.PublishedAt > now.AddDays(1) ? null : entry.PublishedAt, // a date to come would head "newest" for ever
            PublishedOn = entry.PublishedAt > now.AddDays(1) ? null : entry.PublishedOn,
            Summary = Limits.Cut(entry.Summary, 4000),
            FetchedAt = now,
        };
    }

    /// <summary>
    /// Dismisses <paramref name="item"/> as a duplicate of the story it repeats (<paramref name="addedNow"/>, an item of
    /// this poll, else the stored item <paramref name="storedId"/>), and counts it on that original.
    /// </summary>
    private static async Task MarkDuplicateAsync(
        DealTrackerDbContext db, InboxItem item, InboxItem? addedNow, int? storedId, DateTime now, CancellationToken cancellationToken)
    {
        item.Status = InboxStatus.Dismissed;
        item.DecidedAt = now;
        var original = addedNow ?? await db.InboxItems.SingleAsync(i => i.Id == storedId, cancellationToken);
        original.Duplicates++;
        item.DuplicateOf = original;
        item.DismissReason = Limits.Cut($"Duplicate: the same story as “{original.Title}”.", 500);
    }

    /// <summary>The text an item is read from: its title, then its summary.</summary>
    internal static string TextOf(InboxItem item) =>
        string.IsNullOrWhiteSpace(item.Summary) ? item.Title : $"{item.Title.TrimEnd('.', ' ')}. {item.Summary}";

    /// <summary>Fills in the figures and sources found, the tracked parties named, the probable deal and the score.</summary>
    public static void Analyse(InboxItem item, DealMatcher matcher)
    {
        var text = TextOf(item);
        var extraction = InboxExtraction.Read(text, matcher.KnownNames);
        var named = matcher.PartiesNamed(text);
        item.Extraction = extraction.ToJson();
        item.FigureCount = extraction.Figures.Where(f => !f.IsConversion).DistinctBy(f => (f.Currency, f.Hedge, f.Amount, f.Low, f.High)).Count();
        item.PartiesNamed = Limits.Cut(string.Join(", ", named.Select(p => p.Name)), 500) is { Length: > 0 } names ? names : null;
        item.DealId = matcher.BestDeal(named, extraction);
        item.Score = DealMatcher.Score(item.DealId, named.Count, extraction);
    }
}
