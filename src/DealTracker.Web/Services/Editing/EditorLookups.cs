using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

public sealed record Choice(int Id, string Label);

/// <summary>A filter choice named by its address slug: "wsj" → "The Wall Street Journal".</summary>
public sealed record SlugChoice(string Slug, string Label);

/// <summary>A row of an editor's list.</summary>
public sealed record AdminRow(int Id, string Title, string? Detail, string? Date, bool IsRetracted);

public sealed record AdminPage(IReadOnlyList<AdminRow> Rows, int Total, int Page, int PageSize);

/// <summary>The pickers and searchable lists of the editor pages (read-only, short-lived contexts).</summary>
public sealed class EditorLookups(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<Choice>> OutletsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Outlets.OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Choice>> DealsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title).Select(d => new Choice(d.Id, d.Title)).ToListAsync(cancellationToken);
    }

    /// <summary>The deal new claims are about unless the report names one (<see cref="ReportDraft.DealForNewClaims"/>): the site's featured deal, null when there is no deal.</summary>
    public async Task<int?> FeaturedDealIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.FeaturedFirst().Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Choice>> PartiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Parties.OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The deals by slug, featured first, for filters.</summary>
    public async Task<IReadOnlyList<SlugChoice>> DealSlugsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.OrderByDescending(d => d.IsFeatured).ThenBy(d => d.Title).Select(d => new SlugChoice(d.Slug, d.Title)).ToListAsync(cancellationToken);
    }

    /// <summary>The outlets by slug, for filters.</summary>
    public async Task<IReadOnlyList<SlugChoice>> OutletSlugsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Outlets.OrderBy(o => o.Name).Select(o => new SlugChoice(o.Slug, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<string?> OutletSlugAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Outlets.Where(o => o.Id == id).Select(o => o.Slug).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The outlets with the ways a text may name them (name, slug, homepage host), to map cited sources to outlets.</summary>
    public async Task<IReadOnlyList<KnownName>> OutletNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OutletNamesAsync(db, cancellationToken);
    }

    /// <summary>The outlets' known names, read from <paramref name="db"/> (the paste panel and the inbox draft share it).</summary>
    public static async Task<IReadOnlyList<KnownName>> OutletNamesAsync(DealTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Outlets.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Slug, o.Homepage }).ToListAsync(cancellationToken);
        return [.. rows.Select(o => KnownName.Of(o.Id, o.Name, o.Slug, o.Homepage))];
    }

    /// <summary>The parties with the ways a text may name them (name, a bracketed short name, slug), to map investors and responses to parties.</summary>
    public async Task<IReadOnlyList<KnownName>> PartyNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PartyNamesAsync(db, cancellationToken);
    }

    /// <summary>The parties' known names, read from <paramref name="db"/> (the paste panel and the inbox draft share it).</summary>
    public static async Task<IReadOnlyList<KnownName>> PartyNamesAsync(DealTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Parties.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Slug }).ToListAsync(cancellationToken);
        return [.. rows.Select(p => KnownName.Of(p.Id, p.Name, p.Slug))];
    }

    /// <summary>Reports to pick as a source, matching <paramref name="search"/> in outlet, headline or summary.</summary>
    public async Task<IReadOnlyList<Choice>> ReportChoicesAsync(string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Reports.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = SearchText.LikePattern(search);
            query = query.Where(r => EF.Functions.Like(r.Outlet!.Name, term, SearchText.Escape) || EF.Functions.Like(r.Headline ?? r.Summary, term, SearchText.Escape));
        }

        var rows = await query.OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id).Take(take)
            .Select(r => new { r.Id, Outlet = r.Outlet!.Name, Title = r.Headline ?? r.Summary, r.PublishedOn, r.PublishedPrecision })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Choice(r.Id, ReportLabel(r.Outlet, r.Title, DateAsKnown(r.PublishedOn, r.PublishedPrecision))))];
    }

    public async Task<string?> ReportChoiceLabelAsync(int id, CancellationToken cancellationToken = default) =>
        (await ReportChoicesByIdAsync([id], cancellationToken)).FirstOrDefault()?.Label;

    public async Task<IReadOnlyList<Choice>> ReportChoicesByIdAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reports.Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, Outlet = r.Outlet!.Name, Title = r.Headline ?? r.Summary, r.PublishedOn, r.PublishedPrecision })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Choice(r.Id, ReportLabel(r.Outlet, r.Title, DateAsKnown(r.PublishedOn, r.PublishedPrecision))))];
    }

    public async Task<AdminPage> ReportsAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Reports.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = SearchText.LikePattern(search);
            query = query.Where(r => EF.Functions.Like(r.Outlet!.Name, term, SearchText.Escape) || EF.Functions.Like(r.Headline ?? "", term, SearchText.Escape)
                                  || EF.Functions.Like(r.Summary, term, SearchText.Escape) || EF.Functions.Like(r.Url ?? "", term, SearchText.Escape));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, Outlet = r.Outlet!.Name, Title = r.Headline ?? r.Summary, r.PublishedOn, r.PublishedPrecision, r.Status, Claims = r.Claims.Count })
            .ToListAsync(cancellationToken);
        return new AdminPage(
            [.. rows.Select(r => new AdminRow(r.Id, r.Title, $"{r.Outlet} · {r.Claims} claim{(r.Claims == 1 ? "" : "s")}", DateAsKnown(r.PublishedOn, r.PublishedPrecision), r.Status == ReportStatus.Retracted))],
            total, page, PageSize);
    }

    public async Task<AdminPage> ClaimsAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Claims.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = SearchText.LikePattern(search);
            query = query.Where(c => EF.Functions.Like(c.Statement, term, SearchText.Escape) || EF.Functions.Like(c.Quote ?? "", term, SearchText.Escape)
                                  || EF.Functions.Like(c.Report!.Outlet!.Name, term, SearchText.Escape));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Statement, c.Quote, Outlet = c.Report!.Outlet!.Name, c.Report.PublishedOn, c.Report.PublishedPrecision, c.Status })
            .ToListAsync(cancellationToken);
        return new AdminPage(
            [.. rows.Select(c => new AdminRow(c.Id, c.Statement, c.Quote is null ? c.Outlet : $"{c.Outlet}: “{c.Quote}”", DateAsKnown(c.PublishedOn, c.PublishedPrecision), c.Status == ClaimStatus.Retracted))],
            total, page, PageSize);
    }

    public async Task<AdminPage> OutletsAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Outlets.AsQueryable();
        if (SearchText.Key(search) is { Length: > 0 } key)
        {
            var names = await db.Outlets.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            var ids = names.Where(o => SearchText.Matches(o.Name, key)).Select(o => o.Id).ToList();
            query = query.Where(o => ids.Contains(o.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderBy(o => o.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new AdminRow(o.Id, o.Name, o.Homepage, null, false)).ToListAsync(cancellationToken);
        return new AdminPage(rows, total, page, PageSize);
    }

    public async Task<AdminPage> PartiesAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Parties.AsQueryable();
        if (SearchText.Key(search) is { Length: > 0 } key)
        {
            var names = await db.Parties.Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            var ids = names.Where(p => SearchText.Matches(p.Name, key)).Select(p => p.Id).ToList();
            query = query.Where(p => ids.Contains(p.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderBy(p => p.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new AdminRow(p.Id, p.Name, p.Description, null, false)).ToListAsync(cancellationToken);
        return new AdminPage(rows, total, page, PageSize);
    }

    public async Task<AdminPage> DealsAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Deals.AsQueryable();
        if (SearchText.Key(search) is { Length: > 0 } key)
        {
            var names = await db.Deals.Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken);
            var ids = names.Where(d => SearchText.Matches(d.Title, key)).Select(d => d.Id).ToList();
            query = query.Where(d => ids.Contains(d.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderBy(d => d.Title).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new AdminRow(d.Id, d.Title, d.Summary, null, false)).ToListAsync(cancellationToken);
        return new AdminPage(rows, total, page, PageSize);
    }

    public async Task<AdminPage> EventsAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Events.AsQueryable();
        if (SearchText.Key(search) is { Length: > 0 } key)
        {
            var names = await db.Events.Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken);
            var ids = names.Where(e => SearchText.Matches(e.Title, key)).Select(e => e.Id).ToList();
            query = query.Where(e => ids.Contains(e.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        page = PageWithin(total, page);
        var rows = await query.OrderByDescending(e => e.OccurredOn).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.Id, e.Title, Deal = e.Deal!.Title, e.OccurredOn, e.OccurredPrecision }).ToListAsync(cancellationToken);

        // As precisely as known: "Nov 2025", never an invented "1 Nov 2025".
        return new AdminPage(
            [.. rows.Select(e => new AdminRow(e.Id, e.Title, e.Deal, DateAsKnown(e.OccurredOn, e.OccurredPrecision), false))],
            total, page, PageSize);
    }

    // A page that exists: past the last page shows the last one.
    private static int PageWithin(int total, int page) => Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));

    /// <summary>
    /// The one way the editor shows a stored date: as precisely as known ("29 Jan 2026", "Nov 2025", "2025"), as the public pages
    /// do, never an invented first day; a date stored without a precision is a day's.
    /// </summary>
    private static string? DateAsKnown(DateOnly? on, DatePrecision? precision) =>
        on is { } start ? PartialDate.From(start, precision ?? DatePrecision.Day).ToString() : null;

    // "Reuters: Amazon in talks to invest… (29 Jan 2026)", "… (Nov 2025)"
    private static string ReportLabel(string outlet, string title, string? published) =>
        $"{outlet}: {Shorten(title)}{(published is null ? "" : $" ({published})")}";

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
