using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// The one write path for reports and their claims: validates, refuses stale edits, never deletes
/// a claim (claims and reports are retracted with a reason), and saves with the editor's stamp so
/// every change is kept in the history.
/// </summary>
public sealed class ReportEditor(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ReportDraft?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports
            .Include(r => r.Claims.OrderBy(c => c.Id))
            .Include(r => r.Reliances.OrderBy(x => x.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is null ? null : new ReportDraft
        {
            Id = report.Id,
            Version = report.Version,
            OutletId = report.OutletId,
            Headline = report.Headline,
            // A summary that only repeats the headline is the headline standing in for one the editor never wrote: the form shows it
            // empty, and it follows the headline when that is edited.
            Summary = report.Summary == report.Headline ? null : report.Summary,
            Url = report.Url,
            PublishedOn = report.PublishedOn,
            PublishedPrecision = report.PublishedPrecision ?? Domain.Dates.DatePrecision.Day,
            RetrievedOn = report.RetrievedOn,
            SourceNote = report.SourceNote,
            Status = report.Status,
            RetractionReason = report.RetractionReason,
            Reliances = [.. report.Reliances.Select(r => new RelianceDraft { TargetReportId = r.TargetReportId, TargetOutletId = r.TargetOutletId, Kind = r.Kind, Note = r.Note })],
            Claims = [.. report.Claims.Select(ToDraft)],
        };
    }

    public async Task<ClaimDraft?> LoadClaimAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return claim is null ? null : ToDraft(claim);
    }

    /// <summary>Creates the report (when <see cref="ReportDraft.Id"/> is null) or saves the edit, with its claims and reliances, in one transaction.</summary>
    public async Task<EditResult> SaveAsync(ReportDraft draft, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        var errors = draft.Validate(Today);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Editor = editor;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var report = await FindOrAddAsync(db, draft, cancellationToken);
        if (report is null)
        {
            return EditResult.NotFound("report");
        }

        var url = string.IsNullOrWhiteSpace(draft.Url) ? null : Links.Normalise(draft.Url);
        if (await DuplicateLinkAsync(db, url, report.Id, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var lookupErrors = await CheckReferencesAsync(db, draft, cancellationToken);
        if (lookupErrors.Count > 0)
        {
            return EditResult.Invalid(lookupErrors);
        }

        var newOutlets = new NewOutlets();
        var ownOutlet = await ApplyFieldsAsync(db, report, draft, url, newOutlets, cancellationToken);
        if (await TakeInboxItemAsync(db, report, draft, cancellationToken) is { } inboxError)
        {
            return inboxError;
        }

        var relianceErrors = await SyncReliancesAsync(db, report, draft, ownOutlet, newOutlets, cancellationToken);
        if (relianceErrors.Count > 0)
        {
            return EditResult.Invalid(relianceErrors);
        }

        var claimErrors = await SyncClaimsAsync(db, report, draft.Claims, cancellationToken);
        if (claimErrors.Count > 0)
        {
            return claimErrors.TryGetValue(RetractedKey, out var retracted) ? EditResult.Retracted(int.Parse(retracted, System.Globalization.CultureInfo.InvariantCulture)) : EditResult.Invalid(claimErrors);
        }

        return draft.Id is null && draft.InboxItemId is { } inboxItemId
            ? await SaveFromInboxItemAsync(db, report, inboxItemId, cancellationToken)
            : await SaveAsync(db, report, "report", cancellationToken);
    }

    // Two saves from one inbox item at once make one report: in the save's transaction the item is marked done only while it is not done
    // yet, a conditional update the store runs one at a time (the second finds it done and is refused, its report never written).
    private static async Task<EditResult> SaveFromInboxItemAsync(DealTrackerDbContext db, Report report, int inboxItemId, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var taken = await db.InboxItems.Where(i => i.Id == inboxItemId && i.Status != Domain.Intake.InboxStatus.Done)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, Domain.Intake.InboxStatus.Done), cancellationToken);
            if (taken == 0)
            {
                return EditResult.Invalid(nameof(ReportDraft.InboxItemId), "A report has just been made from this inbox item.");
            }

            var saved = await SaveAsync(db, report, "report", cancellationToken);
            if (saved.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        catch (Exception exception) when (StoreBusy.Is(exception))
        {
            return EditResult.Busy();
        }
    }

    // The stored report, tracked and checked against the version the editor loaded; a new one when the draft has no id; null when it is gone.
    private static async Task<Report?> FindOrAddAsync(DealTrackerDbContext db, ReportDraft draft, CancellationToken cancellationToken)
    {
        if (draft.Id is not { } id)
        {
            var created = new Report { Summary = "" };
            db.Reports.Add(created);
            return created;
        }

        var report = await db.Reports.Include(r => r.Claims).Include(r => r.Reliances).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is not null)
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = draft.Version;
        }

        return report;
    }

    // One report per story: a link another report has, under any spelling of it (StoryLinks.Key, the inbox's one rule: http or https,
    // www., a default port, a trailing slash, a fragment, tracking parameters), is refused, naming that report (the one with this very
    // link first). Each report stores its link's key (Report.LinkKey, indexed), so this is one exact lookup, not a search of every link.
    private static async Task<EditResult?> DuplicateLinkAsync(DealTrackerDbContext db, string? url, int reportId, CancellationToken cancellationToken)
    {
        if (url is null || Domain.Intake.StoryLinks.Key(url) is null || Report.KeyOf(url) is not { } key)
        {
            return null;
        }

        var candidates = await db.Reports.AsNoTracking()
            .Where(r => r.Url != null && r.LinkKey == key && r.Id != reportId)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Url, Outlet = r.Outlet!.Name })
            .Take(50)
            .ToListAsync(cancellationToken);
        var other = candidates.FirstOrDefault(r => r.Url == url) ?? candidates.FirstOrDefault();
        return other is null
            ? null
            : EditResult.Invalid(nameof(ReportDraft.Url), DuplicateLinkError(other.Id, other.Outlet));
    }

    /// <summary>Why a link another report has is refused (the editor, the API and the import say it alike).</summary>
    public static string DuplicateLinkError(int reportId, string outlet) =>
        $"This link is already recorded, as report {reportId} by {outlet}. Edit that report instead.";

    // The report's fields; returns its own outlet when it is named (a new one, or the known one the name stands for), else null.
    private static async Task<Outlet?> ApplyFieldsAsync(
        DealTrackerDbContext db, Report report, ReportDraft draft, string? url, NewOutlets newOutlets, CancellationToken cancellationToken)
    {
        Outlet? named = null;
        if (!string.IsNullOrWhiteSpace(draft.NewOutletName))
        {
            report.Outlet = named = await FindOrAddOutletAsync(db, VisibleText.Trim(draft.NewOutletName), draft.NewOutletKind, newOutlets, cancellationToken);
        }
        else
        {
            report.OutletId = draft.OutletId!.Value;
        }

        // A summary the editor never wrote is the headline (the pages show one of them where the other is missing); one that only
        // repeats the headline as it was (an older form, or an API client sending back what it read) follows the headline's edit,
        // so the old headline never lingers on the public pages as the summary.
        var summary = ReportDraft.Clean(draft.Summary);
        var copied = report.Headline is { } previous && report.Summary == previous && summary == previous;
        report.Headline = ReportDraft.Clean(draft.Headline);
        report.Summary = (copied ? null : summary) ?? report.Headline!;
        report.Url = url;
        report.Published = draft.PublishedOn is { } published ? Domain.Dates.PartialDate.From(published, draft.PublishedPrecision) : null;
        report.RetrievedOn = draft.RetrievedOn;
        report.SourceNote = ReportDraft.Clean(draft.SourceNote);
        return named;
    }

    // A new report made from an inbox item marks the item done, in the report's own transaction:
    // the item never says done for a report that was not saved.
    private async Task<EditResult?> TakeInboxItemAsync(DealTrackerDbContext db, Report report, ReportDraft draft, CancellationToken cancellationToken)
    {
        if (draft.Id is not null || draft.InboxItemId is not { } inboxItemId)
        {
            return null;
        }

        var item = await db.InboxItems.SingleOrDefaultAsync(i => i.Id == inboxItemId, cancellationToken);
        if (item is null)
        {
            return EditResult.Invalid(nameof(ReportDraft.InboxItemId), "That inbox item does not exist.");
        }

        if (item.Status == Domain.Intake.InboxStatus.Done)
        {
            return EditResult.Invalid(nameof(ReportDraft.InboxItemId), $"A report was already made from this inbox item (report {item.ReportId}).");
        }

        // The report must be the item's story: its link when it has one, else the item's outlet. A draft saved against another item
        // would mark that item done for a story it never carried.
        var sameStory = string.IsNullOrWhiteSpace(draft.Url) || string.IsNullOrWhiteSpace(item.Link)
            ? report.OutletId == item.OutletId && report.Outlet is not { Id: 0 }
            : Domain.Intake.StoryLinks.Key(draft.Url) is { } key && key == Domain.Intake.StoryLinks.Key(item.Link);
        if (!sameStory)
        {
            return EditResult.Invalid(nameof(ReportDraft.InboxItemId), string.IsNullOrWhiteSpace(draft.Url)
                ? "This inbox item is another outlet's story: give the report the item's link, or make it from its own item."
                : "This inbox item is another story: its link is not this report's. Make the report from that item's own draft.");
        }

        item.Status = Domain.Intake.InboxStatus.Done;
        item.Report = report;
        item.DismissReason = null;
        item.DecidedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }

    // A relies-on row on a new outlet: the outlet that name stands for if there is one, else one created with the report.
    // No row may rely on the report's own outlet (its id, or the outlet named for it, or a name of that outlet): a report citing
    // its own outlet is that outlet's own reporting, and would count it as relying on itself.
    private static async Task<Dictionary<string, string>> SyncReliancesAsync(
        DealTrackerDbContext db, Report report, ReportDraft draft, Outlet? ownOutlet, NewOutlets newOutlets, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var reliances = new List<RelianceDraft>();
        var onNewOutlets = new List<(RelianceDraft Draft, Outlet Outlet)>();
        bool IsOwn(Outlet? outlet, int? outletId) => ownOutlet is not null
            ? ReferenceEquals(outlet, ownOutlet) || (ownOutlet.Id != 0 && outletId == ownOutlet.Id)
            : outletId is not null && outletId == draft.OutletId;

        for (var i = 0; i < draft.Reliances.Count; i++)
        {
            var reliance = draft.Reliances[i];
            if (string.IsNullOrWhiteSpace(reliance.NewOutletName))
            {
                if (IsOwn(null, reliance.TargetOutletId))
                {
                    errors[$"Reliances[{i}]"] = await OwnOutletErrorAsync(db, ownOutlet, reliance.TargetOutletId, cancellationToken);
                }

                reliances.Add(reliance);
                continue;
            }

            var outlet = await FindOrAddOutletAsync(db, VisibleText.Trim(reliance.NewOutletName), OutletKind.Online, newOutlets, cancellationToken);
            if (IsOwn(outlet, outlet.Id == 0 ? null : outlet.Id))
            {
                errors[$"Reliances[{i}]"] = await OwnOutletErrorAsync(db, ownOutlet, outlet.Id == 0 ? null : outlet.Id, cancellationToken);
            }
            else if (outlet.Id != 0)
            {
                reliances.Add(new RelianceDraft { TargetOutletId = outlet.Id, Kind = reliance.Kind, Note = reliance.Note });
            }
            else
            {
                onNewOutlets.Add((reliance, outlet));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        SyncReliances(db, report, reliances);
        foreach (var (reliance, outlet) in onNewOutlets.DistinctBy(r => r.Outlet))
        {
            report.Reliances.Add(new Reliance { TargetOutlet = outlet, Kind = reliance.Kind, Note = ReportDraft.Clean(reliance.Note) });
        }

        return errors;
    }

    private static async Task<string> OwnOutletErrorAsync(DealTrackerDbContext db, Outlet? ownOutlet, int? outletId, CancellationToken cancellationToken)
    {
        var name = ownOutlet?.Name
            ?? (outletId is { } id ? await db.Outlets.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null);
        return OwnOutletError(name);
    }

    /// <summary>Why a report may not rely on its own outlet (the editor, the API and the import say it alike).</summary>
    public static string OwnOutletError(string? outlet) =>
        $"A report cannot rely on its own outlet{(outlet is null ? "" : $" ({outlet})")}: citing it is the outlet's own reporting. Remove this row.";

    /// <summary>Saves an edit of one claim (not its status: see <see cref="RetractClaimAsync"/>).</summary>
    public async Task<EditResult> SaveClaimAsync(int claimId, ClaimDraft draft, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Editor = editor;
        var claim = await db.Claims.AsTracking().SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return EditResult.NotFound("claim");
        }

        if (claim.Status == ClaimStatus.Retracted)
        {
            return EditResult.Retracted(claim.Id);
        }

        var report = new ReportDraft { Claims = [draft] };
        var lookupErrors = await CheckReferencesAsync(db, report, cancellationToken);
        if (lookupErrors.Count > 0)
        {
            return EditResult.Invalid(lookupErrors.ToDictionary(e => e.Key.Replace("Claims[0].", "", StringComparison.Ordinal), e => e.Value));
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = draft.Version;
        Apply(claim, draft, await PartyNameAsync(db, draft.PartyId, cancellationToken));
        return await SaveAsync(db, claim, "claim", cancellationToken);
    }

    /// <summary>Retracts a claim with a reason. It stays on every page, marked, and stops counting in headline figures.</summary>
    public async Task<EditResult> RetractClaimAsync(int claimId, int version, string? reason, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        if (ReasonError(reason, "claim") is { } reasonError)
        {
            return EditResult.Invalid("Reason", reasonError);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Editor = editor;
        var claim = await db.Claims.AsTracking().SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return EditResult.NotFound("claim");
        }

        if (claim.Status == ClaimStatus.Retracted)
        {
            return EditResult.Invalid("Reason", "This claim is already retracted.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        claim.Status = ClaimStatus.Retracted;
        claim.RetractionReason = VisibleText.Trim(reason!);
        return await SaveAsync(db, claim, "claim", cancellationToken);
    }

    /// <summary>Retracts a report with a reason; its standing claims are retracted with it.</summary>
    public async Task<EditResult> RetractReportAsync(int reportId, int version, string? reason, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        if (ReasonError(reason, "report") is { } reasonError)
        {
            return EditResult.Invalid("Reason", reasonError);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Editor = editor;
        var report = await db.Reports.AsTracking().Include(r => r.Claims).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return EditResult.NotFound("report");
        }

        if (report.Status == ReportStatus.Retracted)
        {
            return EditResult.Invalid("Reason", "This report is already retracted.");
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = version;
        Retract(report, reason!);
        return await SaveAsync(db, report, "report", cancellationToken);
    }

    /// <summary>Null when <paramref name="reason"/> can be a retraction reason; otherwise why not.</summary>
    /// <remarks>The same text check as every other free text (<see cref="ReportDraft.CheckText"/>): no NUL, no control character, not only invisible ones.</remarks>
    internal static string? ReasonError(string? reason, string what) =>
        VisibleText.IsBlank(reason) ? $"Say why the {what} is retracted: readers see the reason."
        : ReportDraft.CheckText(reason, Limits.Reason, "A reason");

    /// <summary>Retracts the report and, with it, each of its standing claims (the rule for editors and imports alike).</summary>
    internal static List<Claim> Retract(Report report, string reason)
    {
        report.Status = ReportStatus.Retracted;
        report.RetractionReason = VisibleText.Trim(reason);
        var retracted = report.Claims.Where(c => c.Status == ClaimStatus.Standing).ToList();
        foreach (var claim in retracted)
        {
            claim.Status = ClaimStatus.Retracted;
            claim.RetractionReason = WithReport(reason);
        }

        return retracted;
    }

    /// <summary>The reason a claim carries when its report is retracted, kept within <see cref="Limits.Reason"/>.</summary>
    internal static string WithReport(string reason) => Limits.Clip($"Retracted with its report: {VisibleText.Trim(reason)}", Limits.Reason);

    private static async Task<EditResult> SaveAsync(DealTrackerDbContext db, Domain.History.IVersioned item, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved(item.Id, item.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Conflict(what);
        }
        catch (Exception exception) when (StoreBusy.Is(exception))
        {
            return EditResult.Busy();
        }
        catch (DbUpdateException exception) when (StoreErrors.IsUniqueViolation(exception, "Reports", "Url"))
        {
            return EditResult.Invalid(nameof(ReportDraft.Url), "This link has just been recorded for another report.");
        }
    }

    /// <summary>
    /// The outlet that name stands for (<see cref="OutletNames"/>: "Wall Street Journal" and "WSJ" are a known "The Wall Street
    /// Journal", "Bloomberg News" a known "Bloomberg"), or a new one added to the context; one per outlet per save.
    /// </summary>
    private static async Task<Outlet> FindOrAddOutletAsync(DealTrackerDbContext db, string name, OutletKind kind, NewOutlets added, CancellationToken cancellationToken)
    {
        if (added.Outlets.FirstOrDefault(o => OutletNames.Names(name, KnownName.Of(0, o.Name))) is { } known)
        {
            return known;
        }

        added.Known ??= await EditorLookups.OutletNamesAsync(db, cancellationToken);
        var outlet = OutletNames.All(name, added.Known) is [var match, ..]
            ? await db.Outlets.AsTracking().SingleAsync(o => o.Id == match.Id, cancellationToken)
            : null;
        if (outlet is null)
        {
            var taken = added.Outlets.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
            outlet = new Outlet
            {
                Name = name,
                Kind = kind,
                Slug = await Slugs.UniqueAsync(name, "outlet", async slug => taken.Contains(slug) || await db.Outlets.AnyAsync(o => o.Slug == slug, cancellationToken)),
            };
            db.Outlets.Add(outlet);
        }

        added.Outlets.Add(outlet);
        return outlet;
    }

    /// <summary>The outlets one save names (found or created) and the store's outlets as known names, read once.</summary>
    private sealed class NewOutlets
    {
        public List<Outlet> Outlets { get; } = [];

        public IReadOnlyList<KnownName>? Known { get; set; }
    }

    private static async Task<Dictionary<string, string>> CheckReferencesAsync(DealTrackerDbContext db, ReportDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (draft.OutletId is { } outletId && string.IsNullOrWhiteSpace(draft.NewOutletName)
            && !await db.Outlets.AnyAsync(o => o.Id == outletId, cancellationToken))
        {
            errors[nameof(ReportDraft.OutletId)] = "That outlet does not exist.";
        }

        var dealIds = draft.Claims.Select(c => c.DealId).Distinct().ToList();
        var known = await db.Deals.Where(d => dealIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        var partyIds = draft.Claims.Where(c => c.PartyId is not null).Select(c => c.PartyId!.Value).Distinct().ToList();
        var knownParties = await db.Parties.Where(p => partyIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < draft.Claims.Count; i++)
        {
            if (!known.Contains(draft.Claims[i].DealId))
            {
                errors[$"Claims[{i}].DealId"] = "That deal does not exist.";
            }

            if (draft.Claims[i].PartyId is { } partyId && !knownParties.Contains(partyId))
            {
                errors[$"Claims[{i}].PartyId"] = "That party does not exist.";
            }
        }

        var reportIds = draft.Reliances.Where(r => r.TargetReportId is not null).Select(r => r.TargetReportId!.Value).ToList();
        var knownReports = await db.Reports.Where(r => reportIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var outletIds = draft.Reliances.Where(r => r.TargetOutletId is not null).Select(r => r.TargetOutletId!.Value).ToList();
        var knownOutlets = await db.Outlets.Where(o => outletIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < draft.Reliances.Count; i++)
        {
            var reliance = draft.Reliances[i];
            if ((reliance.TargetReportId is { } r && !knownReports.Contains(r)) || (reliance.TargetOutletId is { } o && !knownOutlets.Contains(o)))
            {
                errors[$"Reliances[{i}]"] = "What it relies on does not exist.";
            }
        }

        return errors;
    }

    private static void SyncReliances(DealTrackerDbContext db, Report report, List<RelianceDraft> drafts)
    {
        var wanted = drafts.Select(d => (d.TargetReportId, d.TargetOutletId, d.Kind, Note: ReportDraft.Clean(d.Note))).Distinct().ToList();
        foreach (var existing in report.Reliances.ToList())
        {
            var match = wanted.FindIndex(w => w.TargetReportId == existing.TargetReportId && w.TargetOutletId == existing.TargetOutletId);
            if (match < 0)
            {
                report.Reliances.Remove(existing);
                db.Reliances.Remove(existing);
                continue;
            }

            existing.Kind = wanted[match].Kind;
            existing.Note = wanted[match].Note;
            wanted.RemoveAt(match);
        }

        foreach (var (targetReportId, targetOutletId, kind, note) in wanted)
        {
            report.Reliances.Add(new Reliance { TargetReportId = targetReportId, TargetOutletId = targetOutletId, Kind = kind, Note = note });
        }
    }

    private static async Task<Dictionary<string, string>> SyncClaimsAsync(DealTrackerDbContext db, Report report, List<ClaimDraft> drafts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var partyIds = drafts.Where(d => d.PartyId is not null).Select(d => d.PartyId!.Value).Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var partyName = draft.PartyId is { } partyId ? parties.GetValueOrDefault(partyId) : null;
            if (draft.Id is { } claimId)
            {
                var claim = report.Claims.SingleOrDefault(c => c.Id == claimId);
                if (claim is null)
                {
                    errors[$"Claims[{i}]"] = "This claim belongs to another report.";
                    continue;
                }

                db.Entry(claim).Property(c => c.Version).OriginalValue = draft.Version;
                var before = Snapshot(claim);
                Apply(claim, draft, partyName);
                if (claim.Status == ClaimStatus.Retracted && Snapshot(claim) != before)
                {
                    // The form sends a report's retracted claims back as they are (kept); an edit of one is refused, never applied.
                    errors.Clear();
                    errors[RetractedKey] = claimId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return errors;
                }
            }
            else
            {
                var claim = new Claim { Statement = "" };
                Apply(claim, draft, partyName);
                report.Claims.Add(claim);
            }
        }

        // Claims left out of the draft are kept as they are: a claim leaves the record only by retraction.
        // So an edit that adds claims counts the ones kept with the ones sent.
        if (errors.Count == 0 && report.Claims.Count > Limits.ClaimsPerReport)
        {
            errors[nameof(ReportDraft.Claims)] = ReportDraft.TooManyClaims(report.Claims.Count);
        }

        return errors;
    }

    // The key SyncClaimsAsync answers with when an edit would change a retracted claim (its id the value): a 409, not a field error.
    private const string RetractedKey = "\0retracted";

    private static (int, Metric, int?, string?, Domain.Money.HedgedAmount?, TalksStage?, string?, string) Snapshot(Claim claim) =>
        (claim.DealId, claim.Metric, claim.PartyId, claim.Quote, claim.Money, claim.TalksStage, claim.Note, claim.Statement);

    internal static void Apply(Claim claim, ClaimDraft draft, string? partyName)
    {
        var money = draft.ToMoney();
        claim.DealId = draft.DealId;
        claim.Metric = draft.Metric;
        claim.PartyId = draft.PartyId;
        claim.Quote = ReportDraft.Clean(draft.Quote);
        claim.Money = money;
        claim.TalksStage = draft.Metric == Metric.StageOfTalks ? draft.TalksStage : null;
        claim.Note = ReportDraft.Clean(draft.Note);
        claim.Statement = ReportDraft.Clean(draft.Statement)
            ?? $"{DisplayNames.FigureTitle(draft.Metric, partyName)}: {money?.ToHedgeWords()}";
    }

    private static async Task<string?> PartyNameAsync(DealTrackerDbContext db, int? partyId, CancellationToken cancellationToken) =>
        partyId is { } id ? await db.Parties.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;

    private static ClaimDraft ToDraft(Claim claim) => new()
    {
        Id = claim.Id,
        ReportId = claim.ReportId,
        Version = claim.Version,
        DealId = claim.DealId,
        Metric = claim.Metric,
        PartyId = claim.PartyId,
        Statement = claim.Statement,
        Quote = claim.Quote,
        Currency = claim.Currency ?? "USD",
        Hedge = claim.Hedge ?? Domain.Money.Hedge.Exact,
        Amount = claim.Amount,
        Low = claim.AmountLow,
        High = claim.AmountHigh,
        TalksStage = claim.TalksStage,
        Note = claim.Note,
        Status = claim.Status,
        RetractionReason = claim.RetractionReason,
    };
}
