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

    private async Task<TimelineView?> LoadAsync(string slug, TimelineFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await DealHeader.FindAsync(db, slug, cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var dealId = deal.Id;
        var reports = db.Reports.Where(r => r.Claims.Any(c => c.DealId == dealId
            && (filter.Party == null || c.Party!.Slug == filter.Party)
            && (filter.Metric == null || c.Metric == filter.Metric)));
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

        var total = await reports.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        // Oldest first; on the same first day the coarser date first (Year > Month > Day by name); undated last.
        var pageRows = await reports
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenByDescending(r => r.PublishedPrecision).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Id, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision,
                Outlet = r.Outlet!.Name, OutletSlug = r.Outlet.Slug, r.Outlet.Homepage,
                Retraction = r.Status == Domain.Reports.ReportStatus.Retracted ? (r.RetractionReason ?? "") : null,
                ReliesOn = r.Reliances.Select(x => new { x.Kind, Target = x.TargetOutlet != null ? x.TargetOutlet.Name : x.TargetReport!.Outlet!.Name }).ToList(),
                ClaimCount = r.Claims.Count(c => c.DealId == dealId),
            })
            .ToListAsync(cancellationToken);

        var ids = pageRows.Select(r => r.Id).ToList();
        // At most a few claims per report, whatever a report states: the entry counts the rest and links to the report.
        var claims = await db.Reports
            .Where(r => ids.Contains(r.Id))
            .SelectMany(r => r.Claims.Where(c => c.DealId == dealId).OrderBy(c => c.Id).Take(Editing.Limits.TimelineClaimsPerReport))
            .Select(c => new ClaimRow(c.Id, c.ReportId, c.Metric, c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh,
                                      c.TalksStage, c.Statement, c.Quote, c.Status, c.RetractionReason, c.Note))
            .ToListAsync(cancellationToken);
        var claimsByReport = claims.ToLookup(c => c.ReportId);

        // Events fall on this page when their dates lie among its reports' (the first page reaches back, the last forward).
        var lowest = page == 1 ? (DateOnly?)null : pageRows.FirstOrDefault()?.PublishedOn;
        var highest = page == pageCount ? (DateOnly?)null : pageRows.LastOrDefault(r => r.PublishedOn is not null)?.PublishedOn;
        var events = filter.NarrowsToClaims
            ? []
            : await db.Events
                .Where(e => e.DealId == dealId || db.DealLinks.Any(l =>
                    (l.DealId == dealId && l.RelatedDealId == e.DealId) || (l.RelatedDealId == dealId && l.DealId == e.DealId)))
                .Where(e => lowest == null || e.OccurredOn >= lowest)
                .Where(e => highest == null || e.OccurredOn < highest)
                .Where(e => page == pageCount || e.OccurredOn != null)
                .Where(e => filter.From == null || e.OccurredUntil >= filter.From)
                .Where(e => filter.To == null || e.OccurredOn <= filter.To)
                .Where(e => filter.AsOf == null || e.OccurredUntil <= filter.AsOf)
                .Where(e => filter.Outlet == null || e.Reports.Any(r => r.Outlet!.Slug == filter.Outlet))
                .Select(e => new
                {
                    e.Title, e.Description, e.OccurredOn, e.OccurredPrecision,
                    RelatedDeal = e.DealId == dealId ? null : e.Deal!.Title,
                    RelatedSlug = e.DealId == dealId ? null : e.Deal!.Slug,
                    BackedBy = e.Reports.Select(r => r.Outlet!.Name).ToList(),
                })
                .ToListAsync(cancellationToken);

        var outlets = await db.Claims.Where(c => c.DealId == dealId)
            .Select(c => new { c.Report!.Outlet!.Slug, c.Report.Outlet.Name }).Distinct()
            .ToListAsync(cancellationToken);
        var parties = await db.DealParties.Where(p => p.DealId == dealId)
            .Select(p => new { p.Party!.Slug, p.Party.Name }).Distinct()
            .ToListAsync(cancellationToken);

        var entries = pageRows
            .Select(r =>
            {
                var (link, label) = DealEvidence.LinkFor(r.Url, r.Homepage);
                var reliesOn = DealEvidence.ReliesOnText(r.ReliesOn.Select(x => (x.Kind, x.Target)));
                var date = r.PublishedOn is { } day ? PartialDate.From(day, r.PublishedPrecision ?? DatePrecision.Day) : (PartialDate?)null;
                return (Date: date, Entry: new TimelineEntry(false, r.Id, r.Outlet, r.OutletSlug, r.Headline ?? r.Summary, r.Headline is null || r.Headline == r.Summary ? null : r.Summary,
                    link, label, reliesOn, claimsByReport[r.Id].OrderBy(c => c.Id).Select(c => Clipped(ToView(c))).ToList(), [])
                {
                    Retraction = r.Retraction,
                    MoreClaims = Math.Max(0, r.ClaimCount - Editing.Limits.TimelineClaimsPerReport),
                });
            })
            .Concat(events.Select(e => (
                Date: e.OccurredOn is { } day ? PartialDate.From(day, e.OccurredPrecision ?? DatePrecision.Day) : (PartialDate?)null,
                Entry: new TimelineEntry(true, null, null, null, e.Title, e.Description, null, null, null, [], e.BackedBy)
                {
                    RelatedDeal = e.RelatedDeal is null ? null : new FilterOption(e.RelatedSlug!, e.RelatedDeal),
                })))
            .ToList();

        var days = entries
            .GroupBy(e => e.Date)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new TimelineDay(
                g.Key?.ToString() ?? "Date not stated",
                g.Key?.ToIsoString(),
                g.OrderByDescending(e => e.Entry.IsEvent).Select(e => e.Entry).ToList()))
            .ToList();

        return new TimelineView(
            deal,
            outlets.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => new FilterOption(o.Slug, o.Name)).ToList(),
            parties.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => new FilterOption(p.Slug, p.Name)).ToList(),
            Enum.GetValues<Metric>().Select(m => new FilterOption(m.ToString(), DisplayNames.Of(m))).ToList(),
            days,
            total,
            page,
            pageCount);
    }

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

    internal sealed record ClaimRow(
        int Id, int ReportId, Metric Metric, string? PartyName, Domain.Money.Hedge? Hedge, string? Currency, decimal? Amount, decimal? AmountLow,
        decimal? AmountHigh, TalksStage? TalksStage, string Statement, string? Quote, ClaimStatus Status, string? RetractionReason, string? Note);
}
