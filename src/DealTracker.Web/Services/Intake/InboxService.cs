using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Intake;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Intake;

/// <summary>How the inbox is ordered: <c>ranked</c> (most likely worth a report first, then newest) or <c>newest</c>.</summary>
public enum InboxOrder
{
    Ranked,
    Newest,
}

/// <summary>
/// The inbox filters: deal and outlet by slug, whether figures were found, status (default New); 1-based page, or the item the page
/// starts after (<paramref name="After"/>, the API's cursor: then <paramref name="Page"/> only numbers the page).
/// </summary>
public sealed record InboxQuery(
    string? Deal = null, string? Outlet = null, bool? HasFigures = null, InboxStatus? Status = InboxStatus.New,
    InboxOrder Order = InboxOrder.Ranked, int Page = 1, int PageSize = 25, InboxKey? After = null);

/// <summary>An item's place in the inbox's orders: its score (the ranked order only), <see cref="InboxItem.SortAt"/> and id.</summary>
public sealed record InboxKey(int Score, DateTime SortAt, int Id);

/// <summary>An inbox item as the inbox page and <c>GET /api/inbox</c> show it.</summary>
public sealed record InboxItemView(
    int Id, string Title, string? Link, string OutletSlug, string OutletName, int? FeedId, DateTime? PublishedAt, string? Summary,
    InboxStatus Status, string? DismissReason, int? ReportId, string? DealSlug, string? DealTitle, string? PartiesNamed,
    int FigureCount, int Score, int Duplicates, DateTime FetchedAt, InboxExtraction Extraction);

/// <summary>
/// A page of the inbox and the number of items matching the filters. <see cref="NextKey"/> is the last item's place when more follow
/// (null on the last page); <see cref="Next"/> is the API's cursor made from it.
/// </summary>
public sealed record InboxPage(IReadOnlyList<InboxItemView> Items, int Total, int Page, int PageSize)
{
    public string? Next { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public InboxKey? NextKey { get; init; }
}

/// <summary>
/// A report draft made from an inbox item, with what the form should point out: named sources that match no
/// known outlet (offer to add one) and the anonymous sources the piece leans on.
/// </summary>
public sealed record InboxDraft(ReportDraft Draft, IReadOnlyList<string> SourcesWithoutOutlet, IReadOnlyList<string> AnonymousSources);

/// <summary>The editors' inbox: listing and filtering, the prefilled report draft, dismissing, and marking done.</summary>
public sealed class InboxService(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>Which of the filters given name no deal or outlet: "deal", "outlet", both or none. Slugs are read in any case.</summary>
    public async Task<IReadOnlyList<string>> UnknownSlugsAsync(string? deal, string? outlet, CancellationToken cancellationToken = default)
    {
        (deal, outlet) = (deal?.ToLowerInvariant(), outlet?.ToLowerInvariant());
        var unknown = new List<string>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(deal) && !await db.Deals.AnyAsync(d => d.Slug == deal, cancellationToken))
        {
            unknown.Add("deal");
        }

        if (!string.IsNullOrWhiteSpace(outlet) && !await db.Outlets.AnyAsync(o => o.Slug == outlet, cancellationToken))
        {
            unknown.Add("outlet");
        }

        return unknown;
    }

    /// <summary>Whether the inbox holds any item at all, whatever its status (an empty inbox is one whose feeds brought nothing yet).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InboxItems.AnyAsync(cancellationToken);
    }

    /// <summary>A page of the inbox, filtered; deal and outlet slugs in any case (slugs are lower case); unknown ones give an empty page.</summary>
    public async Task<InboxPage> ListAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        query = query with { Deal = query.Deal?.ToLowerInvariant(), Outlet = query.Outlet?.ToLowerInvariant() };
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = db.InboxItems.AsNoTracking();
        if (query.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Deal))
        {
            items = items.Where(i => i.Deal!.Slug == query.Deal);
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            items = items.Where(i => i.Outlet!.Slug == query.Outlet);
        }

        if (query.HasFigures is { } hasFigures)
        {
            items = hasFigures ? items.Where(i => i.FigureCount > 0) : items.Where(i => i.FigureCount == 0);
        }

        var total = await items.CountAsync(cancellationToken);
        if (query.After is { } after)
        {
            items = After(items, query.Order, after, db.Database.IsNpgsql());
        }

        items = Ordered(items, query.Order);
        // A page past the end is empty (never an overflowing offset that wraps round to the first page). After a key, nothing is skipped.
        var skip = query.After is null ? (long)(page - 1) * size : 0;
        var rows = skip >= total ? [] : await Project(items.Skip((int)skip).Take(size + 1)).ToListAsync(cancellationToken);
        var next = rows.Count > size ? new InboxKey(rows[size - 1].Score, rows[size - 1].SortAt, rows[size - 1].Id) : null;
        return new InboxPage([.. rows.Take(size).Select(r => r.ToView())], total, page, size) { NextKey = next };
    }

    /// <summary>
    /// The items after <paramref name="after"/> in the order. On PostgreSQL a row comparison, which the order's index reads as a
    /// range (the page starts at the key, whatever its depth); on SQLite the same test spelled out, which its planner reads off the
    /// same index. Either way no item before the key is read into the page, and an item dismissed or added meanwhile moves no other.
    /// </summary>
    private static IQueryable<InboxItem> After(IQueryable<InboxItem> items, InboxOrder order, InboxKey after, bool rowValues) =>
        (order, rowValues) switch
        {
            (InboxOrder.Newest, true) => items.Where(i => EF.Functions.LessThan(ValueTuple.Create(i.SortAt, i.Id), ValueTuple.Create(after.SortAt, after.Id))),
            (InboxOrder.Newest, false) => items.Where(i => i.SortAt < after.SortAt || (i.SortAt == after.SortAt && i.Id < after.Id)),
            (_, true) => items.Where(i => EF.Functions.LessThan(
                ValueTuple.Create(i.Score, i.SortAt, i.Id), ValueTuple.Create(after.Score, after.SortAt, after.Id))),
            _ => items.Where(i => i.Score < after.Score
                || (i.Score == after.Score && (i.SortAt < after.SortAt || (i.SortAt == after.SortAt && i.Id < after.Id)))),
        };

    /// <summary>
    /// The items in the inbox's order: by score, then the newest first (<see cref="InboxItem.SortAt"/>, the date published, else
    /// fetched), then the latest stored; or the newest first alone. Each order, with or without a status filter, has an index.
    /// </summary>
    internal static IQueryable<InboxItem> Ordered(IQueryable<InboxItem> items, InboxOrder order) => order == InboxOrder.Newest
        ? items.OrderByDescending(i => i.SortAt).ThenByDescending(i => i.Id)
        : items.OrderByDescending(i => i.Score).ThenByDescending(i => i.SortAt).ThenByDescending(i => i.Id);

    /// <summary>One item, or null.</summary>
    public async Task<InboxItemView?> GetAsync(int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await Project(db.InboxItems.AsNoTracking().Where(i => i.Id == itemId)).SingleOrDefaultAsync(cancellationToken);
        return row?.ToView();
    }

    /// <summary>
    /// The report form prefilled from the item: outlet, headline, link, published and retrieved dates, a claim for
    /// each money figure (metric and investor as the context reader proposes, the deal it probably concerns), the
    /// stage and responses, and a relies-on row for each named source that matches a known outlet. Carries
    /// <see cref="ReportDraft.InboxItemId"/>, so saving it marks the item done. Nothing is saved. Null when there is no such item.
    /// </summary>
    public async Task<InboxDraft?> BuildDraftAsync(int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        // The same reading as the paste panel's (ArticleProposals, KnownName): the same claims and reliances for the same text.
        var text = FeedPoller.TextOf(item);
        if (text.Length > FigureExtractor.MaxTextLength)
        {
            text = text[..FigureExtractor.MaxTextLength];
        }

        var outlets = await EditorLookups.OutletNamesAsync(db, cancellationToken);
        var parties = await EditorLookups.PartyNamesAsync(db, cancellationToken);
        // The item's own outlet, by any of its names ("Bloomberg News" in a Bloomberg story), is no source to rely on or add.
        var proposals = ArticleProposals.Read(text, outlets, parties, outlets.FirstOrDefault(o => o.Id == item.OutletId));
        var dealId = item.DealId ?? 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The outlet's own day when the feed gave its zone; else the UTC day (items stored before the day was kept). A placeholder date
        // stored before the poll stopped believing it (1970-01-01) is no date: the editor gives it.
        var published = item.PublishedAt is { } placeholder && placeholder < FeedPoller.EarliestFeedDate ? null
            : item.PublishedOn ?? (item.PublishedAt is { } at ? DateOnly.FromDateTime(at) : (DateOnly?)null);
        var draft = new ReportDraft
        {
            InboxItemId = item.Id,
            OutletId = item.OutletId,
            // An item stored before the intake left bidirectional controls and invisible-only titles out: its draft can still be saved.
            Headline = ReportDraft.Clean(VisibleText.WithoutBidiControls(item.Title)),
            Url = Domain.Reports.Links.SafeOrNull(item.Link),
            PublishedOn = published > today ? today : published,
            RetrievedOn = today,
            // Leaning on people it does not name is part of the record: kept in the source note, which the editor can change or clear.
            SourceNote = ArticleProposals.NoteOn(proposals.AnonymousSources),
        };

        // A headline usually repeats a figure of the summary ("up to $50 billion" / "as much as $50 billion"):
        // one claim per metric and amount, in the summary's words.
        var figures = proposals.Figures.Where(f => f.Converts is null && f.Metric is { } m && m.IsMoney())
            .Select(f => f.ToClaim(dealId))
            .GroupBy(c => (c.Metric, c.Currency, c.Hedge, c.Amount, c.Low, c.High))
            .Select(g => g.Last());
        draft.Claims.AddRange(figures);
        draft.Claims.AddRange(proposals.Claims.Select(c => c.ToClaim(dealId)));

        var withoutOutlet = new List<string>();
        foreach (var source in proposals.Sources)
        {
            if (source.IsDocument)
            {
                // "according to the report", "a regulatory filing": no outlet to offer.
                continue;
            }

            if (source.Outlet is null)
            {
                withoutOutlet.Add(source.Name);
            }
            else if (source.Outlet.Id != item.OutletId && draft.Reliances.All(r => r.TargetOutletId != source.Outlet.Id))
            {
                draft.Reliances.Add(source.ToReliance());
            }
        }

        return new InboxDraft(draft, [.. withoutOutlet.Distinct(StringComparer.OrdinalIgnoreCase)], proposals.AnonymousSources);
    }

    /// <summary>The longest dismiss reason.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Sets a new item aside with an optional reason: one line, at most <see cref="MaxReasonLength"/> characters. Invalid (on
    /// "Reason") for a reason with a line break, a control character, a bidirectional control or only invisible ones; invalid (on "Status") when the item is
    /// done or already dismissed: its first reason is never overwritten (put it back to new with <see cref="RestoreAsync"/>, then
    /// dismiss it again). Two dismissals at once: one wins, the other is refused.
    /// </summary>
    public async Task<EditResult> DismissAsync(int itemId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        ReportDraft.CheckLine(errors, "Reason", reason, MaxReasonLength, "A reason");
        if (!errors.ContainsKey("Reason") && reason is not null && reason.Trim().IndexOfAny(LineBreaks) >= 0)
        {
            errors["Reason"] = "A reason is one line: it cannot hold a line break.";
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cleaned = ReportDraft.Clean(reason);
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a new item: the status is checked in the update itself, so a dismissal that raced another never overwrites its reason.
        var changed = await db.InboxItems.Where(i => i.Id == itemId && i.Status == InboxStatus.New)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.Status, InboxStatus.Dismissed)
                .SetProperty(i => i.DismissReason, cleaned)
                .SetProperty(i => i.DecidedAt, now), cancellationToken);
        if (changed == 1)
        {
            return EditResult.Saved(itemId, 0);
        }

        var item = await db.InboxItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.Status, i.ReportId, i.DismissReason }).SingleOrDefaultAsync(cancellationToken);
        return item switch
        {
            null => EditResult.NotFound("inbox item"),
            { Status: InboxStatus.Done } => EditResult.Invalid("Status", $"This item is already done: report {item.ReportId} was made from it."),
            _ => EditResult.Invalid("Status", item.DismissReason is { } first
                ? $"This item is already dismissed, with the reason “{Limits.Clip(first, 80)}”. Nothing was changed: put it back to new first to dismiss it again."
                : "This item is already dismissed. Nothing was changed: put it back to new first to dismiss it again."),
        };
    }

    /// <summary>
    /// Puts a dismissed item back to new (its reason cleared), for an item set aside by mistake. Invalid (on "Status") when it is
    /// new already or done. NotFound when there is no such item.
    /// </summary>
    public async Task<EditResult> RestoreAsync(int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.InboxItems.Where(i => i.Id == itemId && i.Status == InboxStatus.Dismissed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.Status, InboxStatus.New)
                .SetProperty(i => i.DismissReason, (string?)null)
                .SetProperty(i => i.DecidedAt, (DateTime?)null), cancellationToken);
        if (changed == 1)
        {
            return EditResult.Saved(itemId, 0);
        }

        var item = await db.InboxItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.Status, i.ReportId }).SingleOrDefaultAsync(cancellationToken);
        return item switch
        {
            null => EditResult.NotFound("inbox item"),
            { Status: InboxStatus.Done } => EditResult.Invalid("Status", $"This item is done: report {item.ReportId} was made from it."),
            _ => EditResult.Invalid("Status", "This item is new already: nothing to put back."),
        };
    }

    private static readonly char[] LineBreaks = ['\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029'];

    /// <summary>
    /// Marks the item done, linked to the saved report. <see cref="ReportEditor.SaveAsync"/> already does this in
    /// the report's own transaction when the draft carries <see cref="ReportDraft.InboxItemId"/>; call this only for
    /// a report saved another way. NotFound when the item or the report does not exist.
    /// </summary>
    public async Task<EditResult> MarkDoneAsync(int itemId, int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InboxItems.AsTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return EditResult.NotFound("inbox item");
        }

        if (!await db.Reports.AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return EditResult.NotFound("report");
        }

        item.Status = InboxStatus.Done;
        item.ReportId = reportId;
        item.DismissReason = null;
        item.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved(item.Id, 0);
    }

    private static IQueryable<Row> Project(IQueryable<InboxItem> items) => items.Select(i => new Row(
        i.Id, i.Title, i.Link, i.Outlet!.Slug, i.Outlet.Name, i.FeedId, i.PublishedAt, i.Summary, i.Status, i.DismissReason, i.ReportId,
        i.Deal == null ? null : i.Deal.Slug, i.Deal == null ? null : i.Deal.Title, i.PartiesNamed, i.FigureCount, i.Score, i.Duplicates,
        i.FetchedAt, i.Extraction, i.SortAt));

    private sealed record Row(
        int Id, string Title, string Link, string OutletSlug, string OutletName, int? FeedId, DateTime? PublishedAt, string? Summary,
        InboxStatus Status, string? DismissReason, int? ReportId, string? DealSlug, string? DealTitle, string? PartiesNamed,
        int FigureCount, int Score, int Duplicates, DateTime FetchedAt, string? Extraction, DateTime SortAt)
    {
        public InboxItemView ToView() => new(
            Id, Title, Domain.Reports.Links.SafeOrNull(Link), OutletSlug, OutletName, FeedId, StoredTimes.Utc(PublishedAt), Summary, Status, DismissReason,
            ReportId, DealSlug, DealTitle, PartiesNamed, FigureCount, Score, Duplicates, StoredTimes.Utc(FetchedAt), InboxExtraction.FromJson(Extraction));
    }
}
