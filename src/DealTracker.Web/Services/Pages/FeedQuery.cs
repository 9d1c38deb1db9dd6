using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;

namespace DealTracker.Web.Services.Pages;

/// <summary>A deal's feed of new reports: the newest <see cref="FeedQuery.MaxEntries"/> reports with claims on it, newest first.</summary>
public sealed record DealFeed(int DealId, string Slug, string Title, DateTime Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// One report in a deal's feed. <see cref="Updated"/> and <see cref="Published"/> are UTC;
/// <see cref="Published"/> is null unless the report's date is known to the day.
/// <see cref="Link"/> is the piece itself, when its address is a safe http or https link.
/// </summary>
public sealed record FeedEntry(int ReportId, string Outlet, string Title, DateTime Updated, DateTime? Published, string Summary, string? Link);

/// <summary>
/// The feed of new reports on one deal, in a fixed number of queries whatever the data size.
/// Entries are the reports that carry a claim on the deal, in the order they were entered into the
/// store (report id, newest first). Times, in this order of preference:
/// <list type="bullet">
/// <item><c>Updated</c>: the last change an editor or an import recorded to the report or its claims
/// (its history: entered, edited, retracted); for a report with none (the seed's), the day it was
/// published when known to the day; else the day it was retrieved; else when the seed loaded it;
/// else (a bulk-loaded synthetic report) <see cref="UnknownTime"/>.</item>
/// <item><c>Published</c>: the day the report was published, at midnight UTC, only when the source gives
/// the day (a month or a year is not turned into a day).</item>
/// </list>
/// </summary>
public sealed class FeedQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    public const int MaxEntries = 50;

    /// <summary>The time given when none is known (an undated seeded report): 1970-01-01T00:00:00Z.</summary>
    public static readonly DateTime UnknownTime = DateTime.UnixEpoch;

    public Task<DealFeed?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"feed:{slug}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var deal = await db.Deals.Where(d => d.Slug == slug)
                .Select(d => new { d.Id, d.Slug, d.Title })
                .FirstOrDefaultAsync(cancellationToken);
            if (deal is null)
            {
                return null;
            }

            var reports = await db.Reports
                .Where(r => r.Claims.Any(c => c.DealId == deal.Id))
                .OrderByDescending(r => r.Id)
                .Take(MaxEntries)
                .Select(r => new
                {
                    r.Id, Outlet = r.Outlet!.Name, r.Headline, r.Summary, r.Url, r.PublishedOn, r.PublishedPrecision, r.RetrievedOn,
                    r.Status, r.RetractionReason,
                    FigureCount = r.Claims.Count(c => c.DealId == deal.Id && c.Hedge != null),
                })
                .ToListAsync(cancellationToken);

            // At most a few figures per entry, whatever a report states: the summary counts the rest.
            var reportIds = reports.Select(r => r.Id).ToList();
            var figureRows = await db.Reports
                .Where(r => reportIds.Contains(r.Id))
                .SelectMany(r => r.Claims.Where(c => c.DealId == deal.Id && c.Hedge != null).OrderBy(c => c.Id).Take(Editing.Limits.FeedFiguresPerEntry))
                .Select(c => new { c.Id, c.ReportId, c.Metric, PartyName = c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh, c.Status })
                .ToListAsync(cancellationToken);
            var figuresByReport = figureRows.OrderBy(c => c.Id).ToLookup(c => c.ReportId);

            // The last recorded change of each report (its own record, or one of its claims' or reliances'), and of the deal (key 0).
            var ids = reports.Select(r => r.Id).ToList();
            var changeRows = await db.ChangeRecords
                .Where(c => (c.ItemType == nameof(Report) && ids.Contains(c.ItemId))
                         || (c.ReportId != null && ids.Contains(c.ReportId.Value))
                         || (c.ItemType == nameof(Deal) && c.ItemId == deal.Id))
                .GroupBy(c => new { Key = c.ItemType == nameof(Deal) ? 0 : c.ReportId ?? c.ItemId, Seed = c.EditorId == DatabaseSeeder.SeedEditor.Id })
                .Select(g => new { g.Key.Key, g.Key.Seed, At = g.Max(c => c.At) })
                .ToListAsync(cancellationToken);
            var changes = changeRows.Where(c => !c.Seed).ToDictionary(c => c.Key, c => DateTime.SpecifyKind(c.At, DateTimeKind.Utc));
            var seeded = changeRows.Where(c => c.Seed).ToDictionary(c => c.Key, c => DateTime.SpecifyKind(c.At, DateTimeKind.Utc));

            var entries = reports.Select(r =>
            {
                var published = r.PublishedOn is { } day && (r.PublishedPrecision ?? DatePrecision.Day) == DatePrecision.Day ? Midnight(day) : (DateTime?)null;
                var updated = changes.TryGetValue(r.Id, out var changed) ? changed
                    : published ?? (r.RetrievedOn is { } retrieved ? Midnight(retrieved) : seeded.GetValueOrDefault(r.Id, UnknownTime));
                var figures = figuresByReport[r.Id].Select(c =>
                {
                    var words = HedgedAmount.Create(c.Hedge!.Value, c.Currency!, c.Amount, c.AmountLow, c.AmountHigh).ToHedgeWords();
                    return $"{words} ({FigureName(c.Metric, c.PartyName)}{(c.Status == ClaimStatus.Retracted ? ", retracted" : "")})";
                }).ToList();
                var summary = string.Join(' ', new[]
                {
                    r.Status == ReportStatus.Retracted
                        ? (string.IsNullOrWhiteSpace(r.RetractionReason) ? "Retracted." : $"Retracted: {r.RetractionReason.TrimEnd('.')}.")
                        : null,
                    figures.Count == 0 ? "States no money figure on this deal."
                        : r.FigureCount > figures.Count ? $"{string.Join("; ", figures)}; and {r.FigureCount - figures.Count} more {(r.FigureCount - figures.Count == 1 ? "figure" : "figures")} (see the report)."
                        : string.Join("; ", figures) + ".",
                    r.PublishedOn is { } start
                        ? $"Published {PartialDate.From(start, r.PublishedPrecision ?? DatePrecision.Day)}."
                        : "Date not stated in the source.",
                }.OfType<string>());
                return new FeedEntry(r.Id, r.Outlet, $"{r.Outlet}: {r.Headline ?? r.Summary}", updated, published, summary, Links.SafeOrNull(r.Url));
            }).ToList();

            var feedUpdated = entries.Count > 0 ? entries.Max(e => e.Updated) : changes.GetValueOrDefault(0, UnknownTime);
            return (DealFeed?)new DealFeed(deal.Id, deal.Slug, deal.Title, feedUpdated, entries);
        });

    /// <summary>"Amazon’s investment", "round size", "valuation": the figure's title, lower case unless it starts with a name.</summary>
    internal static string FigureName(Metric metric, string? partyName)
    {
        var title = DisplayNames.FigureTitle(metric, partyName);
        return title.StartsWith(DisplayNames.Of(metric), StringComparison.Ordinal)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;
    }

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
