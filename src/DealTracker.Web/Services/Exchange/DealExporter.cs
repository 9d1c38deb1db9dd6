using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Exchange;

/// <summary>Builds a deal's export: its reports (those with claims on it), their claims on it, and what they need.</summary>
public sealed class DealExporter(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    public async Task<DealExportDocument?> ExportAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.StageNote,
                Parties = d.Parties.OrderBy(p => p.Id).Select(p => new { p.PartyId, p.Party!.Slug, p.Role, p.Note }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var reports = await db.Reports.AsSplitQuery()
            .Where(r => r.Claims.Any(c => c.DealId == deal.Id))
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id)
            .Include(r => r.Outlet)
            .Include(r => r.Claims.Where(c => c.DealId == deal.Id).OrderBy(c => c.Id)).ThenInclude(c => c.Party)
            .Include(r => r.Reliances.OrderBy(x => x.Id)).ThenInclude(x => x.TargetOutlet)
            .Include(r => r.Reliances).ThenInclude(x => x.TargetReport!.Outlet)
            .ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToHashSet();

        var events = await db.Events.Where(e => e.DealId == deal.Id)
            .OrderBy(e => e.OccurredOn == null).ThenBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Select(e => new { e.Title, e.Description, e.OccurredOn, e.OccurredPrecision, Reports = e.Reports.Select(r => r.Id).ToList() })
            .ToListAsync(cancellationToken);

        var outletSlugs = reports.Select(r => r.Outlet!.Slug)
            .Concat(reports.SelectMany(r => r.Reliances).Select(x => x.TargetOutlet?.Slug ?? x.TargetReport?.Outlet?.Slug).OfType<string>())
            .ToHashSet();
        var outlets = await db.Outlets.Where(o => EF.Parameter(outletSlugs).Contains(o.Slug)).OrderBy(o => o.Slug).ToListAsync(cancellationToken);

        var parties = await PartiesAsync(db, deal.Parties.Select(p => p.PartyId), reports, cancellationToken);

        return new DealExportDocument(
            DealExportDocument.FormatName,
            DealExportDocument.CurrentVersion,
            clock.GetUtcNow(),
            new ExportDeal(deal.Slug, deal.Title, deal.Summary, EnumNames.Token(deal.Stage), deal.StageNote,
                [.. deal.Parties.Select(p => new ExportDealParty(p.Slug, EnumNames.Token(p.Role), p.Note))]),
            [.. outlets.Select(o => new ExportOutlet(o.Slug, o.Name, EnumNames.Token(o.Kind), Links.SafeOrNull(o.Homepage)))],
            [.. parties.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new ExportParty(p.Slug, p.Name, EnumNames.Token(p.Kind), p.Description, p.Affiliation?.Slug))],
            InImportOrder([.. reports.Select(r => new ExportReport(
                r.Id, r.Outlet!.Slug, r.Headline, r.Summary, Links.SafeOrNull(r.Url), PartialDateDto.From(r.PublishedOn, r.PublishedPrecision),
                r.RetrievedOn is { } retrieved ? IsoDay.Format(retrieved) : null, r.SourceNote, EnumNames.Token(r.Status), r.RetractionReason,
                [.. r.Reliances.Select(x => ToExport(x, reportIds))],
                [.. r.Claims.Select(c => new ExportClaim(
                    EnumNames.Token(c.Metric), c.Party?.Slug, c.Statement, c.Quote, MoneyDto.From(c.Money),
                    c.TalksStage is { } stage ? EnumNames.Token(stage) : null, EnumNames.Token(c.Status), c.RetractionReason, c.Note))],
                [.. r.Reliances.Select(x => ReliesOn(x, reportIds))]))]),
            [.. events.Select(e => new ExportEvent(e.Title, e.Description, PartialDateDto.From(e.OccurredOn, e.OccurredPrecision),
                [.. e.Reports.Where(reportIds.Contains).Order()]))]);
    }

    // By date, undated last, except that a report comes after the reports of the file it relies on (a report dated only "2026" may
    // rely on one of 29 January 2026), so the file reads in order; the import reads any order (DealImporter.ImportOrder).
    private static List<ExportReport> InImportOrder(List<ExportReport> byDate) => [.. DealImporter.ImportOrder(byDate).Select(i => byDate[i])];

    // The deal's parties, those its claims are about, and the parties they are affiliated with.
    private static async Task<List<Party>> PartiesAsync(DealTrackerDbContext db, IEnumerable<int> dealParties, List<Report> reports, CancellationToken cancellationToken)
    {
        var partyIds = dealParties
            .Concat(reports.SelectMany(r => r.Claims).Where(c => c.PartyId is not null).Select(c => c.PartyId!.Value))
            .ToHashSet();
        var parties = await db.Parties.Where(p => EF.Parameter(partyIds).Contains(p.Id)).Include(p => p.Affiliation).ToListAsync(cancellationToken);
        foreach (var affiliation in parties.Where(p => p.Affiliation is not null && !partyIds.Contains(p.AffiliationId!.Value)).Select(p => p.Affiliation!).ToList())
        {
            parties.Add(affiliation);
            partyIds.Add(affiliation.Id);
        }

        return parties;
    }

    // A reliance on a report outside the export becomes a reliance on that report's outlet, saying so.
    private static ExportReliance ToExport(Reliance reliance, HashSet<int> reportIds) =>
        reliance.TargetReportId is { } target && reportIds.Contains(target)
            ? new ExportReliance(target, null, EnumNames.Token(reliance.Kind), reliance.Note)
            : new ExportReliance(null, reliance.TargetOutlet?.Slug ?? reliance.TargetReport!.Outlet!.Slug, EnumNames.Token(reliance.Kind),
                reliance.TargetReportId is null ? reliance.Note : JoinNote(reliance.Note, $"Relies on report {reliance.TargetReportId}, which is not in this export."));

    private static RelianceDto ReliesOn(Reliance reliance, HashSet<int> reportIds)
    {
        var outlet = reliance.TargetOutlet ?? reliance.TargetReport!.Outlet!;
        return new RelianceDto(new NamedRef(outlet.Slug, outlet.Name), EnumNames.Token(reliance.Kind),
                               reliance.TargetReportId is { } target && reportIds.Contains(target) ? target : null);
    }

    private static string JoinNote(string? note, string addition) => string.IsNullOrEmpty(note) ? addition : $"{note} {addition}";
}
