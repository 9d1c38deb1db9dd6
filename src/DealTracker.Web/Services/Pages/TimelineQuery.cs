using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Pages;

/// <summary>What the timeline shows: the filters live in the query string.</summary>
public sealed record TimelineFilter(string? Outlet, string? Party, Metric? Metric, DateOnly? From, DateOnly? To, DateOnly? AsOf, int Page = 1)
{
    public bool NarrowsToClaims => Party is not null || Metric is not null;

    /// <summary>
    /// True when no filter narrows the deal's reports (any page): an empty-filter comparison, so a filter added later
    /// can never be totalled from the deal's kept count by mistake.
    /// </summary>
    public bool ShowsEveryReport => this with { Page = 1 } == new TimelineFilter(null, null, null, null, null, null);
}

public sealed record TimelineView(
    DealHeader Deal,
    IReadOnlyList<FilterOption> Outlets,
    IReadOnlyList<FilterOption> Parties,
    IReadOnlyList<FilterOption> Metrics,
    IReadOnlyList<TimelineDay> Days,
    int ReportCount,
    int Page,
    int PageCount);

public sealed record FilterOption(string Value, string Label);

/// <summary>One date heading: a day, or a month or year for what is known only that far.</summary>
public sealed record TimelineDay(string Label, string? Iso, IReadOnlyList<TimelineEntry> Entries);

public sealed record TimelineEntry(
    bool IsEvent,
    int? ReportId,
    string? Outlet,
    string? OutletSlug,
    string Title,
    string? Summary,
    string? Link,
    string? LinkLabel,
    string? ReliesOn,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<string> BackedBy)
{
    /// <summary>For an event of a related deal shown on this timeline: that deal.</summary>
    public FilterOption? RelatedDeal { get; init; }

    /// <summary>For a retracted report, the reason (empty when none was given); null while it stands.</summary>
    public string? Retraction { get; init; }

    /// <summary>Claims of the report on the deal left off this entry (it shows at most <see cref="Editing.Limits.TimelineClaimsPerReport"/>).</summary>
    public int MoreClaims { get; init; }
}

/// <summary>A claim as pages show it: money in its hedge words, everything else as its statement.</summary>
public sealed record ClaimView(
    int Id,
    string Metric,
    string? Party,
    string? Words,
    string? Full,
    string Statement,
    string? Quote,
    bool IsRetracted,
    string? RetractionReason,
    string? Note);

/// <summary>
/// A deal's reports and events in date order, filtered and paged, in a fixed number of queries.
/// Events are shown beside the page of reports whose dates they fall among.
/// </summary>
public sealed class TimelineQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    public const int PageSize = 25;

    public Task<TimelineView?> GetAsync(string slug, TimelineFilter filter, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"timeline:{slug}:{filter}", () => LoadAsync(slug, filter, cancellationToken));

    private static readonly IReadOnlyList<FilterOption> _metricOptions =
        [.. Enum.GetValues<Metric>().Select(m => new FilterOption(m.ToString(), DisplayNames.Of(m)))];

    private async Task<TimelineView?> LoadAsync(string slug, TimelineFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await DealHeader.FindAsync(db, slug, cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var reports = Filtered(db, deal.Id, filter);
        var total = await TotalAsync(db, deal.Id, filter, reports, cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var pageRows = await LoadPageAsync(reports, deal.Id, page, cancellationToken);
        var claims = await LoadClaimsAsync(db, deal.Id, pageRows, cancellationToken);
        var events = filter.NarrowsToClaims ? [] : await LoadEventsAsync(db, deal.Id, filter, pageRows, page, pageCount, cancellationToken);
        var entries = pageRows.Select(r => ToEntry(r, claims)).Concat(events.Select(ToEntry));
        return new TimelineView(
            deal,
            await KeptOutletOptionsAsync(db, deal.Id, cancellationToken),
            await PartyOptionsAsync(db, deal.Id, cancellationToken),
            _metricOptions,
            ByDate(entries),
            total,
            page,
            pageCount);
    }

    // The deal's reports that carry a claim matching the filter, published within its dates. A join to the distinct
    // report ids of the deal's claims rather than EXISTS: for the first pages PostgreSQL would otherwise walk every
    // report in date order until it met a page of the deal's (docs/performance.md).
    private static IQueryable<Domain.Reports.Report> Filtered(DealTrackerDbContext db, int dealId, TimelineFilter filter)
    {
        var reportIds = db.Claims
            .Where(c => c.DealId == dealId
                && (filter.Party == null || c.Party!.Slug == filter.Party)
                && (filter.Metric == null || c.Metric == filter.Metric))
            .Select(c => c.ReportId)
            .Distinct();
        var reports = db.Reports.Join(reportIds, r => r.Id, id => id, (r, _) => r);
        if (filter.Outlet is not null)
        {
            reports = reports.Where(r => r.Outlet!.Slug == filter.Outlet);
        }

        if (filter.From is { } from)
        {
            reports = reports.Where(r => r.PublishedUntil >= from);
        }

        if (filter.To is { } to)
        {
            reports = reports.Where(r => r.PublishedOn <= to);
        }

        if (filter.AsOf is { } asOf)
        {
            reports = reports.Where(r => r.PublishedUntil <= asOf);
        }

        return reports;
    }

    // Every report of the deal: its kept count (DealTallies, one row); else a count of the filtered reports.
    private static async Task<int> TotalAsync(
        DealTrackerDbContext db, int dealId, TimelineFilter filter, IQueryable<Domain.Reports.Report> reports, CancellationToken cancellationToken) =>
        (filter.ShowsEveryReport
            ? await db.DealTallies.Where(t => t.DealId == dealId).Select(t => (int?)t.Reports).FirstOrDefaultAsync(cancellationToken)
            : null)
        ?? await reports.CountAsync(cancellationToken);

    // Oldest first; on the same first day the coarser date first (Year > Month > Day by name); undated last.
    private static Task<List<ReportRow>> LoadPageAsync(IQueryable<Domain.Reports.Report> reports, int dealId, int page, CancellationToken cancellationToken) =>
        reports
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenByDescending(r => r.PublishedPrecision).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new ReportRow(
                r.Id, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision,
                r.Outlet!.Name, r.Outlet.Slug, r.Outlet.Homepage,
                r.Status == Domain.Reports.ReportStatus.Retracted ? (r.RetractionReason ?? "") : null,
                r.Reliances.Select(x => new RelianceRow(x.Kind, x.TargetOutlet != null ? x.TargetOutlet.Name : x.TargetReport!.Outlet!.Name)).ToList(),
                r.Claims.Count(c => c.DealId == dealId)))
            .ToListAsync(cancellationToken);

    // At most a few claims per report, whatever a report states: the entry counts the rest and links to the report.
    private static async Task<ILookup<int, ClaimRow>> LoadClaimsAsync(DealTrackerDbContext db, int dealId, List<ReportRow> pageRows, CancellationToken cancellationToken)
    {
        var ids = pageRows.Select(r => r.Id).ToList();
        var claims = await db.Reports
            .Where(r => ids.Contains(r.Id))
            // The page's reports again inside: else the numbering of each report's claims runs over every claim of the deal.
            .SelectMany(r => r.Claims.Where(c => c.DealId == dealId && ids.Contains(c.ReportId)).OrderBy(c => c.Id).Take(Editing.Limits.TimelineClaimsPerReport))
            .Select(c => new ClaimRow(c.Id, c.ReportId, c.Metric, c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh,
                                      c.TalksStage, c.Statement, c.Quote, c.Status, c.RetractionReason, c.Note))
            .ToListAsync(cancellationToken);
        return claims.ToLookup(c => c.ReportId);
    }

    // Events fall on this page when their dates lie among its reports' (the first page reaches back, the last forward).
    private static Task<List<EventRow>> LoadEventsAsync(
        DealTrackerDbContext db, int dealId, TimelineFilter filter, List<ReportRow> pageRows, int page, int pageCount, CancellationToken cancellationToken)
    {
        var lowest = page == 1 ? (DateOnly?)null : pageRows.FirstOrDefault()?.PublishedOn;
        var highest = page == pageCount ? (DateOnly?)null : pageRows.LastOrDefault(r => r.PublishedOn is not null)?.PublishedOn;
        return db.Events
            .Where(e => e.DealId == dealId || db.DealLinks.Any(l =>
                (l.DealId == dealId && l.RelatedDealId == e.DealId) || (l.RelatedDealId == dealId && l.DealId == e.DealId)))
            .Where(e => lowest == null || e.OccurredOn >= lowest)
            .Where(e => highest == null || e.OccurredOn < highest)
            .Where(e => page == pageCount || e.OccurredOn != null)
            .Where(e => filter.From == null || e.OccurredUntil >= filter.From)
            .Where(e => filter.To == null || e.OccurredOn <= filter.To)
            .Where(e => filter.AsOf == null || e.OccurredUntil <= filter.AsOf)
            .Where(e => filter.Outlet == null || e.Reports.Any(r => r.Outlet!.Slug == filter.Outlet))
            .Select(e => new EventRow(
                e.Title, e.Description, e.OccurredOn, e.OccurredPrecision,
                e.DealId == dealId ? null : e.Deal!.Title,
                e.DealId == dealId ? null : e.Deal!.Slug,
                e.Reports.Select(r => r.Outlet!.Name).ToList()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The outlet filter: the deal's kept list (<see cref="DealHeadlines"/>, one query of one row), or, before it is
    /// kept, the distinct outlets of the deal's claims (a join through every claim of the deal to the reports).
    /// </summary>
    private static async Task<IReadOnlyList<FilterOption>> KeptOutletOptionsAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken)
    {
        var json = await db.DealHeadlines.Where(h => h.DealId == dealId).Select(h => h.TimelineOutletsJson).FirstOrDefaultAsync(cancellationToken);
        return DealHeadlines.Read<List<FilterOption>>(json) ?? await OutletOptionsAsync(db, dealId, cancellationToken);
    }

    /// <summary>Every outlet with a claim about the deal (whatever the filter), by name.</summary>
    internal static async Task<IReadOnlyList<FilterOption>> OutletOptionsAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken)
    {
        var outlets = await db.Claims.Where(c => c.DealId == dealId)
            .Select(c => new { c.Report!.Outlet!.Slug, c.Report.Outlet.Name }).Distinct()
            .ToListAsync(cancellationToken);
        return [.. outlets.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => new FilterOption(o.Slug, o.Name))];
    }

    /// <summary>
    /// The party filter: the deal's parties and every party its claims name (a claim may name a party that is not one of
    /// the deal's). The ids come from the deal's own rows (its claims through the index that starts with DealId, its
    /// DealParties), then each party is read by its key: the cost follows the deal's claims, never the catalogue's parties
    /// (a correlated EXISTS per party walked the deal's claims once for every party in the store; docs/performance.md).
    /// </summary>
    internal static async Task<IReadOnlyList<FilterOption>> PartyOptionsAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken)
    {
        var partyIds = db.Claims.Where(c => c.DealId == dealId && c.PartyId != null).Select(c => c.PartyId!.Value)
            .Union(db.DealParties.Where(d => d.DealId == dealId).Select(d => d.PartyId));
        var parties = await db.Parties
            .Where(p => partyIds.Contains(p.Id))
            .Select(p => new { p.Slug, p.Name })
            .ToListAsync(cancellationToken);
        return [.. parties.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => new FilterOption(p.Slug, p.Name))];
    }

    private static (PartialDate? Date, TimelineEntry Entry) ToEntry(ReportRow r, ILookup<int, ClaimRow> claims)
    {
        var (link, label) = DealEvidence.LinkFor(r.Url, r.Homepage);
        var reliesOn = DealEvidence.ReliesOnText(r.ReliesOn.Select(x => (x.Kind, x.Target)));
        var date = r.PublishedOn is { } day ? PartialDate.From(day, r.PublishedPrecision ?? DatePrecision.Day) : (PartialDate?)null;
        return (date, new TimelineEntry(false, r.Id, r.Outlet, r.OutletSlug, r.Headline ?? r.Summary, r.Headline is null || r.Headline == r.Summary ? null : r.Summary,
            link, label, reliesOn, claims[r.Id].OrderBy(c => c.Id).Select(c => Clipped(ToView(c))).ToList(), [])
        {
            Retraction = r.Retraction,
            MoreClaims = Math.Max(0, r.ClaimCount - Editing.Limits.TimelineClaimsPerReport),
        });
    }

    private static (PartialDate? Date, TimelineEntry Entry) ToEntry(EventRow e) => (
        e.OccurredOn is { } day ? PartialDate.From(day, e.OccurredPrecision ?? DatePrecision.Day) : (PartialDate?)null,
        new TimelineEntry(true, null, null, null, e.Title, e.Description, null, null, null, [], e.BackedBy)
        {
            RelatedDeal = e.RelatedDeal is null ? null : new FilterOption(e.RelatedSlug!, e.RelatedDeal),
        });

    // A heading per date, in date order (undated last); on a date, events before reports.
    private static List<TimelineDay> ByDate(IEnumerable<(PartialDate? Date, TimelineEntry Entry)> entries) =>
        [.. entries
            .GroupBy(e => e.Date)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new TimelineDay(
                g.Key?.ToString() ?? "Date not stated",
                g.Key?.ToIsoString(),
                g.OrderByDescending(e => e.Entry.IsEvent).Select(e => e.Entry).ToList()))];

    // The timeline's short form of a claim: statement and quote cut to a few lines (the report page shows them whole).
    private static ClaimView Clipped(ClaimView claim) => claim with
    {
        Statement = Editing.Limits.Clip(claim.Statement, Editing.Limits.TimelineText),
        Quote = claim.Quote is null ? null : Editing.Limits.Clip(claim.Quote, Editing.Limits.TimelineText),
        RetractionReason = claim.RetractionReason is null ? null : Editing.Limits.Clip(claim.RetractionReason, Editing.Limits.TimelineText),
    };

    internal static ClaimView ToView(ClaimRow c)
    {
        var money = c.Hedge is { } hedge ? Domain.Money.HedgedAmount.Create(hedge, c.Currency!, c.Amount, c.AmountLow, c.AmountHigh) : null;
        var words = money?.ToHedgeWords() ?? (c.TalksStage is { } stage ? DisplayNames.Of(stage) : null);
        return new ClaimView(c.Id, DisplayNames.Of(c.Metric), c.PartyName, words, money?.ToFullWords(), c.Statement, c.Quote,
                             c.Status == ClaimStatus.Retracted, c.RetractionReason, c.Note);
    }

    private sealed record ReportRow(
        int Id, string? Headline, string Summary, string? Url, DateOnly? PublishedOn, DatePrecision? PublishedPrecision,
        string Outlet, string OutletSlug, string? Homepage, string? Retraction, List<RelianceRow> ReliesOn, int ClaimCount);

    private sealed record RelianceRow(Domain.Reports.RelianceKind Kind, string Target);

    private sealed record EventRow(
        string Title, string? Description, DateOnly? OccurredOn, DatePrecision? OccurredPrecision, string? RelatedDeal, string? RelatedSlug,
        List<string> BackedBy);

    internal sealed record ClaimRow(
        int Id, int ReportId, Metric Metric, string? PartyName, Domain.Money.Hedge? Hedge, string? Currency, decimal? Amount, decimal? AmountLow,
        decimal? AmountHigh, TalksStage? TalksStage, string Statement, string? Quote, ClaimStatus Status, string? RetractionReason, string? Note);
}
