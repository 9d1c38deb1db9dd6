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
    private DealEvidence(List<EvidenceClaim> claims, List<RelianceRow> edges)
    {
        Claims = claims;
        Edges = edges;
        Graph = GraphWith([]);
        ReliesOn = edges
            .GroupBy(e => e.ReportId)
            .ToDictionary(g => g.Key, g => ReliesOnText(g.Select(e => (Enum.Parse<RelianceKind>(e.Kind), e.TargetName)))!);
    }

    public IReadOnlyList<EvidenceClaim> Claims { get; }

    public IReadOnlyList<RelianceRow> Edges { get; }

    public SourceGraph Graph { get; }

    /// <summary>"cites The Wall Street Journal", by report id.</summary>
    public IReadOnlyDictionary<int, string> ReliesOn { get; }

    public IEnumerable<EvidenceClaim> Money => Claims.Where(c => c.Money is not null);

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

        // Quoted identifiers: the same statement on SQLite and PostgreSQL.
        var edges = await db.Database.SqlQuery<RelianceRow>($"""
            WITH RECURSIVE reached("Id") AS (
                SELECT c."ReportId" FROM "Claims" c WHERE c."DealId" = {dealId}
                UNION
                SELECT r."TargetReportId" FROM "Reliances" r JOIN reached ON r."ReportId" = reached."Id"
                WHERE r."TargetReportId" IS NOT NULL
            )
            SELECT r."ReportId", r."TargetReportId", r."TargetOutletId", r."Kind",
                   sr."OutletId" AS "SourceOutletId", so."Name" AS "SourceOutletName",
                   tr."OutletId" AS "TargetReportOutletId",
                   COALESCE(tro."Name", tout."Name") AS "TargetName",
                   COALESCE(tro."Slug", tout."Slug") AS "TargetSlug"
            FROM "Reliances" r
            JOIN reached ON r."ReportId" = reached."Id"
            JOIN "Reports" sr ON sr."Id" = r."ReportId"
            JOIN "Outlets" so ON so."Id" = sr."OutletId"
            LEFT JOIN "Reports" tr ON tr."Id" = r."TargetReportId"
            LEFT JOIN "Outlets" tro ON tro."Id" = tr."OutletId"
            LEFT JOIN "Outlets" tout ON tout."Id" = r."TargetOutletId"
            """).ToListAsync(cancellationToken);

        var claims = rows.Select(c => new EvidenceClaim(
            c.Id, c.Metric, c.PartyId, c.PartyName,
            c.Hedge is { } hedge ? HedgedAmount.Create(hedge, c.Currency!, c.Amount, c.AmountLow, c.AmountHigh) : null,
            c.TalksStage, c.Quote,
            new ReportRef(c.ReportId, c.OutletId, c.OutletName, c.PublishedOn is { } day ? PartialDate.From(day, c.PublishedPrecision ?? DatePrecision.Day) : null),
            c.OutletSlug, Links.SafeOrNull(c.Url), Links.SafeOrNull(c.Homepage))).ToList();
        return new DealEvidence(claims, edges);
    }

    /// <summary>
    /// The reliance graph over these claims' reports, every report the edges mention, and
    /// <paramref name="moreReports"/> (say, the deal's reports that carry no comparable claim).
    /// </summary>
    public SourceGraph GraphWith(IEnumerable<ReportRef> moreReports)
    {
        var reports = Claims
            .Select(c => c.Report)
            .Concat(moreReports)
            .Concat(Edges.Select(e => new ReportRef(e.ReportId, e.SourceOutletId, e.SourceOutletName, null)))
            .Concat(Edges.Where(e => e.TargetReportId is not null)
                         .Select(e => new ReportRef(e.TargetReportId!.Value, e.TargetReportOutletId!.Value, e.TargetName, null)));
        var outletNames = Edges
            .Where(e => e.TargetOutletId is not null)
            .DistinctBy(e => e.TargetOutletId)
            .ToDictionary(e => e.TargetOutletId!.Value, e => e.TargetName);
        return new SourceGraph(
            reports,
            Edges.Select(e => new RelianceEdge(e.ReportId, e.TargetReportId, e.TargetOutletId, Enum.Parse<RelianceKind>(e.Kind))),
            outletNames);
    }

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

    /// <summary>One reliance edge reached from the deal's reports, with the names needed to label origins.</summary>
    public sealed class RelianceRow
    {
        public int ReportId { get; init; }

        public int? TargetReportId { get; init; }

        public int? TargetOutletId { get; init; }

        public required string Kind { get; init; }

        public int SourceOutletId { get; init; }

        public required string SourceOutletName { get; init; }

        public int? TargetReportOutletId { get; init; }

        public required string TargetName { get; init; }

        public required string TargetSlug { get; init; }
    }
}

/// <summary>One comparable claim: a money figure or a stated stage of talks, with its report.</summary>
internal sealed record EvidenceClaim(
    int Id, Metric Metric, int? PartyId, string? PartyName, HedgedAmount? Money, TalksStage? Stage, string? Quote,
    ReportRef Report, string OutletSlug, string? Url, string? Homepage)
{
    public (string? Link, string Label) Link => DealEvidence.LinkFor(Url, Homepage);
}
