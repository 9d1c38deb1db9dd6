using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;
using DealTracker.Domain.Outlets;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Editing;

/// <summary>The write path for outlets, parties, deals and events: validated, stale edits refused, history kept.</summary>
public sealed class CatalogEditor(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider clock)
{
    public async Task<OutletDraft?> LoadOutletAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Outlets.Where(o => o.Id == id)
            .Select(o => new OutletDraft { Id = o.Id, Version = o.Version, Name = o.Name, Kind = o.Kind, Homepage = o.Homepage })
            .SingleOrDefaultAsync();
    }

    public async Task<EditResult> SaveOutletAsync(OutletDraft draft, EditorStamp editor)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Editor = editor;
        var name = draft.Name!.Trim();
        if (await db.Outlets.AnyAsync(o => o.Name.ToLower() == name.ToLower() && o.Id != (draft.Id ?? 0)))
        {
            return EditResult.Invalid(nameof(OutletDraft.Name), $"There is already an outlet called {name}.");
        }

        var outlet = await FindOrAddAsync(db, db.Outlets, draft.Id, draft.Version, () => new Outlet { Name = name, Slug = "" });
        if (outlet is null)
        {
            return EditResult.NotFound("outlet");
        }

        if (outlet.Id == 0)
        {
            outlet.Slug = await Slugs.UniqueAsync(name, slug => db.Outlets.AnyAsync(o => o.Slug == slug));
        }

        outlet.Name = name;
        outlet.Kind = draft.Kind;
        outlet.Homepage = ReportDraft.Clean(draft.Homepage);
        return await SaveAsync(db, outlet, "outlet");
    }

    public async Task<PartyDraft?> LoadPartyAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Parties.Where(p => p.Id == id)
            .Select(p => new PartyDraft { Id = p.Id, Version = p.Version, Name = p.Name, Kind = p.Kind, Description = p.Description, AffiliationId = p.AffiliationId })
            .SingleOrDefaultAsync();
    }

    public async Task<EditResult> SavePartyAsync(PartyDraft draft, EditorStamp editor)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Editor = editor;
        var name = draft.Name!.Trim();
        if (await db.Parties.AnyAsync(p => p.Name.ToLower() == name.ToLower() && p.Id != (draft.Id ?? 0)))
        {
            return EditResult.Invalid(nameof(PartyDraft.Name), $"There is already a party called {name}.");
        }

        if (draft.AffiliationId is { } affiliation && !await db.Parties.AnyAsync(p => p.Id == affiliation))
        {
            return EditResult.Invalid(nameof(PartyDraft.AffiliationId), "That party does not exist.");
        }

        var party = await FindOrAddAsync(db, db.Parties, draft.Id, draft.Version, () => new Party { Name = name, Slug = "" });
        if (party is null)
        {
            return EditResult.NotFound("party");
        }

        if (party.Id == 0)
        {
            party.Slug = await Slugs.UniqueAsync(name, slug => db.Parties.AnyAsync(p => p.Slug == slug));
        }

        party.Name = name;
        party.Kind = draft.Kind;
        party.Description = ReportDraft.Clean(draft.Description);
        party.AffiliationId = draft.AffiliationId;
        return await SaveAsync(db, party, "party");
    }

    public async Task<DealDraft?> LoadDealAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var deal = await db.Deals.Include(d => d.Parties.OrderBy(p => p.Id)).SingleOrDefaultAsync(d => d.Id == id);
        return deal is null ? null : new DealDraft
        {
            Id = deal.Id,
            Version = deal.Version,
            Title = deal.Title,
            Summary = deal.Summary,
            Stage = deal.Stage,
            StageNote = deal.StageNote,
            Parties = [.. deal.Parties.Select(p => new DealPartyDraft { PartyId = p.PartyId, Role = p.Role })],
        };
    }

    public async Task<EditResult> SaveDealAsync(DealDraft draft, EditorStamp editor)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Editor = editor;
        var title = draft.Title!.Trim();
        var partyIds = draft.Parties.Select(p => p.PartyId).Distinct().ToList();
        if (await db.Parties.CountAsync(p => partyIds.Contains(p.Id)) != partyIds.Count)
        {
            return EditResult.Invalid(nameof(DealDraft.Parties), "One of the parties does not exist.");
        }

        var deal = await FindOrAddAsync(db, db.Deals, draft.Id, draft.Version, () => new Deal { Title = title, Summary = "", Slug = "" }, d => d.Parties);
        if (deal is null)
        {
            return EditResult.NotFound("deal");
        }

        if (deal.Id == 0)
        {
            deal.Slug = await Slugs.UniqueAsync(title, slug => db.Deals.AnyAsync(d => d.Slug == slug));
        }

        deal.Title = title;
        deal.Summary = draft.Summary!.Trim();
        deal.Stage = draft.Stage;
        deal.StageNote = ReportDraft.Clean(draft.StageNote);
        var wanted = draft.Parties.DistinctBy(p => (p.PartyId, p.Role)).ToList();
        foreach (var existing in deal.Parties.Where(e => !wanted.Any(w => w.PartyId == e.PartyId && w.Role == e.Role)).ToList())
        {
            deal.Parties.Remove(existing);
            db.DealParties.Remove(existing);
        }

        foreach (var add in wanted.Where(w => !deal.Parties.Any(e => e.PartyId == w.PartyId && e.Role == w.Role)))
        {
            deal.Parties.Add(new DealParty { PartyId = add.PartyId, Role = add.Role });
        }

        return await SaveAsync(db, deal, "deal");
    }

    public async Task<EventDraft?> LoadEventAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Events.Where(e => e.Id == id)
            .Select(e => new EventDraft
            {
                Id = e.Id, Version = e.Version, DealId = e.DealId, Title = e.Title, Description = e.Description,
                OccurredOn = e.OccurredOn, OccurredPrecision = e.OccurredPrecision ?? Domain.Dates.DatePrecision.Day,
            })
            .SingleOrDefaultAsync();
    }

    public async Task<EditResult> SaveEventAsync(EventDraft draft, EditorStamp editor)
    {
        var errors = draft.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Editor = editor;
        if (!await db.Deals.AnyAsync(d => d.Id == draft.DealId))
        {
            return EditResult.Invalid(nameof(EventDraft.DealId), "That deal does not exist.");
        }

        var dealEvent = await FindOrAddAsync(db, db.Events, draft.Id, draft.Version, () => new DealEvent { Title = "" });
        if (dealEvent is null)
        {
            return EditResult.NotFound("event");
        }

        dealEvent.DealId = draft.DealId;
        dealEvent.Title = draft.Title!.Trim();
        dealEvent.Description = ReportDraft.Clean(draft.Description);
        dealEvent.Occurred = draft.OccurredOn is { } on ? Domain.Dates.PartialDate.From(on, draft.OccurredPrecision) : null;
        return await SaveAsync(db, dealEvent, "event");
    }

    // The tracked item to edit (its version checked against the one the editor started from), a new one, or null when it is gone.
    private static async Task<T?> FindOrAddAsync<T>(
        DealTrackerDbContext db, DbSet<T> set, int? id, int version, Func<T> create,
        System.Linq.Expressions.Expression<Func<T, object?>>? include = null)
        where T : class, IVersioned
    {
        if (id is null)
        {
            var item = create();
            set.Add(item);
            return item;
        }

        var query = set.AsTracking();
        if (include is not null)
        {
            query = query.Include(include);
        }

        var existing = await query.SingleOrDefaultAsync(i => i.Id == id);
        if (existing is not null)
        {
            db.Entry(existing).Property(i => i.Version).OriginalValue = version;
        }

        return existing;
    }

    private static async Task<EditResult> SaveAsync(DealTrackerDbContext db, IVersioned item, string what)
    {
        try
        {
            await db.SaveChangesAsync();
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
    }
}
