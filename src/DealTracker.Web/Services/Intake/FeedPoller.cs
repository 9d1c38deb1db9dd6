using System.Collections.Concurrent;
using DealTracker.Domain.Intake;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Services.Intake;

/// <summary>What one poll of a feed came to.</summary>
/// <param name="Status"><c>ok</c>, <c>notModified</c>, <c>failed</c>, <c>refused</c>, or <c>busy</c> when another poll held the feed (nothing fetched, nothing recorded).</param>
/// <param name="ItemCount">Items the feed held (0 unless <c>ok</c>).</param>
/// <param name="NewItems">Items that landed in the inbox as new.</param>
/// <param name="Duplicates">Items recognised as a story already in the inbox (same link from another feed, or a near-identical title).</param>
/// <param name="Error">Why the poll failed, was refused or was busy, in words for the editor.</param>
/// <param name="Skipped">Entries left out because their link is longer than a report's link may be (<see cref="Limits.Url"/>): their draft could never be saved.</param>
public sealed record PollResult(int FeedId, string Status, int ItemCount, int NewItems, int Duplicates, string? Error, DateTime? BackoffUntil, int Skipped = 0)
{
    /// <summary>What the poll came to, in words for the editor (the outlet dialog's status line).</summary>
    public string Describe() => Status switch
    {
        "ok" => $"Polled: {NewItems} new item{(NewItems == 1 ? "" : "s")} in the inbox"
            + (Duplicates > 0 ? $", {Duplicates} duplicate{(Duplicates == 1 ? "" : "s")} folded in" : "")
            + (Skipped > 0 ? $"; {Skipped} entr{(Skipped == 1 ? "y" : "ies")} left out: {(Skipped == 1 ? "its link is" : "their links are")} longer than {Limits.Url.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, the most a report’s link may be" : "")
            + ".",
        "notModified" => "Polled: nothing new since the last time.",
        FeedPoller.Busy => Error ?? "A poll of this feed is already running.",
        _ => $"The feed could not be read: {Error}",
    };
}

/// <summary>
/// Polls feeds: fetches each (conditional GET, safe fetch), reads its entries and puts each new story in the
/// inbox with what the extractor found, the tracked parties named and the deal it probably concerns. Records
/// the feed's last success, last error, item count and back-off. A feed is polled by one poll at a time across nodes (each poll
/// claims it first) and on a node (a second manual poll of it waits for the first); polls of different feeds fetch side by side, so
/// a slow feed never holds up another's, and the background cycle polls at most <see cref="IntakeOptions.MaxParallelPolls"/> at once.
/// What a poll fetched is stored one poll at a time on a node, so copies of one story fetched together are still found.
/// </summary>
public sealed class FeedPoller(
    IDbContextFactory<DealTrackerDbContext> dbFactory, SafeFetcher fetcher, TimeProvider clock, IOptions<IntakeOptions> options, ILogger<FeedPoller> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";
    /// <summary>One gate per feed polled on this node (a few bytes each, kept for the process's life).</summary>
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _feedGates = new();

    /// <summary>
    /// Fetches run side by side, but one poll at a time on a node reads the inbox and stores what it fetched: two feeds carrying one
    /// story, fetched at the same moment, would otherwise each find no copy and both land it as new. (Across nodes the unique link index
    /// keeps one item of a link; a story under two links polled on two nodes at the same moment can still land twice.)
    /// </summary>
    private readonly SemaphoreSlim _storing = new(1, 1);

    /// <summary>What a manual poll answers when another poll, on this node or another, holds the feed.</summary>
    public const string AlreadyPolling = "A poll of this feed is already running; its result shows on the feed when it ends.";

    /// <summary>What a poll answers when other polls kept storing its items at the same moment, however often it read them again.</summary>
    public const string KeptClashing = "Other polls kept storing these items at the same moment; the next poll adds the rest.";

    /// <summary>How many times a poll stores what it fetched when another poll keeps storing some of the same items first.</summary>
    private const int StoreAttempts = 3;

    /// <summary>
    /// Polls one feed now, whatever its back-off, unless another poll holds it: then the result's status is <c>busy</c>
    /// (<see cref="AlreadyPolling"/>), recorded nowhere. Null when there is no such feed.
    /// </summary>
    public Task<PollResult?> PollAsync(int feedId, CancellationToken cancellationToken) => PollOneAsync(feedId, dueOnly: false, cancellationToken);

    /// <summary>
    /// Polls every feed whose interval has passed and whose back-off is over, at most <see cref="IntakeOptions.MaxParallelPolls"/> at
    /// once; returns how many this node polled. Each feed is claimed first (<see cref="ClaimAsync"/>), so nodes polling at the same tick
    /// fetch each feed once between them.
    /// </summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = Due(now);
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.OutletFeeds.AsNoTracking()
                .Where(f => (f.LastPolledAt == null || f.LastPolledAt <= due) && (f.BackoffUntil == null || f.BackoffUntil <= now))
                .Where(f => f.PollingUntil == null || f.PollingUntil <= now)
                .OrderBy(f => f.LastPolledAt).Select(f => f.Id).ToListAsync(cancellationToken);
        }

        var polled = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelPolls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ids, parallel, async (id, token) =>
        {
            if (await PollOneAsync(id, dueOnly: true, token) is { Status: not Busy })
            {
                Interlocked.Increment(ref polled);
            }
        });

        return polled;
    }

    /// <summary>The status of a poll that found the feed held by another poll: nothing fetched, nothing recorded.</summary>
    public const string Busy = "busy";

    /// <summary>A feed last polled at or before this is due (half a minute's slack, so a tick's jitter does not skip an interval).</summary>
    private DateTime Due(DateTime now) => now.AddMinutes(-options.Value.PollMinutes).AddSeconds(30);

    /// <summary>How long a claim holds a feed: past the longest fetch (its retry included) and the time to store what it read.</summary>
    private TimeSpan Lease => TimeSpan.FromSeconds((2 * options.Value.TimeoutSeconds) + 60);

    private async Task<PollResult?> PollOneAsync(int feedId, bool dueOnly, CancellationToken cancellationToken)
    {
        // The same feed twice at once on this node: a manual poll waits for the running one and then polls again (as "Poll now" always
        // did); a background poll leaves it to the running one. Other feeds' polls never wait here.
        var gate = _feedGates.GetOrAdd(feedId, _ => new SemaphoreSlim(1, 1));
        if (dueOnly)
        {
            if (!await gate.WaitAsync(0, cancellationToken))
            {
                return new PollResult(feedId, Busy, 0, 0, 0, null, null);
            }
        }
        else
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await ClaimAsync(feedId, now, dueOnly, cancellationToken))
            {
                return await FeedExistsAsync(feedId, cancellationToken)
                    ? new PollResult(feedId, Busy, 0, 0, 0, dueOnly ? null : AlreadyPolling, null)
                    : null;
            }

            try
            {
                return await PollClaimedAsync(feedId, now, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Whatever one feed holds that the poll cannot take in is a failed poll of that feed, backed off like any other: never a
                // 500 from the API, and never a stop to the other feeds' polls (the feed would be first in line again at every tick).
                logger.LogError(exception, "Feed {FeedId} poll failed unexpectedly", feedId);
                return await RecordFailureAsync(
                    feedId, now, "The feed could not be taken in: the error is logged for the team, and the next poll tries again.", cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Claims the feed for this poll in one conditional UPDATE, atomic on SQLite and PostgreSQL alike: it succeeds only when no
    /// other poll holds the feed (<see cref="OutletFeed.PollingUntil"/> unset or lapsed) and, for a background poll, when the
    /// feed is still due (a poll on another node that claimed it this interval has moved its <see cref="OutletFeed.LastPolledAt"/>).
    /// Of two nodes claiming at once, the store lets one update the row; the other's condition no longer holds and it updates none.
    /// </summary>
    private async Task<bool> ClaimAsync(int feedId, DateTime now, bool dueOnly, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feeds = db.OutletFeeds.Where(f => f.Id == feedId && (f.PollingUntil == null || f.PollingUntil <= now));
        if (dueOnly)
        {
            var due = Due(now);
            feeds = feeds.Where(f => (f.LastPolledAt == null || f.LastPolledAt <= due) && (f.BackoffUntil == null || f.BackoffUntil <= now));
        }

        var until = now.Add(Lease);
        return await feeds.ExecuteUpdateAsync(set => set.SetProperty(f => f.PollingUntil, until).SetProperty(f => f.LastPolledAt, now), cancellationToken) == 1;
    }

    private async Task<bool> FeedExistsAsync(int feedId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutletFeeds.AnyAsync(f => f.Id == feedId, cancellationToken);
    }

    /// <summary>
    /// Fetches the claimed feed once and stores what came of it. When another poll (of a feed carrying the same story) stores one of
    /// its links between this poll's look-up and its save, the unique link index refuses the save: the same fetched body is read
    /// again in a fresh context, where those links are known, a few times. A lost race is never the feed's failure and never backs
    /// it off.
    /// </summary>
    private async Task<PollResult?> PollClaimedAsync(int feedId, DateTime now, CancellationToken cancellationToken)
    {
        string url;
        string? etag, lastModified;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var feed = await db.OutletFeeds.AsNoTracking().Where(f => f.Id == feedId)
                .Select(f => new { f.Url, f.ETag, f.LastModified }).SingleOrDefaultAsync(cancellationToken);
            if (feed is null)
            {
                return null;
            }

            (url, etag, lastModified) = (feed.Url, feed.ETag, feed.LastModified);
        }

        var fetched = await fetcher.FetchAsync(url, FeedAccept, etag, lastModified, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _storing.WaitAsync(cancellationToken);
                try
                {
                    return await StoreAsync(feedId, fetched, now, cancellationToken);
                }
                finally
                {
                    _storing.Release();
                }
            }
            catch (DbUpdateException exception) when (fetched.Outcome == FetchOutcome.Ok && StoreErrors.IsUniqueViolation(exception))
            {
                if (attempt < StoreAttempts)
                {
                    logger.LogInformation("Feed {FeedId} poll: another poll stored some of the same items at the same moment; reading them again", feedId);
                    continue;
                }

                logger.LogWarning(exception, "Feed {FeedId} poll: other polls kept storing the same items at the same moment", feedId);
                await ReleaseAsync(feedId, cancellationToken);
                return new PollResult(feedId, Busy, 0, 0, 0, KeptClashing, null);
            }
        }
    }

    /// <summary>Records one fetch's outcome on the feed and its new items in the inbox, in one save that also ends the claim.</summary>
    private async Task<PollResult?> StoreAsync(int feedId, FetchResult fetched, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var feed = await db.OutletFeeds.SingleOrDefaultAsync(f => f.Id == feedId, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        feed.LastPolledAt = now;
        feed.PollingUntil = null;
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

        await db.SaveChangesAsync(cancellationToken);
        if (result.Error is not null)
        {
            logger.LogWarning("Feed {FeedId} poll {Status}: {Error}", feed.Id, result.Status, result.Error);
        }

        return result;
    }

    /// <summary>Ends this poll's claim on the feed without recording anything else.</summary>
    private async Task ReleaseAsync(int feedId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.OutletFeeds.Where(f => f.Id == feedId).ExecuteUpdateAsync(set => set.SetProperty(f => f.PollingUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>Parses a fetched feed and takes its new entries into the inbox; a body that is not a feed is a failure.</summary>
    private async Task<PollResult> ReadAsync(DealTrackerDbContext db, OutletFeed feed, FetchResult fetched, DateTime now, CancellationToken cancellationToken)
    {
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(fetched.Body!, fetched.FinalUrl ?? new Uri(feed.Url), fetched.Charset, options.Value.MaxEntriesPerFeed);
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
        var skipped = parsed.Entries.Count(e => e.Link is { Length: > Limits.Url });
        return new PollResult(feed.Id, "ok", feed.ItemCount, added, duplicates, null, null, skipped);
    }

    /// <summary>Records a failed poll on the feed in a fresh context (the poll broke), ending its claim; null when the feed is gone.</summary>
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
        feed.PollingUntil = null;
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
    /// its outlet and title), at most <paramref name="cap"/> new ones a poll, so a long feed lands over the next polls. An entry whose
    /// title tells the same story as an item from another feed (<see cref="Headlines.SameStoryWords"/>, published within
    /// <see cref="SameStoryDays"/> days of it) is recorded as a duplicate of that item; one whose title this feed (or a removed feed of
    /// the outlet) already brought under the same link but another query string (a session or cache-busting parameter) is that item
    /// again, not counted. Stories are looked up by their stored, indexed story words, however many items the inbox holds. A link
    /// already in the inbox counts as one more copy of its story the first time another feed carries it (a removed feed of the same
    /// outlet, the feed before it was added again, is not another feed); an item still new whose title or summary the feed changed is
    /// read again.
    /// </summary>
    private static async Task<(int Added, int Duplicates)> IngestAsync(
        DealTrackerDbContext db, OutletFeed feed, IReadOnlyList<FeedEntry> entries, int cap, DateTime now, CancellationToken cancellationToken)
    {
        var outletNames = await db.Outlets.AsNoTracking().Select(o => o.Name).ToListAsync(cancellationToken);
        var keyed = entries
            .Where(e => e.Link is null || e.Link.Length <= Limits.Url) // longer than a report's link can be: its draft could never be saved
            .Select(e => (Entry: e, Key: StoryKey(feed, e, outletNames)))
            .ToList();
        var keys = keyed.SelectMany(e => new[] { e.Key, Links.Normalise(e.Entry.Link), FeedTitleKey(feed, e.Entry, outletNames) }).OfType<string>().Distinct().ToList();
        // One list parameter (json_each on SQLite, = ANY on PostgreSQL), never one parameter a key: 16,384 entries with two keys each
        // went past SQLite's 32,766 variables and failed every poll of the feed.
        var known = await db.InboxItems.Where(i => EF.Parameter(keys).Contains(i.NormalisedLink))
            .ToDictionaryAsync(i => i.NormalisedLink, cancellationToken);
        var filled = await FillStoryWordsAsync(db, now, cancellationToken);
        var stories = await StoriesAsync(db, keyed.Select(e => TitleKeyOf(e.Entry, outletNames)), filled, now, cancellationToken);
        var seenBefore = feed.LastSuccessAt; // this feed's last look, before this poll

        DealMatcher? matcher = null;
        var (added, duplicates) = (0, 0);
        foreach (var (entry, link) in keyed)
        {
            var same = known.GetValueOrDefault(link)
                ?? (Links.Normalise(entry.Link) is { } stored ? known.GetValueOrDefault(stored) : null)
                ?? (FeedTitleKey(feed, entry, outletNames) is { } legacy ? known.GetValueOrDefault(legacy) : null);
            if (same is not null)
            {
                // Already in the inbox: a re-read of this feed (not counted), the same link twice in this poll, or from a feed that had
                // not carried it before (it was stored after that feed's last look): one more copy of the story.
                if (same.Id == 0 || (!FromThisFeed(same.FeedId, same.OutletId, feed) && (seenBefore is null || same.FetchedAt > seenBefore)))
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

            var item = NewItem(feed, entry, link, outletNames, now);
            var words = item.StoryWords!;
            var linkBase = LinkBase(entry.Link);
            var copies = stories.GetValueOrDefault(words);
            var matchable = Headlines.SameStoryWords(words, words); // enough story words to be matched across feeds at all
            if (copies is not null && words.Length > 0
                && copies.Any(s => FromThisFeed(s.FeedId, s.OutletId, feed) && s.LinkBase == linkBase && Near(s.PublishedAt, item.PublishedAt)))
            {
                continue; // this feed's story again under a link that changes at each fetch (a session or cache-busting parameter)
            }

            if (added + duplicates >= cap)
            {
                continue; // the rest land at the next polls
            }

            var original = !matchable ? null : copies?.FirstOrDefault(s => s.DuplicateOfId is null && s.FeedId != feed.Id && Near(s.PublishedAt, item.PublishedAt));
            matcher ??= await DealMatcher.LoadAsync(db, cancellationToken);
            Analyse(item, matcher); // a duplicate too: its draft names its deal like any other's
            if (original is not null)
            {
                await MarkDuplicateAsync(db, item, original.Item, original.Id, now, cancellationToken);
                db.InboxItems.Add(item);
                known[link] = item;
                Remember(stories, words, new Story(null, feed.Id, feed.OutletId, item.PublishedAt, linkBase, original.Id ?? 0, item));
                duplicates++;
                continue;
            }

            db.InboxItems.Add(item);
            known[link] = item;
            Remember(stories, words, new Story(null, feed.Id, feed.OutletId, item.PublishedAt, linkBase, null, item));
            added++;
        }

        return (added, duplicates);
    }

    /// <summary>
    /// Whether a stored item came from this feed: its feed is this one, or it came from a feed of the same outlet since removed
    /// (removing a feed and adding it again is the only way to change its address; the new feed is the same source).
    /// </summary>
    private static bool FromThisFeed(int? itemFeedId, int itemOutletId, OutletFeed feed) =>
        itemFeedId == feed.Id || (itemFeedId is null && itemOutletId == feed.OutletId);

    /// <summary>How many days apart two copies of one story may be published (when both feeds give a date).</summary>
    public const int SameStoryDays = 3;

    /// <summary>How many days back a poll looks for the same story under another link (by the date the copies were fetched).</summary>
    private const int StoryLookbackDays = 14;

    private static bool Near(DateTime? a, DateTime? b) => a is null || b is null || Math.Abs((a.Value - b.Value).TotalDays) <= SameStoryDays;

    /// <summary>
    /// An entry's key: its link's story key, or for an entry with no web link, its outlet and title (<c>outlet:3#title words</c>), so
    /// the key holds when the feed is removed and added again under a new id.
    /// </summary>
    private static string StoryKey(OutletFeed feed, FeedEntry entry, IReadOnlyList<string> outletNames) =>
        StoryLinks.Key(entry.Link) ?? Limits.Cut($"outlet:{feed.OutletId}#{TitleKeyOf(entry, outletNames)}", Limits.Url)!;

    /// <summary>The key an entry with no web link was stored under before <see cref="StoryKey"/> named the outlet: its feed and title.</summary>
    private static string? FeedTitleKey(OutletFeed feed, FeedEntry entry, IReadOnlyList<string> outletNames) =>
        StoryLinks.Key(entry.Link) is null ? Limits.Cut($"feed:{feed.Id}#{TitleKeyOf(entry, outletNames)}", Limits.Url) : null;

    private static string TitleKeyOf(FeedEntry entry, IReadOnlyList<string> outletNames) =>
        Limits.Cut(Headlines.Key(Headlines.WithoutOutletSuffix(Limits.Cut(entry.Title, 500)!, outletNames)), 500)!;

    /// <summary>A link without its query and fragment, host in lower case (null for no web link): what a session parameter leaves alone.</summary>
    private static string? LinkBase(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}{uri.AbsolutePath}" : null;

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

    /// <summary>A stored item (Id set) or one of this poll (Item set) that a new entry's title is compared with.</summary>
    private sealed record Story(int? Id, int? FeedId, int OutletId, DateTime? PublishedAt, string? LinkBase, int? DuplicateOfId, InboxItem? Item);

    private static void Remember(Dictionary<string, List<Story>> stories, string words, Story story)
    {
        if (!stories.TryGetValue(words, out var list))
        {
            stories[words] = list = [];
        }

        list.Add(story);
    }

    /// <summary>
    /// The items of the last <see cref="StoryLookbackDays"/> days whose story words are those of this poll's entries, originals and
    /// duplicates alike, by story words: found through the index on <see cref="InboxItem.StoryWords"/>, whatever the inbox holds.
    /// </summary>
    private static async Task<Dictionary<string, List<Story>>> StoriesAsync(
        DealTrackerDbContext db, IEnumerable<string> titleKeys, IReadOnlyList<InboxItem> filled, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-StoryLookbackDays);
        var words = titleKeys.Select(Headlines.StoryWords).Where(w => w.Length > 0).Distinct().ToList();
        var found = await db.InboxItems.AsNoTracking().Where(i => EF.Parameter(words).Contains(i.StoryWords!) && i.FetchedAt >= since)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.StoryWords, i.FeedId, i.OutletId, i.PublishedAt, i.Link, i.DuplicateOfId })
            .ToListAsync(cancellationToken);
        var stories = new Dictionary<string, List<Story>>(StringComparer.Ordinal);
        foreach (var i in found)
        {
            Remember(stories, i.StoryWords!, new Story(i.Id, i.FeedId, i.OutletId, i.PublishedAt, LinkBase(i.Link), i.DuplicateOfId, null));
        }

        foreach (var i in filled.Where(i => words.Contains(i.StoryWords!)))
        {
            Remember(stories, i.StoryWords!, new Story(i.Id, i.FeedId, i.OutletId, i.PublishedAt, LinkBase(i.Link), i.DuplicateOfId, null));
        }

        return stories;
    }

    /// <summary>How many items stored before <see cref="InboxItem.StoryWords"/> one poll fills in.</summary>
    private const int FillBatch = 2000;

    /// <summary>
    /// Stores the story words of recent items stored before the column (null there), a batch a poll, so they are found by their
    /// words like any other (this poll compares with them as they are); saved with the poll.
    /// </summary>
    private static async Task<List<InboxItem>> FillStoryWordsAsync(DealTrackerDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-StoryLookbackDays);
        var unfilled = await db.InboxItems.Where(i => i.StoryWords == null && i.FetchedAt >= since).Take(FillBatch).ToListAsync(cancellationToken);
        foreach (var item in unfilled)
        {
            db.Entry(item).Property(i => i.StoryWords).IsModified = true; // its value is worked out from its title key
        }

        return unfilled;
    }

    /// <summary>
    /// A new inbox item for a feed entry, its title, key and summary cut to their column sizes; a date that is not
    /// <see cref="PlausibleDate"/> is not believed (the item then has no date).
    /// </summary>
    private static InboxItem NewItem(OutletFeed feed, FeedEntry entry, string link, IReadOnlyList<string> outletNames, DateTime now)
    {
        var title = Limits.Cut(entry.Title, 500)!;
        var dated = PlausibleDate(entry.PublishedAt, now);
        return new InboxItem
        {
            Feed = feed,
            OutletId = feed.OutletId,
            Title = title,
            Link = entry.Link ?? string.Empty,
            NormalisedLink = link,
            TitleKey = Limits.Cut(Headlines.Key(Headlines.WithoutOutletSuffix(title, outletNames)), 500)!,
            PublishedAt = dated ? entry.PublishedAt : null,
            PublishedOn = dated ? entry.PublishedOn : null,
            Summary = Limits.Cut(entry.Summary, 4000),
            FetchedAt = now,
        };
    }

    /// <summary>
    /// Feed dates before this are no publication date: the Unix epoch (1970-01-01) and the other "no date" placeholders of feeds and
    /// their CMSs (0001-01-01, 1900-01-01, 1899-12-30, 1904-01-01, 1980-01-01) all fall before it, and no web feed is older.
    /// </summary>
    public static readonly DateTime EarliestFeedDate = new(1995, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Whether a feed's date is believed: no date at all is fine (it stays unknown); a date more than a day ahead of now (it would head
    /// "newest" for ever) or before <see cref="EarliestFeedDate"/> (a placeholder: it would be proposed as the report's date) is not.
    /// </summary>
    public static bool PlausibleDate(DateTime? publishedAt, DateTime now) =>
        publishedAt is not { } at || (at <= now.AddDays(1) && at >= EarliestFeedDate);

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
        item.DealId = matcher.BestDeal(named, extraction, text);
        item.Score = DealMatcher.Score(item.DealId, named.Count, extraction);
    }
}
