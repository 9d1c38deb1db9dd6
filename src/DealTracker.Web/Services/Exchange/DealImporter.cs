using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
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
/// Reads an export document and brings the store in line with it, through the editors' write path:
/// every item becomes the draft an editor would save (<see cref="ReportDraft"/>, <see cref="ClaimDraft"/>,
/// <see cref="OutletDraft"/>, <see cref="PartyDraft"/>, <see cref="DealDraft"/>, <see cref="EventDraft"/>)
/// and meets the same rules and <see cref="Limits"/>; claims are written by
/// <see cref="ReportEditor.Apply"/> and a retracted report retracts its standing claims as
/// <see cref="ReportEditor.Retract"/> does. Items are matched with what the store holds (outlets,
/// parties and deals by slug; reports by link, or by outlet, date and headline; claims by metric,
/// party and words). A dry run says what would be added, changed or rejected and why; applying saves
/// everything accepted in one transaction (all or nothing), with the editor's stamp, so the history
/// records each item. Nothing is ever deleted.
/// </summary>
/// <remarks>
/// Linear in the size of the file: what the store holds is read in a fixed number of queries into
/// dictionaries, matching uses those dictionaries, and change detection runs once, at the save.
/// </remarks>
public sealed class DealImporter(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The largest file accepted.</summary>
    public const long MaxBytes = Limits.ImportBytes;

    // A reference the importer resolves by slug: the draft rules only need to see that one is there.
    private const int ResolvedBySlug = int.MaxValue;

    public static bool TryRead(string json, JsonSerializerOptions options, out DealExportDocument? document, out string? error)
    {
        try
        {
            document = JsonSerializer.Deserialize<DealExportDocument>(json, options);
            error = document is null || document.Format != DealExportDocument.FormatName
                ? $"This is not a DealTracker export (its \"format\" must be \"{DealExportDocument.FormatName}\")."
                : document.Version != DealExportDocument.CurrentVersion
                    ? $"This export is version {document.Version}; this DealTracker reads version {DealExportDocument.CurrentVersion}."
                    : document.Deal is null
                        ? "The export is missing its deal."
                        : null;
        }
        catch (JsonException exception)
        {
            document = null;
            error = $"The file is not valid JSON in the export format: {exception.Message}";
        }

        return error is null;
    }

    /// <summary>The lists of the file that are over <see cref="Limits"/>, as field → message; empty when it can be imported.</summary>
    public static Dictionary<string, string> SizeErrors(DealExportDocument document)
    {
        var errors = new Dictionary<string, string>();
        Over(errors, "reports", document.Reports?.Count ?? 0, Limits.ReportsPerImport, "reports");
        Over(errors, "outlets", document.Outlets?.Count ?? 0, Limits.CatalogItemsPerImport, "outlets");
        Over(errors, "parties", document.Parties?.Count ?? 0, Limits.CatalogItemsPerImport, "parties");
        Over(errors, "events", document.Events?.Count ?? 0, Limits.CatalogItemsPerImport, "events");
        return errors;

        static void Over(Dictionary<string, string> errors, string field, int count, int max, string what)
        {
            if (count > max)
            {
                errors[field] = $"An import can have at most {max:N0} {what}; this file has {count:N0}. Split it into several files.";
            }
        }
    }

    public async Task<ImportResult> RunAsync(DealExportDocument document, bool apply, EditorStamp editor, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var lines = new List<ImportLine>();
        if (SizeErrors(document) is { Count: > 0 } tooLarge)
        {
            lines.AddRange(tooLarge.Select(e => Rejected("File", e.Key, e.Value)));
            return ImportResult.From(false, lines);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        // Changes are detected once, by the save: detecting them on every add would scan every tracked item each time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Editor = editor;

        var outlets = await ImportOutletsAsync(db, document, lines, cancellationToken);
        var parties = await ImportPartiesAsync(db, document, lines, cancellationToken);
        var deal = await ImportDealAsync(db, document, parties, lines, cancellationToken);
        var reports = new Dictionary<int, Report>();
        if (deal is not null)
        {
            var items = document.Reports ?? [];
            var store = await StoreReports.LoadAsync(db, items, outlets, cancellationToken);
            var count = items.Count;
            for (var i = 0; i < count; i++)
            {
                ImportReport(db, items[i], deal, outlets, parties, store, reports, today, lines);
                progress?.Report(0.9 * (i + 1) / Math.Max(1, count));
            }

            await ImportEventsAsync(db, document, deal, reports, today, lines, cancellationToken);
        }

        if (!apply || deal is null)
        {
            progress?.Report(1);
            return ImportResult.From(false, lines);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(1);
        return ImportResult.From(true, lines);
    }

    private static async Task<Dictionary<string, Outlet>> ImportOutletsAsync(DealTrackerDbContext db, DealExportDocument document, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var items = (document.Outlets ?? []).OfType<ExportOutlet>().ToList();
        var slugs = items.Select(o => o.Slug).OfType<string>().Distinct().ToList();
        var existing = await db.Outlets.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        var accepted = new Dictionary<string, Outlet>();
        foreach (var item in items)
        {
            var label = Label($"{item.Name} ({item.Slug})");
            var draft = new OutletDraft { Name = item.Name, Homepage = item.Homepage };
            var known = TryToken<OutletKind>(item.Kind, out var kind);
            var problem = SlugProblem(item.Slug, accepted.ContainsKey)
                ?? (known ? null : $"kind: Unknown kind of outlet \"{Label(item.Kind)}\".")
                ?? Problems(draft.Validate());
            if (problem is not null)
            {
                lines.Add(Rejected("Outlet", label, problem));
                continue;
            }

            var name = item.Name.Trim();
            var homepage = ReportDraft.Clean(item.Homepage);
            if (existing.TryGetValue(item.Slug, out var outlet))
            {
                var changes = new List<string>();
                Set(outlet.Name, name, v => outlet.Name = v, "name", changes);
                Set(outlet.Kind, kind, v => outlet.Kind = v, "kind", changes);
                Set(outlet.Homepage, homepage, v => outlet.Homepage = v, "homepage", changes);
                lines.Add(Outcome("Outlet", label, changes));
            }
            else
            {
                outlet = new Outlet { Slug = item.Slug, Name = name, Kind = kind, Homepage = homepage };
                db.Outlets.Add(outlet);
                lines.Add(new ImportLine("Outlet", label, ImportOutcome.Added, null, []));
            }

            accepted[item.Slug] = outlet;
        }

        return accepted;
    }

    private static async Task<Dictionary<string, Party>> ImportPartiesAsync(DealTrackerDbContext db, DealExportDocument document, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var items = (document.Parties ?? []).OfType<ExportParty>().ToList();
        var slugs = items.Select(p => p.Slug).Concat(items.Select(p => p.Affiliation)).OfType<string>().Distinct().ToList();
        var existing = await db.Parties.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var accepted = new Dictionary<string, Party>();
        foreach (var item in items)
        {
            var label = Label($"{item.Name} ({item.Slug})");
            var draft = new PartyDraft { Name = item.Name, Description = item.Description };
            var known = TryToken<PartyKind>(item.Kind, out var kind);
            var problem = SlugProblem(item.Slug, accepted.ContainsKey)
                ?? (known ? null : $"kind: Unknown kind of party \"{Label(item.Kind)}\".")
                ?? Problems(draft.Validate());
            if (problem is not null)
            {
                lines.Add(Rejected("Party", label, problem));
                continue;
            }

            var name = item.Name.Trim();
            var description = ReportDraft.Clean(item.Description);
            var changes = new List<string>();
            if (existing.TryGetValue(item.Slug, out var party))
            {
                Set(party.Name, name, v => party.Name = v, "name", changes);
                Set(party.Kind, kind, v => party.Kind = v, "kind", changes);
                Set(party.Description, description, v => party.Description = v, "description", changes);
                lines.Add(Outcome("Party", label, changes));
            }
            else
            {
                party = new Party { Slug = item.Slug, Name = name, Kind = kind, Description = description };
                db.Parties.Add(party);
                lines.Add(new ImportLine("Party", label, ImportOutcome.Added, null, []));
            }

            accepted[item.Slug] = party;
        }

        foreach (var item in items.Where(p => p.Affiliation is not null && p.Slug is not null && accepted.ContainsKey(p.Slug) && p.Affiliation != p.Slug))
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
        var label = Label($"{item.Title} ({item.Slug})");
        var roles = (item.Parties ?? []).OfType<ExportDealParty>().ToList();
        var draft = new DealDraft
        {
            Title = item.Title, Summary = item.Summary, StageNote = item.StageNote,
            Parties = [.. roles.Select(_ => new DealPartyDraft { PartyId = ResolvedBySlug })],
        };
        var known = TryToken<DealStage>(item.Stage, out var stage);
        var problem = SlugProblem(item.Slug, _ => false)
            ?? (known ? null : $"stage: Unknown stage \"{Label(item.Stage)}\".")
            ?? Problems(draft.Validate())
            ?? roles.Select((r, i) => r.Note is { Length: > Limits.ShortNote } ? $"parties[{i}].note: A note can be at most {Limits.ShortNote} characters." : null).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            lines.Add(Rejected("Deal", label, $"{problem} Nothing of the file can be imported without its deal."));
            return null;
        }

        var deal = await db.Deals.Include(d => d.Parties).FirstOrDefaultAsync(d => d.Slug == item.Slug, cancellationToken);
        var changes = new List<string>();
        var title = item.Title.Trim();
        var summary = item.Summary.Trim();
        var stageNote = ReportDraft.Clean(item.StageNote);
        if (deal is null)
        {
            deal = new Deal { Slug = item.Slug, Title = title, Summary = summary, Stage = stage, StageNote = stageNote };
            db.Deals.Add(deal);
        }
        else
        {
            Set(deal.Title, title, v => deal.Title = v, "title", changes);
            Set(deal.Summary, summary, v => deal.Summary = v, "summary", changes);
            Set(deal.Stage, stage, v => deal.Stage = v, "stage", changes);
            Set(deal.StageNote, stageNote, v => deal.StageNote = v, "stage note", changes);
        }

        foreach (var role in roles)
        {
            if (role.Party is not null && parties.TryGetValue(role.Party, out var party) && TryToken<PartyRole>(role.Role, out var partyRole)
                && !deal.Parties.Any(p => (p.PartyId == party.Id && party.Id != 0 || p.Party == party) && p.Role == partyRole))
            {
                deal.Parties.Add(new DealParty { Party = party, Role = partyRole, Note = ReportDraft.Clean(role.Note) });
                changes.Add($"{party.Name} as {role.Role}");
            }
        }

        lines.Add(deal.Id == 0 ? new ImportLine("Deal", label, ImportOutcome.Added, null, []) : Outcome("Deal", label, changes));
        return deal;
    }

    private static void ImportReport(
        DealTrackerDbContext db, ExportReport? item, Deal deal, Dictionary<string, Outlet> outlets, Dictionary<string, Party> parties,
        StoreReports store, Dictionary<int, Report> reports, DateOnly today, List<ImportLine> lines)
    {
        if (item is null)
        {
            lines.Add(Rejected("Report", "(empty)", "A report of the file is null."));
            return;
        }

        var label = Label($"Report {item.Id}: {item.Headline ?? item.Summary}");
        var problem = CheckReport(item, deal, outlets, parties, reports, today, out var draft, out var claimParties);
        if (problem is not null)
        {
            lines.Add(Rejected("Report", label, problem));
            return;
        }

        var outlet = outlets[item.Outlet];
        var url = draft.Url is null ? null : Links.Normalise(draft.Url.Trim());
        var published = draft.PublishedOn is { } on ? PartialDate.From(on, draft.PublishedPrecision) : (PartialDate?)null;
        var headline = ReportDraft.Clean(draft.Headline);
        var summary = ReportDraft.Clean(draft.Summary) ?? headline!;
        var report = store.Find(url, outlet, published?.Start, headline ?? summary);
        if (report is not null && store.Imported.Contains(report))
        {
            lines.Add(Rejected("Report", label, "The file has this report twice (same link, or same outlet, date and headline)."));
            return;
        }

        // The claims as the editors' write path writes them, each matched with what the report already states.
        var byKey = new Dictionary<ClaimKey, Claim>();
        foreach (var existingClaim in report?.Claims ?? [])
        {
            byKey.TryAdd(KeyOf(existingClaim, deal), existingClaim);
        }

        var candidates = new List<(ClaimDraft Draft, Claim Claim, ClaimKey Key)>(draft.Claims.Count);
        for (var i = 0; i < draft.Claims.Count; i++)
        {
            var claimDraft = draft.Claims[i];
            var party = claimParties[i];
            var claim = new Claim { Statement = "" };
            ReportEditor.Apply(claim, claimDraft, party?.Name);
            claim.DealId = deal.Id;
            claim.Deal = deal;
            claim.PartyId = party?.Id;
            claim.Party = party;
            claim.Status = claimDraft.Status;
            claim.RetractionReason = ReportDraft.Clean(claimDraft.RetractionReason);
            candidates.Add((claimDraft, claim, KeyOf(claim, deal)));
        }

        var claimCount = (report?.Claims.Count ?? 0) + candidates.Select(c => c.Key).Distinct().Count(k => !byKey.ContainsKey(k));
        if (claimCount > Limits.ClaimsPerReport)
        {
            lines.Add(Rejected("Report", label, $"claims: {ReportDraft.TooManyClaims(claimCount)}"));
            return;
        }

        // What it relies on, less what the report already relies on; the limit holds for the report as saved.
        var wantedReliances = new List<Reliance>();
        foreach (var reliance in (item.Reliances ?? []).OfType<ExportReliance>())
        {
            var target = reliance.Report is { } id ? reports[id] : null;
            var targetOutlet = reliance.Outlet is { } slug ? outlets[slug] : null;
            _ = TryToken<RelianceKind>(reliance.Kind, out var kind);
            bool Same(Reliance x) => (target is not null && (x.TargetReport == target || (x.TargetReportId == target.Id && target.Id != 0)))
                                  || (targetOutlet is not null && (x.TargetOutlet == targetOutlet || (x.TargetOutletId == targetOutlet.Id && targetOutlet.Id != 0)));
            if (!(report?.Reliances.Any(Same) ?? false) && !wantedReliances.Any(Same))
            {
                wantedReliances.Add(new Reliance { TargetReport = target, TargetOutlet = targetOutlet, Kind = kind, Note = ReportDraft.Clean(reliance.Note) });
            }
        }

        var relianceCount = (report?.Reliances.Count ?? 0) + wantedReliances.Count;
        if (relianceCount > Limits.ReliancesPerReport)
        {
            lines.Add(Rejected("Report", label, $"reliances: A report can rely on at most {Limits.ReliancesPerReport} reports or outlets; with this file it would rely on {relianceCount}."));
            return;
        }

        var changes = new List<string>();
        var isNew = report is null;
        if (report is null)
        {
            report = new Report { Outlet = outlet, Summary = summary, Headline = headline, Url = url, Published = published };
            db.Reports.Add(report);
            store.Add(report, url, outlet, published?.Start, headline ?? summary);
        }
        else
        {
            var existing = report;
            Set(existing.Headline, headline, v => existing.Headline = v, "headline", changes);
            Set(existing.Summary, summary, v => existing.Summary = v, "summary", changes);
            if (existing.Published != published)
            {
                existing.Published = published;
                changes.Add("published");
            }
        }

        store.Imported.Add(report);
        Set(report.RetrievedOn, draft.RetrievedOn, v => report.RetrievedOn = v, "retrieved", changes);
        Set(report.SourceNote, ReportDraft.Clean(draft.SourceNote), v => report.SourceNote = v, "source note", changes);

        foreach (var (claimDraft, claim, key) in candidates)
        {
            if (!byKey.TryGetValue(key, out var match))
            {
                report.Claims.Add(claim);
                byKey[key] = claim;
                if (!isNew)
                {
                    changes.Add($"claim added: {Label(claim.Statement)}");
                }
            }
            else if (claimDraft.Status == ClaimStatus.Retracted && match.Status != ClaimStatus.Retracted)
            {
                match.Status = ClaimStatus.Retracted;
                match.RetractionReason = claimDraft.RetractionReason!.Trim();
                changes.Add($"claim retracted: {Label(match.Statement)}");
            }
        }

        // A retracted report retracts its standing claims with it, as an editor's retraction does.
        if (draft.Status == ReportStatus.Retracted && report.Status != ReportStatus.Retracted)
        {
            var retracted = ReportEditor.Retract(report, draft.RetractionReason!);
            changes.Add("retracted");
            if (!isNew && retracted.Count > 0)
            {
                changes.Add($"{retracted.Count} standing claim(s) retracted with it");
            }
        }

        foreach (var reliance in wantedReliances)
        {
            report.Reliances.Add(reliance);
            if (!isNew)
            {
                changes.Add("reliance added");
            }
        }

        reports[item.Id] = report;
        lines.Add(isNew ? new ImportLine("Report", label, ImportOutcome.Added, null, []) : Outcome("Report", label, changes));
    }

    // Null when the report can be imported; otherwise why not (naming the field). Builds the editor's draft on the way,
    // with the party each claim is about (a new party has no id yet: the draft carries a placeholder).
    private static string? CheckReport(
        ExportReport item, Deal deal, Dictionary<string, Outlet> outlets, Dictionary<string, Party> parties, Dictionary<int, Report> reports,
        DateOnly today, out ReportDraft draft, out List<Party?> claimParties)
    {
        draft = new ReportDraft();
        claimParties = [];
        if (item.Outlet is null || !outlets.TryGetValue(item.Outlet, out var outlet))
        {
            return $"outlet: Its outlet \"{Label(item.Outlet)}\" is not in the file (or was rejected).";
        }

        if (string.IsNullOrWhiteSpace(item.Summary))
        {
            return "summary: A report needs a summary.";
        }

        if (reports.ContainsKey(item.Id))
        {
            return $"id: The file has two reports with the id {item.Id}.";
        }

        PartialDate? published = null;
        if (item.Published is { } date)
        {
            if (!PartialDate.TryParse(date.Date, out var parsed))
            {
                return $"published: \"{Label(date.Date)}\" is not a date (yyyy-MM-dd, yyyy-MM or yyyy).";
            }

            published = parsed;
        }

        DateOnly? retrieved = null;
        if (item.RetrievedOn is not null)
        {
            if (!DateOnly.TryParseExact(item.RetrievedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                return $"retrievedOn: \"{Label(item.RetrievedOn)}\" is not a date (yyyy-MM-dd).";
            }

            retrieved = day;
        }

        if (!TryToken<ReportStatus>(item.Status, out var status))
        {
            return $"status: Unknown status \"{Label(item.Status)}\".";
        }

        var reliances = (item.Reliances ?? []).ToList();
        var claims = (item.Claims ?? []).ToList();
        draft = new ReportDraft
        {
            OutletId = outlet.Id == 0 ? ResolvedBySlug : outlet.Id,
            Headline = item.Headline,
            Summary = item.Summary,
            Url = item.Url,
            PublishedOn = published?.Start,
            PublishedPrecision = published?.Precision ?? DatePrecision.Day,
            RetrievedOn = retrieved,
            SourceNote = item.SourceNote,
            Status = status,
            RetractionReason = item.RetractionReason,
            Reliances = [.. reliances.Select(r => new RelianceDraft
            {
                TargetReportId = r?.Report is null ? null : ResolvedBySlug,
                TargetOutletId = r?.Outlet is null ? null : ResolvedBySlug,
                Note = r?.Note,
            })],
            Claims = new List<ClaimDraft>(Math.Min(claims.Count, Limits.ClaimsPerReport + 1)),
        };

        if (claims.Count > Limits.ClaimsPerReport)
        {
            return $"claims: {ReportDraft.TooManyClaims(claims.Count)}";
        }

        for (var i = 0; i < claims.Count; i++)
        {
            if (ToDraft(claims[i], deal, parties, i, out var claimDraft, out var party) is { } claimProblem)
            {
                return claimProblem;
            }

            draft.Claims.Add(claimDraft);
            claimParties.Add(party);
        }

        if (Problems(draft.Validate(today)) is { } problem)
        {
            return problem;
        }

        if (status == ReportStatus.Retracted && ReportEditor.ReasonError(item.RetractionReason, "report") is { } reasonError)
        {
            return $"retractionReason: {reasonError}";
        }

        for (var i = 0; i < reliances.Count; i++)
        {
            var reliance = reliances[i]!;
            if (reliance.Report is { } id && !reports.ContainsKey(id))
            {
                return $"reliances[{i}]: It relies on report {id}, which is not earlier in the file (or was rejected).";
            }

            if (reliance.Outlet is { } slug && !outlets.ContainsKey(slug))
            {
                return $"reliances[{i}]: It relies on the outlet \"{Label(slug)}\", which is not in the file.";
            }

            if (!TryToken<RelianceKind>(reliance.Kind, out _))
            {
                return $"reliances[{i}].kind: Unknown kind of reliance \"{Label(reliance.Kind)}\".";
            }
        }

        return null;
    }

    // The editor's claim draft for a claim of the file, and the party it is about, or why there can be none.
    private static string? ToDraft(ExportClaim? item, Deal deal, Dictionary<string, Party> parties, int index, out ClaimDraft draft, out Party? party)
    {
        draft = new ClaimDraft();
        party = null;
        var field = $"claims[{index}]";
        if (item is null)
        {
            return $"{field}: A claim cannot be empty.";
        }

        if (!TryToken<Metric>(item.Metric, out var metric))
        {
            return $"{field}.metric: Unknown metric \"{Label(item.Metric)}\".";
        }

        if (item.Party is { } partySlug && !parties.TryGetValue(partySlug, out party))
        {
            return $"{field}.party: The party \"{Label(partySlug)}\" is not in the file.";
        }

        if (!TryToken<ClaimStatus>(item.Status, out var status))
        {
            return $"{field}.status: Unknown status \"{Label(item.Status)}\".";
        }

        if (status == ClaimStatus.Retracted && ReportEditor.ReasonError(item.RetractionReason, "claim") is { } reasonError)
        {
            return $"{field}.retractionReason: {reasonError}";
        }

        TalksStage? stage = null;
        if (item.TalksStage is { } stageToken)
        {
            if (!TryToken<TalksStage>(stageToken, out var parsedStage))
            {
                return $"{field}.talksStage: Unknown stage of talks \"{Label(stageToken)}\".";
            }

            stage = parsedStage;
        }

        var hedge = Hedge.Exact;
        if (metric.IsMoney())
        {
            if (item.Money is null)
            {
                return $"{field}.money: A {Label(item.Metric)} claim needs its amount.";
            }

            if (!TryToken(item.Money.Hedge, out hedge))
            {
                return $"{field}.money.hedge: Unknown hedge \"{Label(item.Money.Hedge)}\".";
            }

            try
            {
                _ = HedgedAmount.Create(hedge, item.Money.Currency, item.Money.Amount, item.Money.Low, item.Money.High);
            }
            catch (ArgumentException exception)
            {
                return $"{field}.money: The figure is not valid: {exception.Message}";
            }
        }

        draft = new ClaimDraft
        {
            DealId = deal.Id == 0 ? ResolvedBySlug : deal.Id,
            Metric = metric,
            PartyId = party is null ? null : party.Id == 0 ? ResolvedBySlug : party.Id,
            Statement = item.Statement,
            Quote = item.Quote,
            Currency = item.Money?.Currency ?? "USD",
            Hedge = hedge,
            Amount = item.Money?.Amount,
            Low = item.Money?.Low,
            High = item.Money?.High,
            TalksStage = stage,
            Note = item.Note,
            Status = status,
            RetractionReason = item.RetractionReason,
        };
        return null;
    }

    private static async Task ImportEventsAsync(DealTrackerDbContext db, DealExportDocument document, Deal deal, Dictionary<int, Report> reports, DateOnly today, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var existing = deal.Id == 0 ? [] : await db.Events.Include(e => e.Reports).Where(e => e.DealId == deal.Id).ToListAsync(cancellationToken);
        var byKey = existing.GroupBy(e => (e.Title, e.Occurred)).ToDictionary(g => g.Key, g => g.First());
        foreach (var item in document.Events ?? [])
        {
            if (item is null)
            {
                lines.Add(Rejected("Event", "(empty)", "An event of the file is null."));
                continue;
            }

            PartialDate? occurred = null;
            if (item.Occurred is { } day && PartialDate.TryParse(day.Date, out var parsed))
            {
                occurred = parsed;
            }

            var label = Label(item.Title ?? "(untitled)");
            var draft = new EventDraft
            {
                DealId = ResolvedBySlug, Title = item.Title, Description = item.Description,
                OccurredOn = occurred?.Start, OccurredPrecision = occurred?.Precision ?? DatePrecision.Day,
            };
            var problem = item.Occurred is not null && occurred is null
                ? "occurred: A date is yyyy-MM-dd, yyyy-MM or yyyy."
                : Problems(draft.Validate(today));
            if (problem is not null)
            {
                lines.Add(Rejected("Event", label, problem));
                continue;
            }

            var title = item.Title!.Trim();
            if (!byKey.TryGetValue((title, occurred), out var match))
            {
                match = new DealEvent { Deal = deal, Title = title, Description = ReportDraft.Clean(item.Description), Occurred = occurred };
                db.Events.Add(match);
                byKey[(title, occurred)] = match;
                lines.Add(new ImportLine("Event", label, ImportOutcome.Added, null, []));
            }
            else
            {
                lines.Add(new ImportLine("Event", label, ImportOutcome.Unchanged, null, []));
            }

            var linked = match.Reports.ToHashSet();
            foreach (var id in (item.Reports ?? []).Where(reports.ContainsKey))
            {
                if (linked.Add(reports[id]))
                {
                    match.Reports.Add(reports[id]);
                }
            }
        }
    }

    // What makes a claim of the file the same as one the store holds: on this deal, metric, party and words.
    // The party is its id, or (a party new in this import, with no id yet) the party itself.
    private readonly record struct ClaimKey(bool ThisDeal, Metric Metric, object? Party, string? Quote, string Statement);

    private static ClaimKey KeyOf(Claim claim, Deal deal) => new(
        claim.Deal == deal || (deal.Id != 0 && claim.DealId == deal.Id),
        claim.Metric,
        claim.Party is { Id: 0 } newParty ? newParty : claim.Party?.Id ?? claim.PartyId,
        claim.Quote,
        claim.Statement);

    private static string? SlugProblem(string? slug, Func<string, bool> taken) =>
        string.IsNullOrWhiteSpace(slug) ? "slug: A slug is needed."
        : slug.Length > Limits.Slug || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? $"slug: A slug is at most {Limits.Slug} lower-case letters, digits and hyphens."
        : taken(slug) ? $"slug: The file has \"{slug}\" twice."
        : null;

    // The first few of a draft's errors as one reason, each with its field ("claims[2].quote: …").
    private static string? Problems(Dictionary<string, string> errors)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        return string.Join(" ", errors.Take(3).Select(e => $"{FieldName(e.Key)}: {e.Value}"))
            + (errors.Count > 3 ? $" (and {errors.Count - 3} more)" : "");
    }

    // "Claims[2].Quote" → "claims[2].quote", the file's own names.
    private static string FieldName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string Label(string? text) => text is null ? "" : Limits.Clip(text, 200);

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

/// <summary>
/// The store's reports an import may match, read once: those with a link the file has, and those
/// without a link from the file's outlets; looked up by link, or by outlet, date and headline.
/// </summary>
internal sealed class StoreReports
{
    private readonly Dictionary<string, Report> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<(Outlet Outlet, DateOnly? On, string Title), Report> _byPlace = [];

    /// <summary>The reports this import has already matched or added: a second item for one of them is a duplicate.</summary>
    public HashSet<Report> Imported { get; } = new(ReferenceEqualityComparer.Instance);

    public static async Task<StoreReports> LoadAsync(
        DealTrackerDbContext db, IReadOnlyList<ExportReport?> items, Dictionary<string, Outlet> outlets, CancellationToken cancellationToken)
    {
        var store = new StoreReports();
        var urls = items.Select(i => i?.Url is { } url && Links.IsSafe(url.Trim()) ? Links.Normalise(url.Trim()) : null).OfType<string>().Distinct().ToList();
        var outletIds = outlets.Values.Where(o => o.Id != 0).ToDictionary(o => o.Id);
        var ids = outletIds.Keys.ToList();
        var found = new List<Report>();
        if (urls.Count > 0)
        {
            found.AddRange(await db.Reports.Include(r => r.Claims).Include(r => r.Reliances).AsSplitQuery()
                .Where(r => r.Url != null && urls.Contains(r.Url)).ToListAsync(cancellationToken));
        }

        if (ids.Count > 0)
        {
            found.AddRange(await db.Reports.Include(r => r.Claims).Include(r => r.Reliances).AsSplitQuery()
                .Where(r => r.Url == null && ids.Contains(r.OutletId)).ToListAsync(cancellationToken));
        }

        foreach (var report in found)
        {
            if (report.Url is { } url)
            {
                store._byUrl.TryAdd(url, report);
            }
            else if (outletIds.TryGetValue(report.OutletId, out var outlet))
            {
                store._byPlace.TryAdd((outlet, report.PublishedOn, report.Headline ?? report.Summary), report);
            }
        }

        return store;
    }

    public Report? Find(string? url, Outlet outlet, DateOnly? publishedOn, string title) =>
        url is not null ? _byUrl.GetValueOrDefault(url) : _byPlace.GetValueOrDefault((outlet, publishedOn, title));

    public void Add(Report report, string? url, Outlet outlet, DateOnly? publishedOn, string title)
    {
        if (url is not null)
        {
            _byUrl[url] = report;
        }
        else
        {
            _byPlace[(outlet, publishedOn, title)] = report;
        }
    }
}
