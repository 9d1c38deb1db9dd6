using System.Linq.Expressions;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Tallies;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis.Queries;

/// <summary>
/// The data lists behind the read API and the exports: reports, claims, outlets and events,
/// filtered and paged in SQL (a count and a page: two queries whatever the size).
/// </summary>
public sealed class DataQueries(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<PagedList<ReportDto>> ReportsAsync(DataFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Reports(db, filter);
        var total = await TotalAsync(db, query, filter, t => t.Reports, cancellationToken);
        if (filter.After is { } after)
        {
            query = after.On is { } on
                ? query.Where(r => r.PublishedOn == null || r.PublishedOn > on || (r.PublishedOn == on && r.Id > after.Id))
                : query.Where(r => r.PublishedOn == null && r.Id > after.Id);
            if (after.On is { } from && db.Database.IsNpgsql())
            {
                query = query.Where(r => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(r.PublishedOn == null, r.PublishedOn), ValueTuple.Create(false, (DateOnly?)from)));
            }
        }

        var (items, more) = filter.IsPastEnd(total) ? ([], false) : await PageOfReportsAsync(db, query, (int)filter.Skip, filter.PageSize, cancellationToken);
        return new PagedList<ReportDto>([.. items.Select(r => r.Dto)], total, filter.Page, filter.PageSize,
            more ? Next("reports", filter, items[^1].On, items[^1].Dto.Id) : null);
    }

    public async Task<PagedList<ClaimDto>> ClaimsAsync(DataFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Claims(db, filter);
        var total = await TotalAsync(db, query, filter, t => t.Claims, cancellationToken);
        if (filter.After is { } after)
        {
            query = after.On is { } on
                ? query.Where(c => c.Report!.PublishedOn == null || c.Report!.PublishedOn > on || (c.Report!.PublishedOn == on && c.Id > after.Id))
                : query.Where(c => c.Report!.PublishedOn == null && c.Id > after.Id);

            // The same test, said again as a row comparison that PostgreSQL reads as a range of the reports' dated index
            // (IX_Reports_Dated_PublishedOn_Id): the page starts at the key's day instead of filtering every report before it.
            if (after.On is { } from && db.Database.IsNpgsql())
            {
                query = query.Where(c => EF.Functions.GreaterThanOrEqual(
                    ValueTuple.Create(c.Report!.PublishedOn == null, c.Report.PublishedOn), ValueTuple.Create(false, (DateOnly?)from)));
            }
        }

        // One more row than the page says whether a next page exists (its cursor), without counting what follows.
        var items = filter.IsPastEnd(total) ? [] : await ClaimRows(query.OrderBy(c => c.Report!.PublishedOn == null).ThenBy(c => c.Report!.PublishedOn).ThenBy(c => c.Id)
            .Skip((int)filter.Skip).Take(filter.PageSize + 1)).ToListAsync(cancellationToken);
        var more = items.Count > filter.PageSize;
        items = [.. items.Take(filter.PageSize)];
        var attribution = await AttributeAsync(db, items, cancellationToken);
        return new PagedList<ClaimDto>([.. items.Select(c => ToDto(c, attribution))], total, filter.Page, filter.PageSize,
            more ? Next("claims", filter, items[^1].PublishedOn, items[^1].Id) : null);
    }

    public async Task<PagedList<EventDto>> EventsAsync(DataFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Events.AsQueryable();
        if (filter.DealId is { } dealId)
        {
            query = query.Where(e => e.DealId == dealId);
        }

        // An event has no outlet, party, metric or status of its own: these filters read the reports it stands on (and their claims).
        if (filter.OutletId is { } outletId)
        {
            query = query.Where(e => e.Reports.Any(r => r.OutletId == outletId));
        }

        if (filter.PartyId is { } partyId)
        {
            query = query.Where(e => e.Reports.Any(r => r.Claims.Any(c => c.PartyId == partyId)));
        }

        if (filter.Metric is { } metric)
        {
            query = query.Where(e => e.Reports.Any(r => r.Claims.Any(c => c.Metric == metric)));
        }

        if (filter.ReportStatus is { } status)
        {
            query = query.Where(e => e.Reports.Any(r => r.Status == status));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.OccurredUntil >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.OccurredOn <= to);
        }

        var total = await query.CountAsync(cancellationToken);
        if (filter.After is { } after)
        {
            query = after.On is { } on
                ? query.Where(e => e.OccurredOn == null || e.OccurredOn > on || (e.OccurredOn == on && e.Id > after.Id))
                : query.Where(e => e.OccurredOn == null && e.Id > after.Id);
        }

        var rows = filter.IsPastEnd(total) ? [] : await query.OrderBy(e => e.OccurredOn == null).ThenBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Skip((int)filter.Skip).Take(filter.PageSize + 1)
            .Select(e => new { e.Id, Deal = e.Deal!.Slug, e.Title, e.Description, e.OccurredOn, e.OccurredPrecision })
            .ToListAsync(cancellationToken);
        var more = rows.Count > filter.PageSize;
        rows = [.. rows.Take(filter.PageSize)];
        return new PagedList<EventDto>(
            [.. rows.Select(e => new EventDto(e.Id, e.Deal, e.Title, e.Description, PartialDateDto.From(e.OccurredOn, e.OccurredPrecision)))],
            total, filter.Page, filter.PageSize, more ? Next("events", filter, rows[^1].OccurredOn, rows[^1].Id) : null);
    }

    /// <summary>The cursor of the page after this one (<see cref="ListCursor"/>): it starts after the page's last item.</summary>
    private static string Next(string list, DataFilter filter, DateOnly? on, int id) =>
        ListCursor.Encode(list, filter.Page + 1, ListCursor.Day(on), ListCursor.Number(id));

    /// <summary>
    /// How many items the filter lets through. Unfiltered, or by outlet alone, that is the outlets' kept counts
    /// (Data/Tallies) added up, not a count over the whole table.
    /// </summary>
    private static Task<int> TotalAsync<T>(
        DealTrackerDbContext db, IQueryable<T> query, DataFilter filter, Expression<Func<OutletTally, int>> kept, CancellationToken cancellationToken)
    {
        if (!filter.NarrowsByOutletAtMost)
        {
            return query.CountAsync(cancellationToken);
        }

        var tallies = filter.OutletId is { } outletId ? db.OutletTallies.Where(t => t.OutletId == outletId) : db.OutletTallies;
        return tallies.Select(kept).SumAsync(cancellationToken);
    }

    // A page of reports in date order, with the deals each one's claims are about (a second query:
    // SQLite cannot run a collection projection under LIMIT).
    // The page's reports with their dates (the next cursor's key), and whether more follow (one row more is read for that).
    private static async Task<(List<(ReportDto Dto, DateOnly? On)> Items, bool More)> PageOfReportsAsync(
        DealTrackerDbContext db, IQueryable<Report> query, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await ReportRows(query.OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id).Skip(skip).Take(take + 1))
            .ToListAsync(cancellationToken);
        var more = rows.Count > take;
        rows = [.. rows.Take(take)];
        var ids = rows.Select(r => r.Id).ToList();
        var deals = (await db.Claims.Where(c => ids.Contains(c.ReportId)).Select(c => new { c.ReportId, c.Deal!.Slug }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(d => d.ReportId, d => d.Slug);
        var attribution = await Attribution.LoadAsync(db, [.. rows.Select(r => new AttributedReport(r.Id, r.OutletId, new NamedRef(r.OutletSlug, r.OutletName)))], cancellationToken);
        return ([.. rows.Select(r => (ToDto(r, [.. deals[r.Id].Order(StringComparer.Ordinal)], attribution), r.PublishedOn))], more);
    }

    // What the claims' reports rely on and the origins behind them: one query for the whole page.
    private static Task<Attribution> AttributeAsync(DealTrackerDbContext db, List<ClaimRow> claims, CancellationToken cancellationToken) =>
        Attribution.LoadAsync(db, [.. claims.Select(c => new AttributedReport(c.ReportId, c.OutletId, new NamedRef(c.OutletSlug, c.OutletName)))], cancellationToken);

    private static IQueryable<Report> Reports(DealTrackerDbContext db, DataFilter filter)
    {
        var query = db.Reports.AsQueryable();
        if (filter.OutletId is { } outletId)
        {
            query = query.Where(r => r.OutletId == outletId);
        }

        if (filter.DealId is { } dealId)
        {
            query = query.Where(r => r.Claims.Any(c => c.DealId == dealId));
        }

        if (filter.PartyId is { } partyId)
        {
            query = query.Where(r => r.Claims.Any(c => c.PartyId == partyId));
        }

        if (filter.Metric is { } metric)
        {
            query = query.Where(r => r.Claims.Any(c => c.Metric == metric));
        }

        if (filter.ReportStatus is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.From is { } from)
        {
            query = query.Where(r => r.PublishedUntil >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(r => r.PublishedOn <= to);
        }

        return query;
    }

    private static IQueryable<Claim> Claims(DealTrackerDbContext db, DataFilter filter)
    {
        var query = db.Claims.AsQueryable();
        if (filter.DealId is { } dealId)
        {
            query = query.Where(c => c.DealId == dealId);
        }

        if (filter.OutletId is { } outletId)
        {
            query = query.Where(c => c.Report!.OutletId == outletId);
        }

        if (filter.PartyId is { } partyId)
        {
            query = query.Where(c => c.PartyId == partyId);
        }

        if (filter.Metric is { } metric)
        {
            query = query.Where(c => c.Metric == metric);
        }

        if (filter.ClaimStatus is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.From is { } from)
        {
            query = query.Where(c => c.Report!.PublishedUntil >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(c => c.Report!.PublishedOn <= to);
        }

        return query;
    }

    private static IQueryable<ReportRow> ReportRows(IQueryable<Report> query) => query.Select(r => new ReportRow(
        r.Id, r.OutletId, r.Outlet!.Slug, r.Outlet.Name, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision, r.RetrievedOn,
        r.Status, r.RetractionReason, r.Claims.Count));

    private static IQueryable<ClaimRow> ClaimRows(IQueryable<Claim> query) => query.Select(c => new ClaimRow(
        c.Id, c.ReportId, c.Deal!.Slug, c.Metric, c.Party != null ? c.Party.Slug : null, c.Party != null ? c.Party.Name : null,
        c.Statement, c.Quote, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh, c.TalksStage, c.Status, c.RetractionReason, c.Note,
        c.Report!.OutletId, c.Report.Outlet!.Name, c.Report.Outlet.Slug, c.Report.PublishedOn, c.Report.PublishedPrecision));

    private static ReportDto ToDto(ReportRow r, IReadOnlyList<string> deals, Attribution attribution) => new(
        r.Id, new NamedRef(r.OutletSlug, r.OutletName), r.Headline, r.Summary, Links.SafeOrNull(r.Url),
        PartialDateDto.From(r.PublishedOn, r.PublishedPrecision), r.RetrievedOn is { } retrieved ? IsoDay.Format(retrieved) : null,
        EnumNames.Token(r.Status), r.RetractionReason, deals, r.Claims, attribution.ReliesOn(r.Id), attribution.OriginsOf(r.Id));

    private static ClaimDto ToDto(ClaimRow c, Attribution attribution) => new(
        c.Id, c.ReportId, c.Deal, EnumNames.Token(c.Metric), c.PartySlug is null ? null : new NamedRef(c.PartySlug, c.PartyName!),
        c.Statement, c.Quote,
        MoneyDto.From(c.Hedge is { } hedge && c.Currency is { } currency ? Domain.Money.HedgedAmount.Create(hedge, currency, c.Amount, c.AmountLow, c.AmountHigh) : null),
        c.TalksStage is { } stage ? EnumNames.Token(stage) : null, EnumNames.Token(c.Status), c.RetractionReason, c.Note,
        c.OutletName, c.OutletSlug, PartialDateDto.From(c.PublishedOn, c.PublishedPrecision),
        attribution.ReliesOn(c.ReportId), attribution.OriginsOf(c.ReportId));

    private sealed record ReportRow(
        int Id, int OutletId, string OutletSlug, string OutletName, string? Headline, string Summary, string? Url, DateOnly? PublishedOn,
        Domain.Dates.DatePrecision? PublishedPrecision, DateOnly? RetrievedOn, ReportStatus Status, string? RetractionReason, int Claims);

    private sealed record ClaimRow(
        int Id, int ReportId, string Deal, Metric Metric, string? PartySlug, string? PartyName, string Statement, string? Quote,
        Domain.Money.Hedge? Hedge, string? Currency, decimal? Amount, decimal? AmountLow, decimal? AmountHigh, TalksStage? TalksStage,
        ClaimStatus Status, string? RetractionReason, string? Note, int OutletId, string OutletName, string OutletSlug, DateOnly? PublishedOn,
        Domain.Dates.DatePrecision? PublishedPrecision);
}
