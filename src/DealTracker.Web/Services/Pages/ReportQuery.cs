using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Services.Exchange;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Pages;

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

    /// <summary>What the page's schema.org markup says beyond what the page shows (see <see cref="ReportJsonLd"/>).</summary>
    public ReportFacts? Facts { get; init; }

    /// <summary>Claims the page leaves off: only a report stored before the limits can state more than <see cref="Editing.Limits.ClaimsPerReport"/>.</summary>
    public int MoreClaims { get; init; }
}

/// <summary>
/// A report as machine-readable facts: the piece's own link (http or https only), its date as ISO 8601
/// as precise as it is known ("2026-01-29", "2025-11"), its outlet, and its claims.
/// </summary>
public sealed record ReportFacts(ReportRefFacts Report, IReadOnlyList<ClaimFacts> Claims);

/// <summary>A report named from elsewhere: enough to identify it (a claim's first appearance).</summary>
public sealed record ReportRefFacts(int Id, string Outlet, string? OutletHomepage, string? Headline, string? Url, string? Published);

/// <summary>
/// One claim: the deal it is about, what it is (<c>Figure</c>: "Amazon’s investment"), its money value
/// when it is a money claim, and the earliest dated report in the store carrying the same value for the
/// same deal, metric and party (null when no such report has a date).
/// </summary>
public sealed record ClaimFacts(
    int Id, string DealSlug, string DealTitle, string Figure, string Statement, string? Quote, MoneyFacts? Money, bool IsRetracted,
    ReportRefFacts? FirstAppearance);

/// <summary>
/// A hedged amount as the interval its words allow: up to → <c>MaxValue</c> only; at least → <c>MinValue</c>
/// only; a range → both; exact → <c>Value</c>; approximately → <c>Value</c> with the ±10% bounds.
/// </summary>
public sealed record MoneyFacts(string Currency, string Words, decimal? Value, decimal? MinValue, decimal? MaxValue)
{
    public static MoneyFacts From(HedgedAmount money) => money.Hedge switch
    {
        Hedge.Exact => new(money.Currency, money.ToHedgeWords(), Amounts.Normalise(money.Amount), null, null),
        Hedge.UpTo => new(money.Currency, money.ToHedgeWords(), null, null, Amounts.Normalise(money.Amount)),
        Hedge.AtLeast => new(money.Currency, money.ToHedgeWords(), null, Amounts.Normalise(money.Amount), null),
        Hedge.Approximately => new(money.Currency, money.ToHedgeWords(), Amounts.Normalise(money.Amount),
                                   Amounts.Normalise(money.Interval.Low), Amounts.Normalise(money.Interval.High)),
        Hedge.Range => new(money.Currency, money.ToHedgeWords(), null, Amounts.Normalise(money.Low), Amounts.Normalise(money.High)),
        _ => throw new InvalidOperationException($"Unknown hedge {money.Hedge}."),
    };
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
                    ClaimCount = r.Claims.Count(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (report is null)
            {
                return null;
            }

            // At most the limit of claims, whatever the store holds (a report saved before the limits can state more).
            var claims = await db.Claims.Where(c => c.ReportId == id)
                .OrderBy(c => c.DealId).ThenBy(c => c.Id)
                .Take(Editing.Limits.ClaimsPerReport)
                .Select(c => new
                {
                    c.DealId, c.PartyId, DealSlug = c.Deal!.Slug, DealTitle = c.Deal.Title,
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

            // First appearances: the store's standing claims (and this report's own) with a comparable value (money or a
            // stated stage) on the same deals and metrics, from dated reports (an undated report is never "first").
            var comparable = claims.Where(c => c.Row.Hedge is not null || c.Row.TalksStage is not null).ToList();
            var dealIds = comparable.Select(c => c.DealId).Distinct().ToList();
            var metrics = comparable.Select(c => c.Row.Metric).Distinct().ToList();

            // Narrowed in SQL to this report's parties, hedges and stages (parts of the value key): on a big store the
            // deal's other claims of the metric are thousands, of which a few carry one of these values.
            var parties = comparable.Select(c => c.PartyId).Distinct().ToList();
            var hedges = comparable.Select(c => c.Row.Hedge).Distinct().ToList();
            var stages = comparable.Select(c => c.Row.TalksStage).Distinct().ToList();
            var firsts = new Dictionary<ValueKey, ReportRefFacts>();
            if (comparable.Count > 0)
            {
                var carriers = await db.Claims
                    .Where(c => dealIds.Contains(c.DealId) && metrics.Contains(c.Metric) && (c.Hedge != null || c.TalksStage != null))
                    .Where(c => parties.Contains(c.PartyId) && hedges.Contains(c.Hedge) && stages.Contains(c.TalksStage))
                    .Where(c => c.Status == ClaimStatus.Standing || c.ReportId == id)
                    .Where(c => c.Report!.PublishedOn != null)
                    .Select(c => new
                    {
                        c.DealId, c.Metric, c.PartyId, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh, c.TalksStage,
                        c.ReportId, Outlet = c.Report!.Outlet!.Name, c.Report.Outlet.Homepage, c.Report.Headline, c.Report.Url,
                        Published = c.Report.PublishedOn, c.Report.PublishedPrecision,
                    })
                    .ToListAsync(cancellationToken);
                foreach (var carrying in carriers.GroupBy(c => new ValueKey(c.DealId, c.Metric, c.PartyId, Money(c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh), c.TalksStage)))
                {
                    var first = carrying
                        .Select(c => (c.ReportId, c.Outlet, c.Homepage, c.Headline, c.Url, Date: PartialDate.From(c.Published!.Value, c.PublishedPrecision ?? DatePrecision.Day)))
                        .OrderBy(c => c.Date).ThenBy(c => c.ReportId)
                        .First();
                    firsts[carrying.Key] = new ReportRefFacts(
                        first.ReportId, first.Outlet, Links.SafeOrNull(first.Homepage), first.Headline, Links.SafeOrNull(first.Url), first.Date.ToIsoString());
                }
            }

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
                Retraction = report.Status == ReportStatus.Retracted ? report.RetractionReason ?? "" : null,
                MoreClaims = Math.Max(0, report.ClaimCount - claims.Count),
                Facts = new ReportFacts(
                    new ReportRefFacts(report.Id, report.Outlet, Links.SafeOrNull(report.Homepage), report.Headline, Links.SafeOrNull(report.Url),
                                       report.PublishedOn is { } day ? PartialDate.From(day, report.PublishedPrecision ?? DatePrecision.Day).ToIsoString() : null),
                    // Structured data for the first claims only: search engines need the figures, not a second copy of every quote.
                    [.. claims.Take(Editing.Limits.JsonLdClaims).Select(c =>
                    {
                        var money = Money(c.Row.Hedge, c.Row.Currency, c.Row.Amount, c.Row.AmountLow, c.Row.AmountHigh);
                        var first = money is not null || c.Row.TalksStage is not null
                            ? firsts.GetValueOrDefault(new ValueKey(c.DealId, c.Row.Metric, c.PartyId, money, c.Row.TalksStage))
                            : null;
                        return new ClaimFacts(
                            c.Row.Id, c.DealSlug, c.DealTitle, DisplayNames.FigureTitle(c.Row.Metric, c.Row.PartyName), c.Row.Statement, c.Row.Quote,
                            money is null ? null : MoneyFacts.From(money), c.Row.Status == ClaimStatus.Retracted, first);
                    })]),
            };
        });

    private static HedgedAmount? Money(Hedge? hedge, string? currency, decimal? amount, decimal? low, decimal? high) =>
        hedge is { } h ? HedgedAmount.Create(h, currency!, amount, low, high) : null;

    // What makes two claims carry "the same value": deal, metric, party, and the hedged amount or stated stage.
    private sealed record ValueKey(int DealId, Metric Metric, int? PartyId, HedgedAmount? Money, TalksStage? Stage);
}
