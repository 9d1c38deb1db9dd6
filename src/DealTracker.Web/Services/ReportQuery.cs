using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services;

public sealed record ReportView(
    int Id,
    string Outlet,
    string OutletSlug,
    string? Headline,
    string Summary,
    string? Date,
    string? Retrieved,
    string? Link,
    string LinkLabel,
    string? SourceNote,
    IReadOnlyList<ReportDealClaims> Deals,
    IReadOnlyList<ReportRelation> ReliesOn,
    IReadOnlyList<ReportRelation> ReliedOnBy,
    IReadOnlyList<string> Events)
{
    /// <summary>For a retracted report, the reason (empty when none was given); null while it stands.</summary>
    public string? Retraction { get; init; }
}

public sealed record ReportDealClaims(string Slug, string Title, IReadOnlyList<ClaimView> Claims);

/// <summary>A reliance seen from one side: the other report (when there is one) or outlet, and how.</summary>
public sealed record ReportRelation(int? ReportId, string Outlet, string? Title, string Kind, string? Note);

/// <summary>One report with its claims, what it relies on and who relies on it, in a fixed number of queries.</summary>
public sealed class ReportQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    public Task<ReportView?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"report:{id}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var report = await db.Reports.Where(r => r.Id == id)
                .Select(r => new
                {
                    r.Id, Outlet = r.Outlet!.Name, OutletSlug = r.Outlet.Slug, r.Outlet.Homepage, r.Headline, r.Summary, r.Url,
                    r.PublishedOn, r.PublishedPrecision, r.RetrievedOn, r.SourceNote, r.Status, r.RetractionReason,
                    ReliesOn = r.Reliances.Select(x => new
                    {
                        x.TargetReportId, x.Kind, x.Note,
                        Outlet = x.TargetOutlet != null ? x.TargetOutlet.Name : x.TargetReport!.Outlet!.Name,
                        Title = x.TargetReport != null ? (x.TargetReport.Headline ?? x.TargetReport.Summary) : null,
                    }).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (report is null)
            {
                return null;
            }

            var claims = await db.Claims.Where(c => c.ReportId == id)
                .OrderBy(c => c.DealId).ThenBy(c => c.Id)
                .Select(c => new
                {
                    DealSlug = c.Deal!.Slug, DealTitle = c.Deal.Title,
                    Row = new TimelineQuery.ClaimRow(c.Id, c.ReportId, c.Metric, c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh,
                                                     c.TalksStage, c.Statement, c.Quote, c.Status, c.RetractionReason, c.Note),
                })
                .ToListAsync(cancellationToken);

            var reliedOnBy = await db.Reliances
                .Where(x => x.TargetReportId == id || (x.TargetOutletId != null && x.TargetOutlet!.Slug == report.OutletSlug))
                .Select(x => new { x.ReportId, x.Kind, x.Note, Outlet = x.Report!.Outlet!.Name, Title = x.Report.Headline ?? x.Report.Summary, ToThis = x.TargetReportId == id })
                .OrderBy(x => x.ReportId).Take(50)
                .ToListAsync(cancellationToken);

            var events = await db.Events.Where(e => e.Reports.Any(r => r.Id == id)).Select(e => e.Title).ToListAsync(cancellationToken);

            var (link, label) = DealEvidence.LinkFor(report.Url, report.Homepage);
            return new ReportView(
                report.Id, report.Outlet, report.OutletSlug, report.Headline, report.Summary,
                DealEvidence.DateText(report.PublishedOn, report.PublishedPrecision),
                report.RetrievedOn?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                link, label, report.SourceNote,
                claims.GroupBy(c => (c.DealSlug, c.DealTitle))
                      .Select(g => new ReportDealClaims(g.Key.DealSlug, g.Key.DealTitle, g.Select(c => TimelineQuery.ToView(c.Row)).ToList())).ToList(),
                report.ReliesOn.Select(x => new ReportRelation(x.TargetReportId, x.Outlet, x.Title, DisplayNames.Of(x.Kind), x.Note)).ToList(),
                reliedOnBy.Select(x => new ReportRelation(x.ReportId, x.Outlet, x.Title,
                    DisplayNames.Of(x.Kind) + (x.ToThis ? "" : $" {report.Outlet}'s reporting"), x.Note)).ToList(),
                events)
            {
                Retraction = report.Status == Domain.Reports.ReportStatus.Retracted ? report.RetractionReason ?? "" : null,
            };
        });
}
