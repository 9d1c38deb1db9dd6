using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Evidence;

/// <summary>
/// The comparable claims of one deal (standing money figures and stated stages of talks), as
/// they stood on a day, with the reliance graph behind their reports. Loaded in two queries
/// whatever the data size; the overview and the compare page both start from it.
/// </summary>
internal sealed class DealEvidence
{
    private readonly RelianceChains _chains;
    private readonly IReadOnlyList<ReportRef>? _graphReports;
    private readonly Lazy<IReadOnlyDictionary<int, string>> _reliesOn;

    /// <param name="graphReports">More reports for <see cref="Graph"/> (the deal's, for the compare page's picture), or none.</param>
    private DealEvidence(List<EvidenceClaim> claims, RelianceChains chains, IReadOnlyList<ReportRef>? graphReports = null)
    {
        _chains = chains;
        _graphReports = graphReports;
        Claims = claims;
        Graph = GraphWith(graphReports ?? []);
        // Only the overview's cards show it (the compare page does not): worked out when first asked for.
        _reliesOn = new(() => Edges
            .GroupBy(e => e.ReportId)
            .ToDictionary(g => g.Key, g => ReliesOnText(g.Select(e => (e.RelianceKind, e.TargetName)))!));
    }

    public IReadOnlyList<EvidenceClaim> Claims { get; }

    /// <summary>The reliance edges reachable from the deal's reports.</summary>
    public IReadOnlyList<RelianceChains.ChainRow> Edges => _chains.Edges;

    public SourceGraph Graph { get; }

    /// <summary>"cites The Wall Street Journal", by report id.</summary>
    public IReadOnlyDictionary<int, string> ReliesOn => _reliesOn.Value;

    public IEnumerable<EvidenceClaim> Money => Claims.Where(c => c.Money is not null);

    /// <summary>The standing money claims, as the domain's headline figures read them.</summary>
    public IEnumerable<FigureClaim> FigureClaims =>
        Money.Select(c => new FigureClaim(c.Id, c.Metric, c.PartyId, c.PartyName, c.Money!, c.Quote, c.Report));

    /// <summary>The stated stages of talks, as the domain's stage comparison reads them.</summary>
    public IEnumerable<StageClaim> StageClaims =>
        Claims.Where(c => c.Money is null && c.Stage is not null)
              .Select(c => new StageClaim(c.Id, c.Metric, c.PartyId, c.PartyName, c.Stage!.Value, c.Quote, c.Report));

    /// <param name="asOf">Only reports certainly published by this day count; null for everything.</param>
    public static async Task<DealEvidence> LoadAsync(DealTrackerDbContext db, int dealId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await db.Claims
            .Where(c => c.DealId == dealId && c.Status == ClaimStatus.Standing && (c.Hedge != null || c.TalksStage != null))
            .Where(c => asOf == null || c.Report!.PublishedUntil <= asOf)
            .Select(c => new
            {
                c.Id, c.Metric, c.PartyId, PartyName = c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh, c.TalksStage, c.Quote,
                c.ReportId, c.Report!.OutletId, OutletName = c.Report.Outlet!.Name, OutletSlug = c.Report.Outlet.Slug, c.Report.Outlet.Homepage,
                c.Report.Url, c.Report.PublishedOn, c.Report.PublishedPrecision,
            })
            .ToListAsync(cancellationToken);

        var chains = await RelianceChains.ForDealAsync(db, dealId, cancellationToken);

        // One report (and its checked links) per report, shared by its claims: a busy deal has about three claims a report.
        var reports = new Dictionary<int, (ReportRef Report, string? Url, string? Homepage)>();
        var claims = rows.Select(c =>
        {
            if (!reports.TryGetValue(c.ReportId, out var report))
            {
                reports[c.ReportId] = report = (
                    new ReportRef(c.ReportId, c.OutletId, c.OutletName, c.PublishedOn is { } day ? PartialDate.From(day, c.PublishedPrecision ?? DatePrecision.Day) : null),
                    Links.SafeOrNull(c.Url), Links.SafeOrNull(c.Homepage));
            }

            return new EvidenceClaim(
                c.Id, c.Metric, c.PartyId, c.PartyName,
                c.Hedge is { } hedge ? HedgedAmount.Create(hedge, c.Currency!, c.Amount, c.AmountLow, c.AmountHigh) : null,
                c.TalksStage, c.Quote, report.Report, c.OutletSlug, report.Url, report.Homepage);
        }).ToList();
        return new DealEvidence(claims, chains);
    }

    /// <summary>
    /// Evidence already cut to a day, with the reliance edges reachable from all the deal's reports and the deal's reports
    /// by the day (<see cref="KeptEvidence"/>): its <see cref="Graph"/> is also the compare page's (<see cref="GraphOver"/>).
    /// </summary>
    internal static DealEvidence From(List<EvidenceClaim> claims, List<RelianceChains.ChainRow> edges, IReadOnlyList<ReportRef> reports) =>
        new(claims, RelianceChains.Of(edges), reports);

    /// <summary>
    /// The reliance graph over these claims' reports, every report the edges mention and <paramref name="reports"/>:
    /// <see cref="Graph"/> when it was built over those very reports. Reports that neither carry a comparable claim nor
    /// appear in an edge stand alone in the graph, so they change no other report's origins.
    /// </summary>
    public SourceGraph GraphOver(IReadOnlyList<ReportRef> reports) => ReferenceEquals(reports, _graphReports) ? Graph : GraphWith(reports);

    /// <summary>
    /// The reliance graph over these claims' reports, every report the edges mention, and
    /// <paramref name="moreReports"/> (say, the deal's reports that carry no comparable claim).
    /// </summary>
    public SourceGraph GraphWith(IEnumerable<ReportRef> moreReports) =>
        _chains.GraphWith(Claims.Select(c => c.Report).Concat(moreReports));

    /// <summary>"cites The Wall Street Journal; repeats Reuters", or null when the report relies on no one.</summary>
    public static string? ReliesOnText(IEnumerable<(RelianceKind Kind, string Target)> reliances)
    {
        var parts = reliances.Select(r => $"{DisplayNames.Of(r.Kind)} {r.Target}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>The link to show for a report: the piece itself, else the outlet's home page, else none.</summary>
    public static (string? Link, string Label) LinkFor(string? url, string? homepage) =>
        Links.SafeOrNull(url) is { } link
            ? (link, "Read the report")
            : Links.SafeOrNull(homepage) is { } home
                ? (home, $"{new Uri(home).Host.Replace("www.", "", StringComparison.Ordinal)} home page")
                : (null, "No link in the source");

    public static string? DateText(DateOnly? start, DatePrecision? precision) =>
        start is { } day ? PartialDate.From(day, precision ?? DatePrecision.Day).ToString() : null;
}

/// <summary>One comparable claim: a money figure or a stated stage of talks, with its report.</summary>
internal sealed record EvidenceClaim(
    int Id, Metric Metric, int? PartyId, string? PartyName, HedgedAmount? Money, TalksStage? Stage, string? Quote,
    ReportRef Report, string OutletSlug, string? Url, string? Homepage)
{
    public (string? Link, string Label) Link => DealEvidence.LinkFor(Url, Homepage);
}
