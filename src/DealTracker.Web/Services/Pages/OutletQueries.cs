using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Pages;

/// <summary>An outlet's record: how much it reported, and how often it was first or original.</summary>
public sealed record OutletSummary(int Id, string Slug, string Name, string Kind, string? Homepage, int Reports, int Claims, int Original, int First);

public sealed record OutletView(OutletSummary Outlet, IReadOnlyList<OutletReport> Reports, int Page, int PageCount);

public sealed record OutletReport(int Id, string Title, string? Date, string? ReliesOn, IReadOnlyList<string> Deals, int Claims)
{
    /// <summary>For a retracted report, the reason (empty when none was given); null while it stands.</summary>
    public string? Retraction { get; init; }
}

/// <summary>Outlets and their reports, in a fixed number of queries.</summary>
public sealed class OutletQueries(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    public const int PageSize = 50;

    public Task<IReadOnlyList<OutletSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("outlets", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var rows = await Summaries(db.Outlets, db).ToListAsync(cancellationToken);
            return (IReadOnlyList<OutletSummary>)rows
                .Select(o => new OutletSummary(o.Id, o.Slug, o.Name, DisplayNames.Of(o.Kind), Domain.Reports.Links.SafeOrNull(o.Homepage), o.Reports, o.Claims, o.Original, o.First))
                .OrderByDescending(o => o.Reports).ThenBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        });

    public Task<OutletView?> GetAsync(string slug, int page, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"outlet:{slug}:{page}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var outlet = await Summaries(db.Outlets.Where(o => o.Slug == slug), db).FirstOrDefaultAsync(cancellationToken);
            if (outlet is null)
            {
                return null;
            }

            var pageCount = Math.Max(1, (outlet.Reports + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pageCount);
            var reports = await db.Reports
                .Where(r => r.OutletId == outlet.Id)
                .OrderBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(r => new
                {
                    r.Id, r.Headline, r.Summary, r.PublishedOn, r.PublishedPrecision, r.Status, r.RetractionReason,
                    ReliesOn = r.Reliances.Select(x => new { x.Kind, Target = x.TargetOutlet != null ? x.TargetOutlet.Name : x.TargetReport!.Outlet!.Name }).ToList(),
                    Claims = r.Claims.Count,
                })
                .ToListAsync(cancellationToken);
            var ids = reports.Select(r => r.Id).ToList();
            var deals = (await db.Claims.Where(c => ids.Contains(c.ReportId))
                    .Select(c => new { c.ReportId, c.Deal!.Title }).Distinct()
                    .ToListAsync(cancellationToken))
                .ToLookup(d => d.ReportId, d => d.Title);

            return new OutletView(
                new OutletSummary(outlet.Id, outlet.Slug, outlet.Name, DisplayNames.Of(outlet.Kind), Domain.Reports.Links.SafeOrNull(outlet.Homepage),
                                  outlet.Reports, outlet.Claims, outlet.Original, outlet.First),
                reports.Select(r => new OutletReport(r.Id, r.Headline ?? r.Summary, DealEvidence.DateText(r.PublishedOn, r.PublishedPrecision),
                    DealEvidence.ReliesOnText(r.ReliesOn.Select(x => (x.Kind, x.Target))),
                    deals[r.Id].ToList(), r.Claims)
                {
                    Retraction = r.Status == Domain.Reports.ReportStatus.Retracted ? r.RetractionReason ?? "" : null,
                }).ToList(),
                page,
                pageCount);
        });

    // The counts are kept by every save (Data/Tallies): an outlet without a kept row yet has none of anything.
    private static IQueryable<SummaryRow> Summaries(IQueryable<Domain.Outlets.Outlet> outlets, DealTrackerDbContext db) =>
        from o in outlets
        join t in db.OutletTallies on o.Id equals t.OutletId into tallies
        from t in tallies.DefaultIfEmpty()
        select new SummaryRow
        {
            Id = o.Id, Slug = o.Slug, Name = o.Name, Kind = o.Kind, Homepage = o.Homepage,
            Reports = t == null ? 0 : t.Reports,
            Claims = t == null ? 0 : t.Claims,
            Original = t == null ? 0 : t.Original,
            First = t == null ? 0 : t.First,
        };

    private sealed class SummaryRow
    {
        public int Id { get; init; }

        public required string Slug { get; init; }

        public required string Name { get; init; }

        public Domain.Outlets.OutletKind Kind { get; init; }

        public string? Homepage { get; init; }

        public int Reports { get; init; }

        public int Claims { get; init; }

        public int Original { get; init; }

        public int First { get; init; }
    }
}
