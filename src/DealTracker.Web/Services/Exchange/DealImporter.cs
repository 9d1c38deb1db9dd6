using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Apis;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Exchange;

/// <summary>One line of an import's report: an item of the file and what the import does (or would do) with it.</summary>
public sealed record ImportLine(string Kind, string Item, string Outcome, string? Reason, IReadOnlyList<string> Changes);

/// <summary>What an import found (a dry run) or did: counts, and a line per item that is added, changed or rejected.</summary>
public sealed record ImportResult(bool Applied, int Added, int Changed, int Unchanged, int Rejected, IReadOnlyList<ImportLine> Lines)
{
    public static ImportResult From(bool applied, List<ImportLine> lines) => new(
        applied,
        lines.Count(l => l.Outcome == ImportOutcome.Added),
        lines.Count(l => l.Outcome == ImportOutcome.Changed),
        lines.Count(l => l.Outcome == ImportOutcome.Unchanged),
        lines.Count(l => l.Outcome == ImportOutcome.Rejected),
        [.. lines.Where(l => l.Outcome != ImportOutcome.Unchanged)]);
}

public static class ImportOutcome
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
}

/// <summary>
/// Reads an export document and brings the store in line with it: every item is checked first and
/// matched with what the store holds (outlets, parties and deals by slug; reports by link, or by
/// outlet, date and headline; claims by metric, party and words). A dry run says what would be
/// added, changed or rejected and why; applying saves everything accepted in one transaction (all or
/// nothing), with the editor's stamp, so the history records each item. Nothing is ever deleted.
/// </summary>
public sealed class DealImporter(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The largest file accepted.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static bool TryRead(string json, JsonSerializerOptions options, out DealExportDocument? document, out string? error)
    {
        try
        {
            document = JsonSerializer.Deserialize<DealExportDocument>(json, options);
            error = document is null || document.Format != DealExportDocument.FormatName
                ? $"This is not a DealTracker export (its \"format\" must be \"{DealExportDocument.FormatName}\")."
                : document.Version != DealExportDocument.CurrentVersion
                    ? $"This export is version {document.Version}; this DealTracker reads version {DealExportDocument.CurrentVersion}."
                    : document.Deal is null || document.Reports is null || document.Outlets is null || document.Parties is null
                        ? "The export is missing its deal, outlets, parties or reports."
                        : null;
        }
        catch (JsonException exception)
        {
            document = null;
            error = $"The file is not valid JSON in the export format: {exception.Message}";
        }

        return error is null;
    }

    public async Task<ImportResult> RunAsync(DealExportDocument document, bool apply, EditorStamp editor, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lines = new List<ImportLine>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        db.Editor = editor;

        var outlets = await ImportOutletsAsync(db, document, lines, cancellationToken);
        var parties = await ImportPartiesAsync(db, document, lines, cancellationToken);
        var deal = await ImportDealAsync(db, document, parties, lines, cancellationToken);
        var reports = new Dictionary<int, Report>();
        if (deal is not null)
        {
            var count = document.Reports.Count;
            for (var i = 0; i < count; i++)
            {
                await ImportReportAsync(db, document.Reports[i], deal, outlets, parties, reports, today, lines, cancellationToken);
                progress?.Report(0.9 * (i + 1) / Math.Max(1, count));
            }

            await ImportEventsAsync(db, document, deal, reports, lines, cancellationToken);
        }

        if (!apply || deal is null)
        {
            progress?.Report(1);
            return ImportResult.From(false, lines);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(1);
        return ImportResult.From(true, lines);
    }

    private static async Task<Dictionary<string, Outlet>> ImportOutletsAsync(DealTrackerDbContext db, DealExportDocument document, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var slugs = document.Outlets.Select(o => o.Slug).ToList();
        var existing = await db.Outlets.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        var accepted = new Dictionary<string, Outlet>();
        foreach (var item in document.Outlets)
        {
            var label = $"{item.Name} ({item.Slug})";
            if (string.IsNullOrWhiteSpace(item.Slug) || string.IsNullOrWhiteSpace(item.Name) || !TryToken<OutletKind>(item.Kind, out var kind)
                || (item.Homepage is not null && !Links.IsSafe(item.Homepage)) || accepted.ContainsKey(item.Slug))
            {
                lines.Add(Rejected("Outlet", label, "An outlet needs a unique slug, a name, a known kind and, if any, an http(s) homepage."));
                continue;
            }

            if (existing.TryGetValue(item.Slug, out var outlet))
            {
                var changes = new List<string>();
                Set(outlet.Name, item.Name, v => outlet.Name = v, "name", changes);
                Set(outlet.Kind, kind, v => outlet.Kind = v, "kind", changes);
                Set(outlet.Homepage, item.Homepage, v => outlet.Homepage = v, "homepage", changes);
                lines.Add(Outcome("Outlet", label, changes));
            }
            else
            {
                outlet = new Outlet { Slug = item.Slug, Name = item.Name, Kind = kind, Homepage = item.Homepage };
                db.Outlets.Add(outlet);
                lines.Add(new ImportLine("Outlet", label, ImportOutcome.Added, null, []));
            }

            accepted[item.Slug] = outlet;
        }

        return accepted;
    }

    private static async Task<Dictionary<string, Party>> ImportPartiesAsync(DealTrackerDbContext db, DealExportDocument document, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var slugs = document.Parties.Select(p => p.Slug).Concat(document.Parties.Select(p => p.Affiliation).OfType<string>()).ToList();
        var existing = await db.Parties.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var accepted = new Dictionary<string, Party>();
        foreach (var item in document.Parties)
        {
            var label = $"{item.Name} ({item.Slug})";
            if (string.IsNullOrWhiteSpace(item.Slug) || string.IsNullOrWhiteSpace(item.Name) || !TryToken<PartyKind>(item.Kind, out var kind) || accepted.ContainsKey(item.Slug))
            {
                lines.Add(Rejected("Party", label, "A party needs a unique slug, a name and a known kind."));
                continue;
            }

            var changes = new List<string>();
            if (existing.TryGetValue(item.Slug, out var party))
            {
                Set(party.Name, item.Name, v => party.Name = v, "name", changes);
                Set(party.Kind, kind, v => party.Kind = v, "kind", changes);
                Set(party.Description, item.Description, v => party.Description = v, "description", changes);
                lines.Add(Outcome("Party", label, changes));
            }
            else
            {
                party = new Party { Slug = item.Slug, Name = item.Name, Kind = kind, Description = item.Description };
                db.Parties.Add(party);
                lines.Add(new ImportLine("Party", label, ImportOutcome.Added, null, []));
            }

            accepted[item.Slug] = party;
        }

        foreach (var item in document.Parties.Where(p => p.Affiliation is not null && accepted.ContainsKey(p.Slug)))
        {
            var affiliation = accepted.GetValueOrDefault(item.Affiliation!) ?? existing.GetValueOrDefault(item.Affiliation!);
            if (affiliation is not null)
            {
                accepted[item.Slug].Affiliation = affiliation;
            }
        }

        return accepted;
    }

    private static async Task<Deal?> ImportDealAsync(DealTrackerDbContext db, DealExportDocument document, Dictionary<string, Party> parties, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var item = document.Deal;
        var label = $"{item.Title} ({item.Slug})";
        if (string.IsNullOrWhiteSpace(item.Slug) || string.IsNullOrWhiteSpace(item.Title) || string.IsNullOrWhiteSpace(item.Summary) || !TryToken<DealStage>(item.Stage, out var stage))
        {
            lines.Add(Rejected("Deal", label, "The deal needs a slug, a title, a summary and a known stage; nothing of the file can be imported without it."));
            return null;
        }

        var deal = await db.Deals.Include(d => d.Parties).FirstOrDefaultAsync(d => d.Slug == item.Slug, cancellationToken);
        var changes = new List<string>();
        if (deal is null)
        {
            deal = new Deal { Slug = item.Slug, Title = item.Title, Summary = item.Summary, Stage = stage, StageNote = item.StageNote };
            db.Deals.Add(deal);
        }
        else
        {
            Set(deal.Title, item.Title, v => deal.Title = v, "title", changes);
            Set(deal.Summary, item.Summary, v => deal.Summary = v, "summary", changes);
            Set(deal.Stage, stage, v => deal.Stage = v, "stage", changes);
            Set(deal.StageNote, item.StageNote, v => deal.StageNote = v, "stage note", changes);
        }

        foreach (var role in item.Parties)
        {
            if (parties.TryGetValue(role.Party, out var party) && TryToken<PartyRole>(role.Role, out var partyRole)
                && !deal.Parties.Any(p => (p.PartyId == party.Id && party.Id != 0 || p.Party == party) && p.Role == partyRole))
            {
                deal.Parties.Add(new DealParty { Party = party, Role = partyRole, Note = role.Note });
                changes.Add($"{party.Name} as {role.Role}");
            }
        }

        lines.Add(deal.Id == 0 ? new ImportLine("Deal", label, ImportOutcome.Added, null, []) : Outcome("Deal", label, changes));
        return deal;
    }

    private static async Task ImportReportAsync(
        DealTrackerDbContext db, ExportReport item, Deal deal, Dictionary<string, Outlet> outlets, Dictionary<string, Party> parties,
        Dictionary<int, Report> reports, DateOnly today, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var label = $"Report {item.Id}: {item.Headline ?? item.Summary}";
        var problem = CheckReport(item, outlets, parties, reports, today, out var published, out var claims);
        if (problem is not null)
        {
            lines.Add(Rejected("Report", label, problem));
            return;
        }

        var outlet = outlets[item.Outlet];
        var url = item.Url is null ? null : Links.Normalise(item.Url);
        var title = item.Headline ?? item.Summary;
        Report? report = null;
        if (url is not null)
        {
            report = db.Reports.Local.FirstOrDefault(r => r.Url == url)
                ?? await db.Reports.Include(r => r.Claims).Include(r => r.Reliances).FirstOrDefaultAsync(r => r.Url == url, cancellationToken);
        }
        else if (outlet.Id != 0)
        {
            var start = published?.Start;
            report = await db.Reports.Include(r => r.Claims).Include(r => r.Reliances)
                .FirstOrDefaultAsync(r => r.OutletId == outlet.Id && r.Url == null && r.PublishedOn == start && (r.Headline ?? r.Summary) == title, cancellationToken);
        }

        if (report is not null && reports.ContainsValue(report))
        {
            lines.Add(Rejected("Report", label, "The file has this report twice (same link, or same outlet, date and headline)."));
            return;
        }

        var changes = new List<string>();
        var isNew = report is null;
        if (report is null)
        {
            report = new Report { Outlet = outlet, Summary = item.Summary, Headline = item.Headline, Url = url, Published = published };
            db.Reports.Add(report);
        }
        else
        {
            var existing = report;
            Set(existing.Headline, item.Headline, v => existing.Headline = v, "headline", changes);
            Set(existing.Summary, item.Summary, v => existing.Summary = v, "summary", changes);
            if (existing.Published != published)
            {
                existing.Published = published;
                changes.Add("published");
            }
        }

        var retrieved = item.RetrievedOn is null ? (DateOnly?)null : DateOnly.ParseExact(item.RetrievedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Set(report.RetrievedOn, retrieved, v => report.RetrievedOn = v, "retrieved", changes);
        Set(report.SourceNote, item.SourceNote, v => report.SourceNote = v, "source note", changes);
        if (item.Status == "retracted" && report.Status != ReportStatus.Retracted)
        {
            report.Status = ReportStatus.Retracted;
            report.RetractionReason = item.RetractionReason;
            changes.Add("retracted");
        }

        foreach (var claim in claims)
        {
            claim.Deal = deal;
            var match = report.Claims.FirstOrDefault(c => (c.DealId == deal.Id && deal.Id != 0 || c.Deal == deal) && c.Metric == claim.Metric
                && (c.PartyId == claim.Party?.Id && claim.Party?.Id != 0 || c.Party == claim.Party) && c.Quote == claim.Quote && c.Statement == claim.Statement);
            if (match is null)
            {
                report.Claims.Add(claim);
                if (!isNew)
                {
                    changes.Add($"claim added: {claim.Statement}");
                }
            }
            else if (claim.Status == ClaimStatus.Retracted && match.Status != ClaimStatus.Retracted)
            {
                match.Status = ClaimStatus.Retracted;
                match.RetractionReason = claim.RetractionReason;
                changes.Add($"claim retracted: {match.Statement}");
            }
        }

        foreach (var reliance in item.Reliances)
        {
            var target = reliance.Report is { } id ? reports[id] : null;
            var targetOutlet = reliance.Outlet is { } slug ? outlets[slug] : null;
            _ = TryToken<RelianceKind>(reliance.Kind, out var kind);
            if (!report.Reliances.Any(x => (target is not null && (x.TargetReport == target || x.TargetReportId == target.Id && target.Id != 0))
                                         || (targetOutlet is not null && (x.TargetOutlet == targetOutlet || x.TargetOutletId == targetOutlet.Id && targetOutlet.Id != 0))))
            {
                report.Reliances.Add(new Reliance { TargetReport = target, TargetOutlet = targetOutlet, Kind = kind, Note = reliance.Note });
                if (!isNew)
                {
                    changes.Add("reliance added");
                }
            }
        }

        reports[item.Id] = report;
        lines.Add(isNew ? new ImportLine("Report", label, ImportOutcome.Added, null, []) : Outcome("Report", label, changes));
    }

    // Null when the report can be imported; otherwise why not. Builds its claims on the way.
    private static string? CheckReport(
        ExportReport item, Dictionary<string, Outlet> outlets, Dictionary<string, Party> parties, Dictionary<int, Report> reports,
        DateOnly today, out PartialDate? published, out List<Claim> claims)
    {
        published = null;
        claims = [];
        if (!outlets.ContainsKey(item.Outlet ?? ""))
        {
            return $"Its outlet \"{item.Outlet}\" is not in the file (or was rejected).";
        }

        if (string.IsNullOrWhiteSpace(item.Summary))
        {
            return "A report needs a summary.";
        }

        if (item.Url is not null && !Links.IsSafe(item.Url))
        {
            return "Its link is not an http or https address.";
        }

        if (item.Published is { } date)
        {
            if (!PartialDate.TryParse(date.Date, out var parsed))
            {
                return $"Its published date \"{date.Date}\" is not a date (yyyy-MM-dd, yyyy-MM or yyyy).";
            }

            if (parsed.Start > today)
            {
                return "Its published date is in the future.";
            }

            published = parsed;
        }

        if (item.RetrievedOn is not null && !DateOnly.TryParseExact(item.RetrievedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            return $"Its retrieved date \"{item.RetrievedOn}\" is not a date (yyyy-MM-dd).";
        }

        if (item.Status is not ("standing" or "retracted"))
        {
            return $"Unknown status \"{item.Status}\".";
        }

        foreach (var reliance in item.Reliances ?? [])
        {
            if ((reliance.Report is null) == (reliance.Outlet is null))
            {
                return "A reliance must name either a report or an outlet.";
            }

            if (reliance.Report is { } id && !reports.ContainsKey(id))
            {
                return $"It relies on report {id}, which is not earlier in the file (or was rejected).";
            }

            if (reliance.Outlet is { } slug && !outlets.ContainsKey(slug))
            {
                return $"It relies on the outlet \"{slug}\", which is not in the file.";
            }

            if (!TryToken<RelianceKind>(reliance.Kind, out _))
            {
                return $"Unknown kind of reliance \"{reliance.Kind}\".";
            }
        }

        foreach (var item_ in item.Claims ?? [])
        {
            if (!TryToken<Metric>(item_.Metric, out var metric))
            {
                return $"A claim has the unknown metric \"{item_.Metric}\".";
            }

            Party? party = null;
            if (item_.Party is { } partySlug && !parties.TryGetValue(partySlug, out party))
            {
                return $"A claim is about the party \"{partySlug}\", which is not in the file.";
            }

            if (string.IsNullOrWhiteSpace(item_.Statement))
            {
                return "A claim needs its statement.";
            }

            HedgedAmount? money = null;
            if (metric.IsMoney())
            {
                if (item_.Money is null || string.IsNullOrWhiteSpace(item_.Quote))
                {
                    return $"The {item_.Metric} claim \"{item_.Statement}\" needs its amount and its quote.";
                }

                if (!TryToken<Hedge>(item_.Money.Hedge, out var hedge))
                {
                    return $"Unknown hedge \"{item_.Money.Hedge}\".";
                }

                try
                {
                    money = HedgedAmount.Create(hedge, item_.Money.Currency, item_.Money.Amount, item_.Money.Low, item_.Money.High);
                }
                catch (ArgumentException exception)
                {
                    return $"The figure of \"{item_.Statement}\" is not valid: {exception.Message}";
                }
            }

            TalksStage? stage = null;
            if (item_.TalksStage is { } stageToken)
            {
                if (!TryToken<TalksStage>(stageToken, out var parsedStage))
                {
                    return $"Unknown stage of talks \"{stageToken}\".";
                }

                stage = parsedStage;
            }

            if (item_.Status is not ("standing" or "retracted"))
            {
                return $"A claim has the unknown status \"{item_.Status}\".";
            }

            claims.Add(new Claim
            {
                Metric = metric, Party = party, Statement = item_.Statement.Trim(), Quote = item_.Quote, Money = money, TalksStage = stage,
                Status = item_.Status == "retracted" ? ClaimStatus.Retracted : ClaimStatus.Standing, RetractionReason = item_.RetractionReason, Note = item_.Note,
            });
        }

        return null;
    }

    private static async Task ImportEventsAsync(DealTrackerDbContext db, DealExportDocument document, Deal deal, Dictionary<int, Report> reports, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var existing = deal.Id == 0 ? [] : await db.Events.Include(e => e.Reports).Where(e => e.DealId == deal.Id).ToListAsync(cancellationToken);
        foreach (var item in document.Events ?? [])
        {
            PartialDate? occurred = null;
            if (item.Occurred is { } day && PartialDate.TryParse(day.Date, out var parsed))
            {
                occurred = parsed;
            }

            if (string.IsNullOrWhiteSpace(item.Title) || (item.Occurred is not null && occurred is null))
            {
                lines.Add(Rejected("Event", item.Title ?? "(untitled)", "An event needs a title and, if dated, a date yyyy-MM-dd, yyyy-MM or yyyy."));
                continue;
            }

            var match = existing.FirstOrDefault(e => e.Title == item.Title && e.Occurred == occurred);
            if (match is null)
            {
                match = new DealEvent { Deal = deal, Title = item.Title, Description = item.Description, Occurred = occurred };
                db.Events.Add(match);
                existing.Add(match);
                lines.Add(new ImportLine("Event", item.Title, ImportOutcome.Added, null, []));
            }
            else
            {
                lines.Add(new ImportLine("Event", item.Title, ImportOutcome.Unchanged, null, []));
            }

            foreach (var id in item.Reports.Where(reports.ContainsKey))
            {
                if (!match.Reports.Contains(reports[id]))
                {
                    match.Reports.Add(reports[id]);
                }
            }
        }
    }

    private static bool TryToken<TEnum>(string? token, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(token, ignoreCase: true, out value) && token is { Length: > 0 } && !char.IsDigit(token[0]) && Enum.IsDefined(value);

    private static void Set<T>(T current, T wanted, Action<T> set, string field, List<string> changes)
    {
        if (!EqualityComparer<T>.Default.Equals(current, wanted))
        {
            set(wanted);
            changes.Add(field);
        }
    }

    private static ImportLine Outcome(string kind, string item, List<string> changes) =>
        new(kind, item, changes.Count == 0 ? ImportOutcome.Unchanged : ImportOutcome.Changed, null, changes);

    private static ImportLine Rejected(string kind, string item, string reason) => new(kind, item, ImportOutcome.Rejected, reason, []);
}
