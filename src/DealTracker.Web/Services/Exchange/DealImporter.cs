using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Exchange;

/// <summary>Another writer (another node) saved the same slugs or links while an import ran, twice over: nothing of the import was saved.</summary>
public sealed class ImportConflictException(Exception inner)
    : InvalidOperationException("Another import changed the store while this one ran, twice. Nothing was imported; try again.", inner);

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

    /// <summary>
    /// Reads an export file from its bytes: UTF-8, a leading byte-order mark allowed. Invalid UTF-8 is refused rather than read
    /// as U+FFFD (as <c>POST /api/reports</c> refuses it), and a JSON error names the field by its path, with no type names.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, JsonSerializerOptions options, out DealExportDocument? document, out string? error)
    {
        document = null;
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            error = body.StartsWith((byte[])[0xFF, 0xFE]) || body.StartsWith((byte[])[0xFE, 0xFF])
                ? "The file is UTF-16; an import file must be UTF-8. Save it as UTF-8 and send it again."
                : "The file is not valid UTF-8: an import file must be UTF-8 text. Nothing was read.";
            return false;
        }

        try
        {
            document = JsonSerializer.Deserialize<DealExportDocument>(body, options);
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
            var (field, message) = Hosting.UnhandledExceptions.Describe(exception);
            document = null;
            error = $"The file is not valid JSON in the export format: {field}: {message}";
        }
        catch (InvalidOperationException)
        {
            // A string the reader cannot turn into text, such as an escaped lone surrogate ("\ud800").
            document = null;
            error = "The file is not valid JSON in the export format: it holds text that is not Unicode.";
        }

        return error is null;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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

    /// <summary>
    /// Checks the file (a dry run) or applies it. Applying imports run one at a time in this process, each reading the store after
    /// the one before it saved, so the same file sent twice at once adds its items once. Another node may still save the same
    /// slugs or links between this import's reads and its save: the import then reads the store again and runs once more, and
    /// when that too collides it throws <see cref="ImportConflictException"/> (nothing saved).
    /// </summary>
    public async Task<ImportResult> RunAsync(DealExportDocument document, bool apply, EditorStamp editor, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!apply)
        {
            return await RunOnceAsync(document, false, editor, progress, cancellationToken);
        }

        await Applying.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await RunOnceAsync(document, true, editor, progress, cancellationToken);
            }
            catch (DbUpdateException exception) when (StoreErrors.IsUniqueViolation(exception))
            {
                try
                {
                    return await RunOnceAsync(document, true, editor, progress, cancellationToken);
                }
                catch (DbUpdateException again) when (StoreErrors.IsUniqueViolation(again))
                {
                    throw new ImportConflictException(again);
                }
            }
        }
        finally
        {
            Applying.Release();
        }
    }

    // One applying import at a time in this process (the importer is scoped: the gate is the process's).
    private static readonly SemaphoreSlim Applying = new(1, 1);

    // Reports rely on each other in any order, cycles included: one that relies on a report of the file rejected only once the others
    // were checked (a cycle) is rejected up front in another pass, so nothing rejected is ever half applied.
    private async Task<ImportResult> RunOnceAsync(DealExportDocument document, bool apply, EditorStamp editor, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var doomed = new Dictionary<int, string>();
        while (true)
        {
            var before = doomed.Count;
            var result = await RunPassAsync(document, apply, editor, progress, doomed, cancellationToken);
            if (doomed.Count == before)
            {
                return result!;
            }
        }
    }

    private async Task<ImportResult?> RunPassAsync(
        DealExportDocument document, bool apply, EditorStamp editor, IProgress<double>? progress, Dictionary<int, string> doomed, CancellationToken cancellationToken)
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
            var fileIds = items.OfType<ExportReport>().Select(r => r.Id).ToHashSet();
            var scope = new ReportScope(db, deal, outlets, parties, store, reports, today, fileIds, [], [], doomed);
            var count = items.Count;
            var reportLines = new ImportLine[count];
            var done = 0;
            foreach (var i in ImportOrder(items))
            {
                reportLines[i] = ImportReport(scope, items[i], i);
                progress?.Report(0.9 * ++done / Math.Max(1, count));
            }

            if (!ResolveDeferred(scope, reportLines))
            {
                return null;
            }

            lines.AddRange(reportLines);

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
        var existing = await db.Outlets.Where(o => EF.Parameter(slugs).Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        // Every outlet's names, read once: a name that is another outlet's is refused as the editor refuses it (OutletNames).
        var names = (await EditorLookups.OutletNamesAsync(db, cancellationToken)).ToList();
        var accepted = new Dictionary<string, Outlet>();
        var index = -1;
        foreach (var item in document.Outlets ?? [])
        {
            index++;
            if (item is null)
            {
                lines.Add(Rejected("Outlet", "(empty)", $"outlets[{index}]: An outlet of the file is null."));
                continue;
            }

            var label = Label($"{item.Name} ({item.Slug})");
            var draft = new OutletDraft { Name = item.Name, Homepage = item.Homepage };
            var known = EnumNames.TryParse<OutletKind>(item.Kind, out var kind);
            var stored = item.Slug is null ? null : existing.GetValueOrDefault(item.Slug);
            var problem = SlugProblem(item.Slug, accepted.ContainsKey)
                ?? (known ? null : $"kind: Unknown kind of outlet \"{Label(item.Kind)}\".")
                ?? Problems(draft.Validate(), $"outlets[{index}].")
                ?? NameProblem(CatalogEditor.OutletNameError(VisibleText.Trim(item.Name), stored?.Name, [.. names.Where(n => stored is null || n.Id != stored.Id)]));
            if (problem is not null)
            {
                lines.Add(Rejected("Outlet", label, At($"outlets[{index}]", problem)));
                continue;
            }

            var name = VisibleText.Trim(item.Name);
            var homepage = ReportDraft.Clean(item.Homepage);
            names.Add(KnownName.Of(stored?.Id ?? 0, name, item.Slug, homepage));
            if (existing.TryGetValue(item.Slug!, out var outlet))
            {
                var changes = new List<string>();
                Set(outlet.Name, name, v => outlet.Name = v, "name", changes);
                Set(outlet.Kind, kind, v => outlet.Kind = v, "kind", changes);
                Set(outlet.Homepage, homepage, v => outlet.Homepage = v, "homepage", changes);
                lines.Add(Outcome("Outlet", label, changes));
            }
            else
            {
                outlet = new Outlet { Slug = item.Slug!, Name = name, Kind = kind, Homepage = homepage };
                db.Outlets.Add(outlet);
                lines.Add(new ImportLine("Outlet", label, ImportOutcome.Added, null, []));
            }

            accepted[item.Slug!] = outlet;
        }

        return accepted;
    }

    private static async Task<Dictionary<string, Party>> ImportPartiesAsync(DealTrackerDbContext db, DealExportDocument document, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var items = (document.Parties ?? []).OfType<ExportParty>().ToList();
        var slugs = items.Select(p => p.Slug).Concat(items.Select(p => p.Affiliation)).OfType<string>().Distinct().ToList();
        var existing = await db.Parties.Where(p => EF.Parameter(slugs).Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        // Every party's name, read once and looked up by the ways it is written: a name another party has is refused, as the editor
        // refuses it (CatalogEditor.PartyNameError, with the same known names: name and slug), without reading every name per party.
        var names = new KnownNameIndex();
        foreach (var row in await db.Parties.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken))
        {
            names.Set(row.Slug, KnownName.Of(row.Id, row.Name, row.Slug));
        }

        var fileSlugs = items.Select(p => p.Slug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var affiliations = await AffiliationsAfterAsync(db, items, cancellationToken);
        var results = new List<(int Index, string Label, string? Problem)>();
        var candidates = new Dictionary<string, (int Index, ExportParty Item, string Label, string Name, PartyKind Kind)>(StringComparer.Ordinal);
        var index = -1;
        foreach (var item in document.Parties ?? [])
        {
            index++;
            if (item is null)
            {
                results.Add((index, "(empty)", $"parties[{index}]: A party of the file is null."));
                continue;
            }

            var label = Label($"{item.Name} ({item.Slug})");
            var draft = new PartyDraft { Name = item.Name, Description = item.Description };
            var known = EnumNames.TryParse<PartyKind>(item.Kind, out var kind);
            var name = VisibleText.Trim(item.Name ?? "");
            var problem = SlugProblem(item.Slug, candidates.ContainsKey)
                ?? (known ? null : $"kind: Unknown kind of party \"{Label(item.Kind)}\".")
                ?? Problems(draft.Validate(), $"parties[{index}].")
                ?? NameProblem(CatalogEditor.PartyNameError(name, item.Slug is null ? null : existing.GetValueOrDefault(item.Slug)?.Name,
                    names.Overlapping(CatalogEditor.PartyNameForms(name), except: item.Slug)))
                ?? (item.Affiliation is not { } affiliation ? null
                    : affiliation == item.Slug ? "affiliation: A party cannot be affiliated with itself."
                    : !fileSlugs.Contains(affiliation) && !existing.ContainsKey(affiliation) ? $"affiliation: The party \"{Label(affiliation)}\" is not in the file or the store."
                    : AffiliationCycle(item.Slug!, affiliation, affiliations));
            results.Add((index, label, problem));
            if (problem is null)
            {
                names.Set(item.Slug!, KnownName.Of(0, name, item.Slug));
                candidates[item.Slug!] = (index, item, label, name, kind);
            }
        }

        // A party affiliated with a party of the file that is rejected (and not in the store) is rejected too, naming it, as a report
        // whose outlet was rejected is: its affiliation is never dropped silently. One rejection may lead to another.
        for (var rejectedOne = true; rejectedOne;)
        {
            rejectedOne = false;
            foreach (var (slug, candidate) in candidates.ToList())
            {
                if (candidate.Item.Affiliation is { } affiliation && !candidates.ContainsKey(affiliation) && !existing.ContainsKey(affiliation))
                {
                    candidates.Remove(slug);
                    results[results.FindIndex(r => r.Index == candidate.Index)] = (candidate.Index, candidate.Label,
                        $"affiliation: The party \"{Label(affiliation)}\" it is affiliated with is rejected in this file (see its line), so this party is not imported either: mend that party, or leave out the affiliation.");
                    rejectedOne = true;
                }
            }
        }

        var accepted = new Dictionary<string, Party>();
        var outcomes = new List<(int Line, ExportParty Item, string Label, List<string> Changes, bool IsNew)>();
        foreach (var (at, label, problem) in results)
        {
            if (problem is not null)
            {
                lines.Add(Rejected("Party", label, At($"parties[{at}]", problem)));
                continue;
            }

            var (_, item, _, name, kind) = candidates[document.Parties![at]!.Slug!];
            var description = ReportDraft.Clean(item.Description);
            var changes = new List<string>();
            var isNew = !existing.TryGetValue(item.Slug!, out var party);
            if (party is not null)
            {
                Set(party.Name, name, v => party.Name = v, "name", changes);
                Set(party.Kind, kind, v => party.Kind = v, "kind", changes);
                Set(party.Description, description, v => party.Description = v, "description", changes);
            }
            else
            {
                party = new Party { Slug = item.Slug!, Name = name, Kind = kind, Description = description };
                db.Parties.Add(party);
            }

            accepted[item.Slug!] = party;
            outcomes.Add((lines.Count, item, label, changes, isNew));
            lines.Add(new ImportLine("Party", label, ImportOutcome.Added, null, []));
        }

        // Affiliations once every party of the file is known (one may name a party later in the file), as the file writes them.
        foreach (var (line, item, label, changes, isNew) in outcomes)
        {
            var party = accepted[item.Slug!];
            var affiliation = item.Affiliation is null ? null : accepted.GetValueOrDefault(item.Affiliation) ?? existing.GetValueOrDefault(item.Affiliation);
            if (!isNew && (affiliation is null ? party.AffiliationId is not null : affiliation.Id == 0 || affiliation.Id != party.AffiliationId))
            {
                changes.Add("affiliation");
            }

            if (affiliation is null)
            {
                party.AffiliationId = null;
            }
            else if (affiliation.Id != 0)
            {
                party.AffiliationId = affiliation.Id;
            }

            party.Affiliation = affiliation;
            lines[line] = isNew ? new ImportLine("Party", label, ImportOutcome.Added, null, []) : Outcome("Party", label, changes.Distinct().ToList());
        }

        return accepted;
    }

    /// <summary>Each party's affiliation (by slug) once the file is imported: the store's, with the file's parties as the file writes them.</summary>
    private static async Task<Dictionary<string, string?>> AffiliationsAfterAsync(DealTrackerDbContext db, List<ExportParty> items, CancellationToken cancellationToken)
    {
        var after = await db.Parties.AsNoTracking().Where(p => p.AffiliationId != null)
            .Select(p => new { p.Slug, Affiliation = p.Affiliation!.Slug })
            .ToDictionaryAsync(p => p.Slug, p => (string?)p.Affiliation, StringComparer.Ordinal, cancellationToken);
        foreach (var item in items.Where(i => i.Slug is not null))
        {
            after[item.Slug!] = item.Affiliation;
        }

        return after;
    }

    /// <summary>
    /// The problem when party <paramref name="slug"/>'s affiliation <paramref name="affiliation"/> leads, directly or through others,
    /// back to it (as the editor refuses it); else null.
    /// </summary>
    private static string? AffiliationCycle(string slug, string affiliation, Dictionary<string, string?> affiliations)
    {
        var chain = new List<string> { slug };
        for (string? at = affiliation; at is not null && chain.Count <= affiliations.Count + 1; at = affiliations.GetValueOrDefault(at))
        {
            chain.Add(at);
            if (at == slug)
            {
                return $"affiliation: {CatalogEditor.AffiliationCycle(Label(slug), Label(affiliation), chain.Select(Label))}";
            }
        }

        return null;
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
        var known = EnumNames.TryParse<DealStage>(item.Stage, out var stage);
        // Every deal's title, read once: a title another deal has is refused, as the editor refuses it (CatalogEditor.DealTitleError).
        var titles = await db.Deals.AsNoTracking().Select(d => new { d.Slug, d.Title }).ToListAsync(cancellationToken);
        var problem = SlugProblem(item.Slug, _ => false)
            ?? (known ? null : $"stage: Unknown stage \"{Label(item.Stage)}\".")
            ?? Problems(draft.Validate(), "deal.")
            ?? (CatalogEditor.DealTitleError(VisibleText.Trim(item.Title), titles.FirstOrDefault(d => d.Slug == item.Slug)?.Title, titles.Where(d => d.Slug != item.Slug).Select(d => d.Title)) is { } taken
                ? $"title: {taken}" : null)
            ?? roles.Select((r, i) => r.Note is { } note && Limits.Length(note) > Limits.ShortNote ? $"parties[{i}].note: A note can be at most {Limits.ShortNote} characters." : null).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            lines.Add(Rejected("Deal", label, $"{At("deal", problem)} Nothing of the file can be imported without its deal."));
            return null;
        }

        var deal = await db.Deals.Include(d => d.Parties).FirstOrDefaultAsync(d => d.Slug == item.Slug, cancellationToken);
        var changes = new List<string>();
        var title = VisibleText.Trim(item.Title);
        var summary = VisibleText.Trim(item.Summary);
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

        ImportDealParties(deal, item.Parties ?? [], parties, changes, lines);
        lines.Add(deal.Id == 0 ? new ImportLine("Deal", label, ImportOutcome.Added, null, []) : Outcome("Deal", label, changes));
        return deal;
    }

    // Each party row of the deal as the file writes it: a row naming a party the file does not bring, or a role that is not one, is
    // rejected with its field (never dropped); a known row with another note takes the file's note.
    private static void ImportDealParties(Deal deal, IReadOnlyList<ExportDealParty?> roles, Dictionary<string, Party> parties, List<string> changes, List<ImportLine> lines)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            var label = Label($"{role?.Party} as {role?.Role}");
            var problem = role is null ? $"deal.parties[{i}]: A party of the deal cannot be empty."
                : role.Party is null || !parties.TryGetValue(role.Party, out _) ? $"deal.parties[{i}].party: The party \"{Label(role.Party)}\" is not in the file (or was rejected)."
                : !EnumNames.TryParse<PartyRole>(role.Role, out _) ? $"deal.parties[{i}].role: Unknown role \"{Label(role.Role)}\"."
                : null;
            if (problem is not null)
            {
                lines.Add(Rejected("Deal party", label, problem));
                continue;
            }

            var party = parties[role!.Party!];
            _ = EnumNames.TryParse<PartyRole>(role.Role, out var partyRole);
            var note = ReportDraft.Clean(role.Note);
            var row = deal.Parties.FirstOrDefault(p => (p.PartyId == party.Id && party.Id != 0 || p.Party == party) && p.Role == partyRole);
            if (row is null)
            {
                deal.Parties.Add(new DealParty { Party = party, Role = partyRole, Note = note });
                changes.Add($"{party.Name} as {role.Role}");
            }
            else if (row.Note != note)
            {
                row.Note = note;
                changes.Add($"note of {party.Name} as {role.Role}");
            }
        }
    }

    // What importing one report reads and writes: the store, the deal, what the file has brought so far (Reports: the accepted ones
    // by their id in the file; Checked: every id met so far), the reliances on reports of the file still to come (a cycle), and
    // the reports a pass before this one found rejected only through such a reliance.
    private sealed record ReportScope(
        DealTrackerDbContext Db, Deal Deal, Dictionary<string, Outlet> Outlets, Dictionary<string, Party> Parties,
        StoreReports Store, Dictionary<int, Report> Reports, DateOnly Today, HashSet<int> FileIds, HashSet<int> Checked,
        List<DeferredReliances> Deferred, Dictionary<int, string> Doomed);

    // Reliances of an accepted report on reports of the file not yet imported when it was (they rely on each other).
    private sealed record DeferredReliances(int Index, int Id, Report Report, bool IsNew, List<string> Changes, string Label, List<(int At, ExportReliance Reliance)> Reliances);

    /// <summary>
    /// The order the reports of the file are imported in: each after the reports of the file it relies on, in file order
    /// otherwise, whatever order the file writes them in (an export writes them by date, and a report dated only "2026" may rely
    /// on one of 29 January 2026). Reports that rely on each other (a cycle) come in file order; their reliances on one another
    /// are added once all of them are in (<see cref="ResolveDeferred"/>).
    /// </summary>
    internal static List<int> ImportOrder(IReadOnlyList<ExportReport?> items)
    {
        var firstIndex = new Dictionary<int, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                firstIndex.TryAdd(item.Id, i);
            }
        }

        // 0: not met, 1: waiting for the reports it relies on, 2: in the order. Iterative, so a long chain cannot overflow the stack.
        var state = new byte[items.Count];
        var order = new List<int>(items.Count);
        var stack = new Stack<(int Index, int Next)>();
        for (var start = 0; start < items.Count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            state[start] = 1;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (index, next) = stack.Pop();
                var reliances = items[index]?.Reliances ?? [];
                var target = -1;
                for (; next < reliances.Count && target < 0; next++)
                {
                    if (reliances[next]?.Report is { } id && firstIndex.TryGetValue(id, out var at) && state[at] == 0)
                    {
                        target = at;
                    }
                }

                if (target >= 0)
                {
                    stack.Push((index, next));
                    state[target] = 1;
                    stack.Push((target, 0));
                }
                else
                {
                    state[index] = 2;
                    order.Add(index);
                }
            }
        }

        return order;
    }

    // Adds the reliances deferred within cycles. A reliance on a report the file has but this pass rejected makes the relying report
    // rejected too: it is marked for the next pass (false: run again), which rejects it before anything of it is applied.
    private static bool ResolveDeferred(ReportScope scope, ImportLine[] reportLines)
    {
        var complete = true;
        foreach (var deferred in scope.Deferred)
        {
            foreach (var (at, reliance) in deferred.Reliances)
            {
                if (!scope.Reports.ContainsKey(reliance.Report!.Value))
                {
                    scope.Doomed.TryAdd(deferred.Id, $"reliances[{at}]: It relies on report {reliance.Report}, which is rejected in this file (see its line).");
                    complete = false;
                }
            }
        }

        if (!complete)
        {
            return false;
        }

        foreach (var deferred in scope.Deferred)
        {
            var wanted = new List<Reliance>();
            foreach (var (_, reliance) in deferred.Reliances)
            {
                var target = scope.Reports[reliance.Report!.Value];
                _ = EnumNames.TryParse<RelianceKind>(reliance.Kind, out var kind);
                bool Same(Reliance x) => x.TargetReport == target || (x.TargetReportId == target.Id && target.Id != 0);
                if (!deferred.Report.Reliances.Any(Same) && !wanted.Any(Same))
                {
                    wanted.Add(new Reliance { TargetReport = target, Kind = kind, Note = ReportDraft.Clean(reliance.Note) });
                }
            }

            foreach (var reliance in wanted)
            {
                deferred.Report.Reliances.Add(reliance);
                if (!deferred.IsNew)
                {
                    deferred.Changes.Add("reliance added");
                }
            }

            if (!deferred.IsNew)
            {
                reportLines[deferred.Index] = Outcome("Report", deferred.Label, deferred.Changes);
            }
        }

        return true;
    }

    // A claim of the file as the editors' write path writes it, with what makes it the same as a stored one.
    private readonly record struct ClaimCandidate(ClaimDraft Draft, Claim Claim, ClaimKey Key);

    private static ImportLine ImportReport(ReportScope scope, ExportReport? item, int index)
    {
        var at = $"reports[{index}]";
        if (item is null)
        {
            return Rejected("Report", "(empty)", $"{at}: A report of the file is null.");
        }

        var label = Label($"Report {item.Id}: {item.Headline ?? item.Summary}");
        var firstOfId = scope.Checked.Add(item.Id);
        var problem = CheckReport(item, scope, at, out var draft, out var claimParties)
            ?? (firstOfId && scope.Doomed.TryGetValue(item.Id, out var doomed) ? doomed : null);
        if (problem is not null)
        {
            return Rejected("Report", label, At(at, problem));
        }

        var outlet = scope.Outlets[item.Outlet];
        var fields = ReportFields.Of(draft);
        var report = scope.Store.Find(fields.Url, outlet, fields.Published?.Start, fields.Title);
        if (report is not null && scope.Store.Imported.Contains(report))
        {
            return Rejected("Report", label, $"{at}: The file has this report twice (same link, or same outlet, date and headline).");
        }

        // One report per link, as the editor and the API hold it: a link the store has for another outlet's report names that report.
        if (report is not null && report.Outlet != outlet && (outlet.Id == 0 || report.OutletId != outlet.Id))
        {
            return Rejected("Report", label, $"{at}.url: {ReportEditor.DuplicateLinkError(report.Id, report.Outlet?.Name ?? "another outlet")}");
        }

        var candidates = ClaimCandidates(draft, claimParties, scope.Deal);
        var matches = StoredMatches(report, candidates, scope.Deal);
        var wantedReliances = WantedReliances(item, report, scope, out var deferred);
        if ((LimitProblem(report, matches, wantedReliances, deferred.Count) ?? StoredDifference(report, draft, candidates, matches)) is { } notApplied)
        {
            return Rejected("Report", label, At(at, notApplied));
        }

        var isNew = report is null;
        var changes = new List<string>();
        report = Upsert(scope, report, outlet, draft, fields, changes);
        ApplyClaims(report, candidates, matches, isNew, changes);
        ApplyRetraction(report, draft, isNew, changes);
        foreach (var reliance in wantedReliances)
        {
            report.Reliances.Add(reliance);
            if (!isNew)
            {
                changes.Add("reliance added");
            }
        }

        scope.Reports[item.Id] = report;
        if (deferred.Count > 0)
        {
            scope.Deferred.Add(new DeferredReliances(index, item.Id, report, isNew, changes, label, deferred));
        }

        return isNew ? new ImportLine("Report", label, ImportOutcome.Added, null, []) : Outcome("Report", label, changes);
    }

    // What the file says of a stored report and its claims that the import does not apply, naming the field; null when nothing.
    // An import adds and retracts but never reinstates a retraction, rewrites a retraction's reason or edits a stored claim's figure
    // or note: such a report is rejected rather than reported unchanged.
    private static string? StoredDifference(Report? report, ReportDraft draft, List<ClaimCandidate> candidates, IReadOnlyList<Claim?> matches)
    {
        if (report is null)
        {
            return null;
        }

        if (report.Status == ReportStatus.Retracted)
        {
            if (draft.Status != ReportStatus.Retracted)
            {
                return $"status: The store has this report (report {report.Id}) retracted (\"{Label(report.RetractionReason)}\"); an import does not reinstate a retracted report. Write it as retracted, or leave it out of the file.";
            }

            if (ReportDraft.Clean(draft.RetractionReason) != report.RetractionReason)
            {
                return $"retractionReason: The store has this report (report {report.Id}) retracted for another reason (\"{Label(report.RetractionReason)}\"); an import does not change a retraction's reason.";
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (matches[i] is { } stored && ClaimDifference(stored, candidates[i].Claim, draft.Status == ReportStatus.Retracted) is { } difference)
            {
                return $"claims[{i}].{difference.Field}: The stored claim {stored.Id} {difference.Says}; an import does not edit a stored claim. Edit it at /admin/claims/{stored.Id}, or write it in the file as the store has it.";
            }
        }

        return null;
    }

    // The first field where the file's claim and the stored one it matches differ, as the import would leave it. A standing claim of a
    // retracted report is retracted with it, so it agrees with a stored claim retracted.
    private static (string Field, string Says)? ClaimDifference(Claim stored, Claim file, bool reportRetracted)
    {
        if (stored.Status == ClaimStatus.Retracted && file.Status != ClaimStatus.Retracted && !reportRetracted)
        {
            return ("status", $"is retracted (\"{Label(stored.RetractionReason)}\"), the file says standing: an import does not reinstate a retracted claim");
        }

        if (stored.Status == ClaimStatus.Retracted && file.Status == ClaimStatus.Retracted && stored.RetractionReason != file.RetractionReason)
        {
            return ("retractionReason", $"is retracted for another reason (\"{Label(stored.RetractionReason)}\")");
        }

        if (stored.Metric.IsMoney())
        {
            if (stored.Hedge != file.Hedge || !string.Equals(stored.Currency, file.Currency, StringComparison.Ordinal))
            {
                return (stored.Hedge != file.Hedge ? "money.hedge" : "money.currency", $"has {stored.Money?.ToString() ?? "another figure"}, the file another");
            }

            if (stored.Amount != file.Amount || stored.AmountLow != file.AmountLow || stored.AmountHigh != file.AmountHigh)
            {
                return (stored.Amount != file.Amount ? "money.amount" : stored.AmountLow != file.AmountLow ? "money.low" : "money.high",
                    $"has {stored.Money?.ToString() ?? "another figure"}, the file another");
            }
        }

        if (stored.TalksStage != file.TalksStage)
        {
            return ("talksStage", $"has the stage {(stored.TalksStage is { } stage ? EnumNames.Token(stage) : "none")}, the file another");
        }

        return stored.Note != file.Note ? ("note", "has another note") : null;
    }

    // The report's own fields as the editors' write path cleans them; Title is what matching reads when the headline is missing.
    private sealed record ReportFields(string? Url, PartialDate? Published, string? Headline, string Summary)
    {
        public string Title => Headline ?? Summary;

        public static ReportFields Of(ReportDraft draft)
        {
            var headline = ReportDraft.Clean(draft.Headline);
            return new(
                draft.Url is null ? null : Links.Normalise(draft.Url.Trim()),
                draft.PublishedOn is { } on ? PartialDate.From(on, draft.PublishedPrecision) : null,
                headline,
                ReportDraft.Clean(draft.Summary) ?? headline!);
        }
    }

    private static List<ClaimCandidate> ClaimCandidates(ReportDraft draft, List<Party?> claimParties, Deal deal)
    {
        var candidates = new List<ClaimCandidate>(draft.Claims.Count);
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
            candidates.Add(new(claimDraft, claim, KeyOf(claim, deal)));
        }

        return candidates;
    }

    // What the report relies on in the file, less what the stored report already relies on; <paramref name="deferred"/>: its reliances
    // on reports of the file still to come (they rely on it in turn), added once they are in.
    private static List<Reliance> WantedReliances(ExportReport item, Report? report, ReportScope scope, out List<(int At, ExportReliance Reliance)> deferred)
    {
        var wanted = new List<Reliance>();
        deferred = [];
        var reliances = item.Reliances ?? [];
        for (var i = 0; i < reliances.Count; i++)
        {
            if (reliances[i] is not { } reliance)
            {
                continue;
            }

            if (reliance.Report is { } pending && !scope.Reports.ContainsKey(pending))
            {
                deferred.Add((i, reliance));
                continue;
            }

            var target = reliance.Report is { } id ? scope.Reports[id] : null;
            var targetOutlet = reliance.Outlet is { } slug ? scope.Outlets[slug] : null;
            _ = EnumNames.TryParse<RelianceKind>(reliance.Kind, out var kind);
            bool Same(Reliance x) => (target is not null && (x.TargetReport == target || (x.TargetReportId == target.Id && target.Id != 0)))
                                  || (targetOutlet is not null && (x.TargetOutlet == targetOutlet || (x.TargetOutletId == targetOutlet.Id && targetOutlet.Id != 0)));
            if (!(report?.Reliances.Any(Same) ?? false) && !wanted.Any(Same))
            {
                wanted.Add(new Reliance { TargetReport = target, TargetOutlet = targetOutlet, Kind = kind, Note = ReportDraft.Clean(reliance.Note) });
            }
        }

        return wanted;
    }

    // The limits hold for the report as saved: what it already has and what the file adds.
    private static string? LimitProblem(Report? report, IReadOnlyList<Claim?> matches, List<Reliance> wantedReliances, int deferredReliances)
    {
        var claimCount = (report?.Claims.Count ?? 0) + matches.Count(m => m is null);
        if (claimCount > Limits.ClaimsPerReport)
        {
            return $"claims: {ReportDraft.TooManyClaims(claimCount)}";
        }

        var relianceCount = (report?.Reliances.Count ?? 0) + wantedReliances.Count + deferredReliances;
        return relianceCount > Limits.ReliancesPerReport
            ? $"reliances: A report can rely on at most {Limits.ReliancesPerReport} reports or outlets; with this file it would rely on {relianceCount}."
            : null;
    }

    // The stored report brought in line with the file's, or a new one.
    private static Report Upsert(ReportScope scope, Report? report, Outlet outlet, ReportDraft draft, ReportFields fields, List<string> changes)
    {
        if (report is null)
        {
            report = new Report { Outlet = outlet, Summary = fields.Summary, Headline = fields.Headline, Url = fields.Url, Published = fields.Published };
            scope.Db.Reports.Add(report);
            scope.Store.Add(report, fields.Url, outlet, fields.Published?.Start, fields.Title);
        }
        else
        {
            var existing = report;
            Set(existing.Headline, fields.Headline, v => existing.Headline = v, "headline", changes);
            Set(existing.Summary, fields.Summary, v => existing.Summary = v, "summary", changes);
            if (existing.Published != fields.Published)
            {
                existing.Published = fields.Published;
                changes.Add("published");
            }
        }

        scope.Store.Imported.Add(report);
        var saved = report;
        Set(saved.RetrievedOn, draft.RetrievedOn, v => saved.RetrievedOn = v, "retrieved", changes);
        Set(saved.SourceNote, ReportDraft.Clean(draft.SourceNote), v => saved.SourceNote = v, "source note", changes);
        return saved;
    }

    /// <summary>
    /// The stored claim each of the file's claims is, paired one to one by what the claim says (<see cref="KeyOf"/>), or null for a
    /// claim new to the report. Two claims alike in the file are two claims, as the editor keeps them: the second is matched with a
    /// second stored one or added, never folded into the first (the same file imported again adds nothing).
    /// </summary>
    private static List<Claim?> StoredMatches(Report? report, List<ClaimCandidate> candidates, Deal deal)
    {
        var unmatched = new Dictionary<ClaimKey, Queue<Claim>>();
        foreach (var stored in report?.Claims ?? [])
        {
            var key = KeyOf(stored, deal);
            if (!unmatched.TryGetValue(key, out var alike))
            {
                unmatched[key] = alike = new Queue<Claim>();
            }

            alike.Enqueue(stored);
        }

        return [.. candidates.Select(c => unmatched.TryGetValue(c.Key, out var alike) && alike.TryDequeue(out var stored) ? stored : null)];
    }

    // A claim new to the report is added; one the file retracts is retracted; one already stored is left as it is.
    private static void ApplyClaims(Report report, List<ClaimCandidate> candidates, IReadOnlyList<Claim?> matches, bool isNew, List<string> changes)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var (claimDraft, claim, _) = candidates[i];
            if (matches[i] is not { } match)
            {
                report.Claims.Add(claim);
                if (!isNew)
                {
                    changes.Add($"claim added: {Label(claim.Statement)}");
                }
            }
            else if (claimDraft.Status == ClaimStatus.Retracted && match.Status != ClaimStatus.Retracted)
            {
                match.Status = ClaimStatus.Retracted;
                match.RetractionReason = VisibleText.Trim(claimDraft.RetractionReason!);
                changes.Add($"claim retracted: {Label(match.Statement)}");
            }
        }
    }

    // A retracted report retracts its standing claims with it, as an editor's retraction does.
    private static void ApplyRetraction(Report report, ReportDraft draft, bool isNew, List<string> changes)
    {
        if (draft.Status != ReportStatus.Retracted || report.Status == ReportStatus.Retracted)
        {
            return;
        }

        var retracted = ReportEditor.Retract(report, draft.RetractionReason!);
        changes.Add("retracted");
        if (!isNew && retracted.Count > 0)
        {
            changes.Add($"{retracted.Count} standing claim(s) retracted with it");
        }
    }

    // Null when the report can be imported; otherwise why not (naming the field). Builds the editor's draft on the way,
    // with the party each claim is about (a new party has no id yet: the draft carries a placeholder).
    private static string? CheckReport(ExportReport item, ReportScope scope, string at, out ReportDraft draft, out List<Party?> claimParties)
    {
        draft = new ReportDraft();
        claimParties = [];
        if (item.Outlet is null || !scope.Outlets.TryGetValue(item.Outlet, out var outlet))
        {
            return $"outlet: Its outlet \"{Label(item.Outlet)}\" is not in the file (or was rejected).";
        }

        if (string.IsNullOrWhiteSpace(item.Summary))
        {
            return "summary: A report needs a summary.";
        }

        if (scope.Reports.ContainsKey(item.Id))
        {
            return $"id: The file has two reports with the id {item.Id}.";
        }

        if (ReadDates(item, out var published, out var retrieved) is { } dateProblem)
        {
            return dateProblem;
        }

        if (!EnumNames.TryParse<ReportStatus>(item.Status, out var status))
        {
            return $"status: Unknown status \"{Label(item.Status)}\".";
        }

        var claims = (item.Claims ?? []).ToList();
        draft = ToDraft(item, outlet, published, retrieved, status, claims.Count);
        if (claims.Count > Limits.ClaimsPerReport)
        {
            return $"claims: {ReportDraft.TooManyClaims(claims.Count)}";
        }

        for (var i = 0; i < claims.Count; i++)
        {
            if (ToDraft(claims[i], scope.Deal, scope.Parties, $"{at}.claims[{i}]", out var claimDraft, out var party) is { } claimProblem)
            {
                return claimProblem;
            }

            draft.Claims.Add(claimDraft);
            claimParties.Add(party);
        }

        if (Problems(draft.Validate(scope.Today), $"{at}.") is { } problem)
        {
            return problem;
        }

        if (status == ReportStatus.Retracted && ReportEditor.ReasonError(item.RetractionReason, "report") is { } reasonError)
        {
            return $"retractionReason: {reasonError}";
        }

        return RelianceProblem(item, scope);
    }

    // The report's dates: published as precise as the file gives it, retrieved a day.
    private static string? ReadDates(ExportReport item, out PartialDate? published, out DateOnly? retrieved)
    {
        published = null;
        retrieved = null;
        if (ReadDate(item.Published, "published", out published) is { } publishedProblem)
        {
            return publishedProblem;
        }

        if (item.RetrievedOn is not null)
        {
            if (!IsoDay.TryParse(item.RetrievedOn, out var day))
            {
                return $"retrievedOn: \"{Label(item.RetrievedOn)}\" is not a date (yyyy-MM-dd).";
            }

            retrieved = day;
        }

        return null;
    }

    // A date of the file ({"date", "precision"}) exactly as written: a date of a known form, and a precision, when given, that is a known
    // word and the date's own form ("2026-02" is a month). Null when it reads; otherwise why not, naming the field.
    private static string? ReadDate(PartialDateDto? written, string field, out PartialDate? date)
    {
        date = null;
        if (written is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(written.Date, out var parsed))
        {
            return $"{field}.date: \"{Label(written.Date)}\" is not a date (yyyy-MM-dd, yyyy-MM or yyyy).";
        }

        if (written.Precision is not null)
        {
            if (!EnumNames.TryParse<DatePrecision>(written.Precision, out var precision))
            {
                return $"{field}.precision: Unknown precision \"{Label(written.Precision)}\" (day, month or year).";
            }

            if (precision != parsed.Precision)
            {
                return $"{field}.precision: \"{Label(written.Precision)}\" does not agree with the date \"{Label(written.Date)}\", which is a {EnumNames.Token(parsed.Precision)} ({ReportDraft.DateForm(parsed.Precision)}).";
            }
        }

        date = parsed;
        return null;
    }

    // The editor's report draft for a report of the file, its claims still to come.
    private static ReportDraft ToDraft(ExportReport item, Outlet outlet, PartialDate? published, DateOnly? retrieved, ReportStatus status, int claims) => new()
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
        Reliances = [.. (item.Reliances ?? []).Select(r => new RelianceDraft
        {
            TargetReportId = r?.Report is null ? null : ResolvedBySlug,
            TargetOutletId = r?.Outlet is null ? null : ResolvedBySlug,
            Note = r?.Note,
        })],
        Claims = new List<ClaimDraft>(Math.Min(claims, Limits.ClaimsPerReport + 1)),
    };

    // A report relies on reports of the file (anywhere in it) and outlets of the file, in a known way. A report of the file not yet
    // met relies on this one in turn (ImportOrder): the reliance waits for it.
    private static string? RelianceProblem(ExportReport item, ReportScope scope)
    {
        var reliances = (item.Reliances ?? []).ToList();
        for (var i = 0; i < reliances.Count; i++)
        {
            var reliance = reliances[i]!;
            if (reliance.Report == item.Id)
            {
                return $"reliances[{i}].report: A report cannot rely on itself.";
            }

            if (reliance.Report is { } id && !scope.Reports.ContainsKey(id))
            {
                if (!scope.FileIds.Contains(id))
                {
                    return $"reliances[{i}]: It relies on report {id}, which is not in the file.";
                }

                if (scope.Checked.Contains(id))
                {
                    return $"reliances[{i}]: It relies on report {id}, which is rejected in this file (see its line).";
                }
            }

            if (reliance.Outlet is { } slug && !scope.Outlets.ContainsKey(slug))
            {
                return $"reliances[{i}]: It relies on the outlet \"{Label(slug)}\", which is not in the file.";
            }

            if (reliance.Outlet is { } own && scope.Outlets[own] == scope.Outlets[item.Outlet])
            {
                return $"reliances[{i}].outlet: {ReportEditor.OwnOutletError(scope.Outlets[own].Name)}";
            }

            if (!EnumNames.TryParse<RelianceKind>(reliance.Kind, out _))
            {
                return $"reliances[{i}].kind: Unknown kind of reliance \"{Label(reliance.Kind)}\".";
            }
        }

        return null;
    }

    // The editor's claim draft for a claim of the file, and the party it is about, or why there can be none.
    private static string? ToDraft(ExportClaim? item, Deal deal, Dictionary<string, Party> parties, string field, out ClaimDraft draft, out Party? party)
    {
        draft = new ClaimDraft();
        party = null;
        if (item is null)
        {
            return $"{field}: A claim cannot be empty.";
        }

        if (!EnumNames.TryParse<Metric>(item.Metric, out var metric))
        {
            return $"{field}.metric: Unknown metric \"{Label(item.Metric)}\".";
        }

        if (item.Party is { } partySlug && !parties.TryGetValue(partySlug, out party))
        {
            return $"{field}.party: The party \"{Label(partySlug)}\" is not in the file.";
        }

        if (!EnumNames.TryParse<ClaimStatus>(item.Status, out var status))
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
            if (!EnumNames.TryParse<TalksStage>(stageToken, out var parsedStage))
            {
                return $"{field}.talksStage: Unknown stage of talks \"{Label(stageToken)}\".";
            }

            stage = parsedStage;
        }

        var hedge = Hedge.Exact;
        if (metric.IsMoney() && MoneyProblem(item, field, out hedge) is { } moneyProblem)
        {
            return moneyProblem;
        }

        draft = ClaimDraftOf(item, deal, party, metric, status, stage, hedge);
        return null;
    }

    private static ClaimDraft ClaimDraftOf(ExportClaim item, Deal deal, Party? party, Metric metric, ClaimStatus status, TalksStage? stage, Hedge hedge) => new()
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

    // A money claim's figure: its hedge, and amounts that make a hedged amount.
    private static string? MoneyProblem(ExportClaim item, string field, out Hedge hedge)
    {
        hedge = Hedge.Exact;
        if (item.Money is null)
        {
            return $"{field}.money: A {Label(item.Metric)} claim needs its amount.";
        }

        if (!EnumNames.TryParse(item.Money.Hedge, out hedge))
        {
            return $"{field}.money.hedge: Unknown hedge \"{Label(item.Money.Hedge)}\".";
        }

        // The editor's rules for the figure first, in its words (a field and a message, never an exception's text).
        var draft = new ClaimDraft { DealId = ResolvedBySlug, Metric = Metric.Investment, Quote = "-", Currency = item.Money.Currency ?? "USD", Hedge = hedge, Amount = item.Money.Amount, Low = item.Money.Low, High = item.Money.High };
        if (Problems(draft.Validate(), $"{field}.") is { } problem)
        {
            return problem;
        }

        try
        {
            _ = HedgedAmount.Create(hedge, draft.Currency, item.Money.Amount, item.Money.Low, item.Money.High);
            return null;
        }
        catch (ArgumentException)
        {
            return $"{field}.money: These amounts do not make a figure \"{Label(item.Money.Hedge)}\": give amount for that hedge, or low and high for a range.";
        }
    }

    private static async Task ImportEventsAsync(DealTrackerDbContext db, DealExportDocument document, Deal deal, Dictionary<int, Report> reports, DateOnly today, List<ImportLine> lines, CancellationToken cancellationToken)
    {
        var existing = deal.Id == 0 ? [] : await db.Events.Include(e => e.Reports).Where(e => e.DealId == deal.Id).ToListAsync(cancellationToken);
        // Stored events by title and date, each paired with one event of the file at most (as claims are): two alike events of the
        // file are two events, never folded into one, and importing the same file again adds nothing.
        var unpaired = existing.GroupBy(e => (e.Title, e.Occurred)).ToDictionary(g => g.Key, g => new Queue<DealEvent>(g.OrderBy(e => e.Id)));
        var events = document.Events ?? [];
        for (var index = 0; index < events.Count; index++)
        {
            var item = events[index];
            var at = $"events[{index}]";
            if (item is null)
            {
                lines.Add(Rejected("Event", "(empty)", $"{at}: An event of the file is null."));
                continue;
            }

            var label = Label(item.Title ?? "(untitled)");
            var dateProblem = ReadDate(item.Occurred, "occurred", out var occurred);
            var draft = new EventDraft
            {
                DealId = ResolvedBySlug, Title = item.Title, Description = item.Description,
                OccurredOn = occurred?.Start, OccurredPrecision = occurred?.Precision ?? DatePrecision.Day,
            };
            var ids = item.Reports ?? [];
            var missing = ids.Select((id, i) => (Id: id, Index: i)).FirstOrDefault(r => !reports.ContainsKey(r.Id), (Id: -1, Index: -1));
            var problem = dateProblem
                ?? Problems(draft.Validate(today), $"{at}.")
                ?? (missing.Index >= 0 ? $"reports[{missing.Index}]: Report {missing.Id} is not in the file (or was rejected)." : null);
            if (problem is not null)
            {
                lines.Add(Rejected("Event", label, At(at, problem)));
                continue;
            }

            var title = VisibleText.Trim(item.Title!);
            var description = ReportDraft.Clean(item.Description);
            var changes = new List<string>();
            DealEvent? match = null;
            var isNew = !(unpaired.TryGetValue((title, occurred), out var alike) && alike.TryDequeue(out match));
            if (match is null)
            {
                match = new DealEvent { Deal = deal, Title = title, Description = description, Occurred = occurred };
                db.Events.Add(match);
            }
            else
            {
                var stored = match;
                Set(stored.Description, description, v => stored.Description = v, "description", changes);
            }

            var linked = match.Reports.ToHashSet();
            foreach (var id in ids)
            {
                if (linked.Add(reports[id]))
                {
                    match.Reports.Add(reports[id]);
                    changes.Add($"report {id} linked");
                }
            }

            lines.Add(isNew ? new ImportLine("Event", label, ImportOutcome.Added, null, []) : Outcome("Event", label, changes));
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

    // The first few of a draft's errors as one reason, each with its field as the file names it ("claims[2].quote: …",
    // "claims[0].money.amount: …"), after <paramref name="prefix"/> (the item's path in the file).
    private static string? Problems(Dictionary<string, string> errors, string prefix = "")
    {
        if (errors.Count == 0)
        {
            return null;
        }

        return string.Join(" ", errors.Take(3).Select(e => $"{prefix}{FieldPath(e.Key)}: {e.Value}"))
            + (errors.Count > 3 ? $" (and {errors.Count - 3} more)" : "");
    }

    // A draft's field as the file names it: "Claims[0].Amount" → "claims[0].money.amount", "PublishedOn" → "published".
    private static string FieldPath(string key) => string.Join('.', Casing.CamelCase(key).Split('.').Select(part => part switch
    {
        "amount" or "low" or "high" or "currency" or "hedge" => $"money.{part}",
        "partyId" => "party",
        "dealId" => "deal",
        "outletId" or "targetOutletId" => "outlet",
        "targetReportId" => "report",
        "publishedOn" => "published",
        "publishedPrecision" => "published.precision",
        "occurredOn" => "occurred",
        "occurredPrecision" => "occurred.precision",
        _ => part,
    }));

    // A reason for the item at <paramref name="at"/> ("reports[3]"): the problem's field path follows the item's, unless it names it already.
    private static string At(string at, string problem) =>
        problem.StartsWith($"{at}.", StringComparison.Ordinal) || problem.StartsWith($"{at}:", StringComparison.Ordinal) ? problem : $"{at}.{problem}";

    private static string? NameProblem(string? error) => error is null ? null : $"name: {error}";

    private static string Label(string? text) => text is null ? "" : Limits.Clip(text, 200);

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
                .Where(r => r.Url != null && EF.Parameter(urls).Contains(r.Url)).ToListAsync(cancellationToken));
        }

        if (ids.Count > 0)
        {
            found.AddRange(await db.Reports.Include(r => r.Claims).Include(r => r.Reliances).AsSplitQuery()
                .Where(r => r.Url == null && EF.Parameter(ids).Contains(r.OutletId)).ToListAsync(cancellationToken));
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
