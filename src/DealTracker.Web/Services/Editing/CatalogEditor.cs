using System.Linq.Expressions;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Text;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>The write path for outlets, parties, deals and events: validated, stale edits refused, history kept.</summary>
public sealed class CatalogEditor(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    // Outlets, parties and deals have an address slug, made once from the first name and kept.
    private const string SlugProperty = nameof(Outlet.Slug);

    public async Task<OutletDraft?> LoadOutletAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Outlets.Where(o => o.Id == id)
            .Select(o => new OutletDraft { Id = o.Id, Version = o.Version, Name = o.Name, Kind = o.Kind, Homepage = o.Homepage })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<EditResult> SaveOutletAsync(OutletDraft draft, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        var name = VisibleText.Trim(draft.Name ?? "");
        return SaveAsync(
            new Edit<Outlet>(draft, draft.Validate(), "outlet", db => db.Outlets, () => new Outlet { Name = name, Slug = "" }) { SlugFrom = name },
            editor,
            (db, token) => SameOutletAsync(db, draft.Id, name, token),
            (_, outlet) =>
            {
                outlet.Name = name;
                outlet.Kind = draft.Kind;
                outlet.Homepage = ReportDraft.Clean(draft.Homepage);
            },
            cancellationToken);
    }

    /// <summary>
    /// Refuses a name that is another outlet's, as the paste panel matches outlets (<see cref="OutletNames"/>: "Wall Street Journal"
    /// and "WSJ" are "The Wall Street Journal", "Bloomberg News" is "Bloomberg"), naming that outlet. An edit that keeps the
    /// outlet's name is not refused for outlets stored before names were compared this way.
    /// </summary>
    private static async Task<EditResult?> SameOutletAsync(DealTrackerDbContext db, int? id, string name, CancellationToken cancellationToken)
    {
        var stored = id is { } existing ? await db.Outlets.Where(o => o.Id == existing).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var others = (await EditorLookups.OutletNamesAsync(db, cancellationToken)).Where(o => o.Id != (id ?? 0)).ToList();
        return OutletNameError(name, stored, others) is { } error ? EditResult.Invalid(nameof(OutletDraft.Name), error) : null;
    }

    /// <summary>
    /// Why an outlet may not be called <paramref name="name"/> beside <paramref name="others"/> (the other outlets), or null: the
    /// name is another's, in any case, or stands for another by <see cref="OutletNames"/>. <paramref name="storedName"/> is the
    /// outlet's own name when it is stored already: keeping it is never refused. The editor and the import share this rule.
    /// </summary>
    public static string? OutletNameError(string name, string? storedName, IReadOnlyList<KnownName> others)
    {
        // The same name (SameName) is always one outlet by OutletNames too: only its matches need the closer look.
        var matches = OutletNames.All(name, others);
        if (matches.FirstOrDefault(o => SameName.Same(o.Name, name)) is { } same)
        {
            return $"There is already an outlet called {same.Name}.";
        }

        if (storedName is not null && OutletNames.Key(storedName) == OutletNames.Key(name))
        {
            return null;
        }

        return matches is [var other, ..]
            ? $"“{name}” is the outlet already called {other.Name}: edit {other.Name} rather than adding it again."
            : null;
    }

    /// <summary>
    /// Why a party may not be called <paramref name="name"/> beside <paramref name="others"/> (the other parties), or null: another party
    /// has the same name (<see cref="SameName"/>), or one that stands for the same party as the paste panel matches parties
    /// (<see cref="NameMatching"/>: "Amazon.com Inc." is Amazon; "AWS" and "Amazon Web Services" are "Amazon Web Services (AWS)").
    /// <paramref name="storedName"/> is the party's own name when it is stored already: keeping it is never refused. The editor and
    /// the import share this rule.
    /// </summary>
    public static string? PartyNameError(string name, string? storedName, IReadOnlyList<KnownName> others)
    {
        // The name and each way it is written ("Amazon Web Services (AWS)": also "Amazon Web Services" and "AWS"), against the ways each
        // other party is known (its name's forms and initials); the same name (SameName) is always among these matches.
        var forms = PartyNameForms(name);
        var matches = others.Where(p => p.Variants.Overlaps(forms)).ToList();
        if (matches.FirstOrDefault(p => SameName.Same(p.Name, name)) is { } same)
        {
            return $"There is already a party called {same.Name}.";
        }

        if (storedName is not null && NameMatching.Normalise(storedName) == NameMatching.Normalise(name))
        {
            return null;
        }

        return matches is [var party, ..]
            ? $"“{name}” is the party already called {party.Name}: edit {party.Name} rather than adding it again."
            : null;
    }

    /// <summary>The keys a party name is matched by against other parties' <see cref="KnownName.Variants"/> (PartyNameError).</summary>
    public static IReadOnlySet<string> PartyNameForms(string name) =>
        KnownName.WrittenForms(name).Append(name).Select(NameMatching.Normalise).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Why a deal may not be titled <paramref name="title"/> beside <paramref name="others"/> (the other deals' titles), or null:
    /// another deal has the same title (<see cref="SameName"/>), so pickers and filters would show two entries alike.
    /// <paramref name="storedTitle"/> is the deal's own title when it is stored already: keeping it is never refused. The editor and
    /// the import share this rule.
    /// </summary>
    public static string? DealTitleError(string title, string? storedTitle, IEnumerable<string> others) =>
        storedTitle is not null && SameName.Same(storedTitle, title) ? null
        : others.FirstOrDefault(o => SameName.Same(o, title)) is { } same
            ? $"There is already a deal called {same}: give this one a title that tells them apart."
            : null;

    // Refuses a party name another party has (PartyNameError), naming that party.
    private static async Task<EditResult?> SamePartyAsync(DealTrackerDbContext db, int? id, string name, CancellationToken cancellationToken)
    {
        var stored = id is { } existing ? await db.Parties.Where(p => p.Id == existing).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var others = (await EditorLookups.PartyNamesAsync(db, cancellationToken)).Where(p => p.Id != (id ?? 0)).ToList();
        return PartyNameError(name, stored, others) is { } error ? EditResult.Invalid(nameof(PartyDraft.Name), error) : null;
    }

    // Refuses a deal title another deal has (DealTitleError), naming that deal.
    private static async Task<EditResult?> SameDealAsync(DealTrackerDbContext db, int? id, string title, CancellationToken cancellationToken)
    {
        var titles = await db.Deals.Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken);
        var stored = titles.FirstOrDefault(d => d.Id == id)?.Title;
        return DealTitleError(title, stored, titles.Where(d => d.Id != (id ?? 0)).Select(d => d.Title)) is { } error
            ? EditResult.Invalid(nameof(DealDraft.Title), error)
            : null;
    }

    public async Task<PartyDraft?> LoadPartyAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Parties.Where(p => p.Id == id)
            .Select(p => new PartyDraft { Id = p.Id, Version = p.Version, Name = p.Name, Kind = p.Kind, Description = p.Description, AffiliationId = p.AffiliationId })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<EditResult> SavePartyAsync(PartyDraft draft, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        var name = VisibleText.Trim(draft.Name ?? "");
        return SaveAsync(
            new Edit<Party>(draft, draft.Validate(), "party", db => db.Parties, () => new Party { Name = name, Slug = "" }) { SlugFrom = name },
            editor,
            async (db, token) =>
            {
                if (await SamePartyAsync(db, draft.Id, name, token) is { } taken)
                {
                    return taken;
                }

                if (draft.AffiliationId is not { } affiliation)
                {
                    return null;
                }

                if (!await db.Parties.AnyAsync(p => p.Id == affiliation, token))
                {
                    return EditResult.Invalid(nameof(PartyDraft.AffiliationId), "That party does not exist.");
                }

                return draft.Id is { } id && await AffiliationCycleAsync(db, id, name, affiliation, token) is { } cycle
                    ? EditResult.Invalid(nameof(PartyDraft.AffiliationId), cycle)
                    : null;
            },
            (_, party) =>
            {
                party.Name = name;
                party.Kind = draft.Kind;
                party.Description = ReportDraft.Clean(draft.Description);
                party.AffiliationId = draft.AffiliationId;
            },
            cancellationToken);
    }

    /// <summary>
    /// Why party <paramref name="id"/> may not be affiliated with <paramref name="affiliationId"/>, or null: that party is, directly
    /// or through others, affiliated with this one already, so the chain would go round (Amazon → AWS → Amazon).
    /// </summary>
    private static async Task<string?> AffiliationCycleAsync(DealTrackerDbContext db, int id, string name, int affiliationId, CancellationToken cancellationToken)
    {
        var parties = await db.Parties.AsNoTracking().Where(p => p.AffiliationId != null || p.Id == affiliationId)
            .Select(p => new { p.Id, p.Name, p.AffiliationId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var chain = new List<string> { name };
        for (int? at = affiliationId; at is { } current && parties.TryGetValue(current, out var party) && chain.Count <= parties.Count + 1; at = party.AffiliationId)
        {
            chain.Add(party.Name);
            if (party.AffiliationId == id)
            {
                chain.Add(name);
                return AffiliationCycle(name, parties[affiliationId].Name, chain);
            }
        }

        return null;
    }

    /// <summary>The message for an affiliation that would go round (the editor and the import say it alike).</summary>
    public static string AffiliationCycle(string name, string affiliation, IEnumerable<string> chain) =>
        $"{name} cannot be affiliated with {affiliation}: {affiliation} is affiliated with {name} already, so the affiliations would go round ({string.Join(" → ", chain)}).";

    public async Task<DealDraft?> LoadDealAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Include(d => d.Parties.OrderBy(p => p.Id)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return deal is null ? null : new DealDraft
        {
            Id = deal.Id,
            Version = deal.Version,
            Title = deal.Title,
            Summary = deal.Summary,
            Stage = deal.Stage,
            StageNote = deal.StageNote,
            Parties = [.. deal.Parties.Select(p => new DealPartyDraft { Id = p.Id, PartyId = p.PartyId, Role = p.Role, Note = p.Note })],
        };
    }

    public Task<EditResult> SaveDealAsync(DealDraft draft, EditorStamp editor, CancellationToken cancellationToken = default)
    {
        var title = VisibleText.Trim(draft.Title ?? "");
        var partyIds = draft.Parties.Select(p => p.PartyId).Distinct().ToList();
        return SaveAsync(
            new Edit<Deal>(draft, draft.Validate(), "deal", db => db.Deals, () => new Deal { Title = title, Summary = "", Slug = "" }, d => d.Parties) { SlugFrom = title },
            editor,
            async (db, token) => await SameDealAsync(db, draft.Id, title, token) ?? (await db.Parties.CountAsync(p => partyIds.Contains(p.Id), token) != partyIds.Count
                ? EditResult.Invalid(nameof(DealDraft.Parties), "One of the parties does not exist.")
                : null),
            (db, deal) =>
            {
                deal.Title = title;
                deal.Summary = VisibleText.Trim(draft.Summary!);
                deal.Stage = draft.Stage;
                deal.StageNote = ReportDraft.Clean(draft.StageNote);
                SyncParties(db, deal, draft.Parties);
            },
            cancellationToken);
    }

    public async Task<EventDraft?> LoadEventAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.Where(e => e.Id == id)
            .Select(e => new EventDraft
            {
                Id = e.Id, Version = e.Version, DealId = e.DealId, Title = e.Title, Description = e.Description,
                OccurredOn = e.OccurredOn, OccurredPrecision = e.OccurredPrecision ?? DatePrecision.Day,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<EditResult> SaveEventAsync(EventDraft draft, EditorStamp editor, CancellationToken cancellationToken = default) => SaveAsync(
        new Edit<DealEvent>(draft, draft.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), "event", db => db.Events, () => new DealEvent { Title = "" }),
        editor,
        async (db, token) => await db.Deals.AnyAsync(d => d.Id == draft.DealId, token)
            ? null
            : EditResult.Invalid(nameof(EventDraft.DealId), "That deal does not exist."),
        (_, dealEvent) =>
        {
            dealEvent.DealId = draft.DealId;
            dealEvent.Title = VisibleText.Trim(draft.Title!);
            dealEvent.Description = ReportDraft.Clean(draft.Description);
            dealEvent.Occurred = draft.OccurredOn is { } on ? PartialDate.From(on, draft.OccurredPrecision) : null;
        },
        cancellationToken);

    /// <summary>
    /// The deal's parties become the draft's (each party and role once). A row for a party and role the deal has already keeps that
    /// row (its note updated); any other row the draft carries from the store (its id) is updated in place, its role and note with it,
    /// so nothing the form shows is dropped and the history shows the change as an edit; rows the draft no longer lists go. Matching
    /// party and role first means a row only ever moves to a party and role no stored row holds, so two roles swapped in one save
    /// never meet on the unique (deal, party, role) index.
    /// </summary>
    private static void SyncParties(DealTrackerDbContext db, Deal deal, IEnumerable<DealPartyDraft> drafts)
    {
        var wanted = drafts.DistinctBy(p => (p.PartyId, p.Role)).ToList();
        var kept = new Dictionary<DealPartyDraft, DealParty>();
        foreach (var row in wanted)
        {
            if (deal.Parties.FirstOrDefault(e => e.PartyId == row.PartyId && e.Role == row.Role) is { } stored)
            {
                kept[row] = stored;
            }
        }

        foreach (var row in wanted.Where(w => w.Id is not null && !kept.ContainsKey(w)))
        {
            if (deal.Parties.FirstOrDefault(e => e.Id == row.Id) is { } stored && !kept.ContainsValue(stored))
            {
                kept[row] = stored;
            }
        }

        foreach (var existing in deal.Parties.Where(e => !kept.ContainsValue(e)).ToList())
        {
            deal.Parties.Remove(existing);
            db.DealParties.Remove(existing);
        }

        foreach (var row in wanted)
        {
            var note = ReportDraft.Clean(row.Note);
            if (kept.TryGetValue(row, out var stored))
            {
                (stored.PartyId, stored.Role, stored.Note) = (row.PartyId, row.Role, note);
            }
            else
            {
                deal.Parties.Add(new DealParty { PartyId = row.PartyId, Role = row.Role, Note = note });
            }
        }
    }

    /// <summary>
    /// The one save of every catalog item: the draft's own rules, then <paramref name="check"/> against the store
    /// (names taken, references gone), then the item (new, or the stored one at the draft's version, or not found),
    /// <paramref name="apply"/>, a new item's unique slug, and the save, a stale version refused as a conflict.
    /// </summary>
    private async Task<EditResult> SaveAsync<T>(
        Edit<T> edit,
        EditorStamp editor,
        Func<DealTrackerDbContext, CancellationToken, Task<EditResult?>> check,
        Action<DealTrackerDbContext, T> apply,
        CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        if (edit.Errors.Count > 0)
        {
            return EditResult.Invalid(edit.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Editor = editor;
        if (await check(db, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var item = await FindOrAddAsync(db, edit, cancellationToken);
        if (item is null)
        {
            return EditResult.NotFound(edit.What);
        }

        apply(db, item);
        if (edit.SlugFrom is { } slugFrom && db.Entry(item).State == EntityState.Added)
        {
            var set = edit.Set(db);
            db.Entry(item).Property<string>(SlugProperty).CurrentValue =
                await Slugs.UniqueAsync(slugFrom, edit.What, slug => set.AnyAsync(i => EF.Property<string>(i, SlugProperty) == slug, cancellationToken));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved(item.Id, item.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Conflict(edit.What);
        }
        catch (Exception exception) when (StoreBusy.Is(exception))
        {
            return EditResult.Busy();
        }
    }

    // The tracked item to edit (its version checked against the one the editor started from), a new one, or null when it is gone.
    private static async Task<T?> FindOrAddAsync<T>(DealTrackerDbContext db, Edit<T> edit, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var set = edit.Set(db);
        if (edit.Draft.Id is not { } id)
        {
            var item = edit.Create();
            set.Add(item);
            return item;
        }

        var query = set.AsTracking();
        if (edit.Include is not null)
        {
            query = query.Include(edit.Include);
        }

        var existing = await query.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (existing is not null)
        {
            db.Entry(existing).Property(i => i.Version).OriginalValue = edit.Draft.Version;
        }

        return existing;
    }

    /// <summary>One catalog edit: the draft, its own errors, the item's name in messages, where such items are stored and how a new one starts.</summary>
    private sealed record Edit<T>(
        ICatalogDraft Draft,
        IReadOnlyDictionary<string, string> Errors,
        string What,
        Func<DealTrackerDbContext, DbSet<T>> Set,
        Func<T> Create,
        Expression<Func<T, object?>>? Include = null)
        where T : class
    {
        /// <summary>The name a new item's unique slug is made from; null for items without one.</summary>
        public string? SlugFrom { get; init; }
    }
}
