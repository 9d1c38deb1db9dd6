using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.History;
using DealTracker.Domain.Outlets;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// The catalog's write path against a real store: each kind (outlet, party, deal, event) is created, edited,
/// refused when the edit started from an older version, refused on bad input and refused for an item that
/// does not exist; a refusal changes nothing.
/// </summary>
public sealed class CatalogEditorTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private static readonly EditorStamp _stamp = new("catalog-editor-test", DealTrackerAppFactory.EditorEmail);

    [Fact]
    public async Task SaveOutletAsync_New_StoresItWithSlugAndHistory()
    {
        var name = Unique("Outlet");

        var result = await SaveAsync(e => e.SaveOutletAsync(new OutletDraft { Name = $"  {name} ", Kind = OutletKind.Newspaper, Homepage = "https://example.com/" }, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var outlet = await db.Outlets.SingleAsync(o => o.Id == result.Id);
        Assert.Equal((name, OutletKind.Newspaper, "https://example.com/", Slugs.From(name)), (outlet.Name, outlet.Kind, outlet.Homepage, outlet.Slug));
        Assert.True(await HasHistoryAsync(db, "Outlet", result.Id, ChangeAction.Created));
    }

    /// <summary>
    /// An outlet the store already has under another name, as the paste panel matches outlets (the seed's "The Wall Street Journal",
    /// slug wsj), is refused naming it, not added twice.
    /// </summary>
    [Theory]
    [InlineData("Wall Street Journal")]
    [InlineData("the wall street journal")]
    [InlineData("WSJ")]
    [InlineData("Wall Street Journal News")]
    [InlineData("Reuters News")]
    public async Task SaveOutletAsync_OtherNameOfAStoredOutlet_ReturnsInvalidNamingItAndStoresNothing(string name)
    {
        await using var before = app.CreateDbContext();
        var count = await before.Outlets.CountAsync();

        var result = await SaveAsync(e => e.SaveOutletAsync(new OutletDraft { Name = name }, _stamp));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Matches("(?i)the wall street journal|reuters", result.Errors[nameof(OutletDraft.Name)]);
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Outlets.CountAsync());
    }

    [Fact]
    public async Task SaveOutletAsync_RenameToAnotherOutletsName_ReturnsInvalid()
    {
        var created = await CreateOutletAsync();
        var draft = await UseAsync(e => e.LoadOutletAsync(created.Id));
        draft!.Name = "Wall Street Journal";

        var result = await SaveAsync(e => e.SaveOutletAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("The Wall Street Journal", result.Errors[nameof(OutletDraft.Name)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveOutletAsync_EditAtCurrentVersion_StoresTheChangeAndANewVersion()
    {
        var created = await CreateOutletAsync();
        var draft = await UseAsync(e => e.LoadOutletAsync(created.Id));
        draft!.Kind = OutletKind.Aggregator;

        var result = await SaveAsync(e => e.SaveOutletAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        Assert.NotEqual(created.Version, result.Version);
        await using var db = app.CreateDbContext();
        Assert.Equal(OutletKind.Aggregator, (await db.Outlets.SingleAsync(o => o.Id == created.Id)).Kind);
    }

    [Fact]
    public async Task SaveOutletAsync_StaleVersion_ReturnsConflictAndKeepsTheStoredOutlet()
    {
        var created = await CreateOutletAsync();
        var mine = await UseAsync(e => e.LoadOutletAsync(created.Id));
        var theirs = await UseAsync(e => e.LoadOutletAsync(created.Id));
        theirs!.Name = Unique("Theirs");
        Assert.True((await SaveAsync(e => e.SaveOutletAsync(theirs, _stamp))).Succeeded);
        mine!.Name = Unique("Mine");

        var result = await SaveAsync(e => e.SaveOutletAsync(mine, _stamp));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Equal("Someone else saved this outlet after you opened it. Nothing was saved: reload to see their changes, then make yours again.", result.Message);
        await using var db = app.CreateDbContext();
        Assert.Equal(theirs.Name, (await db.Outlets.SingleAsync(o => o.Id == created.Id)).Name);
    }

    [Fact]
    public async Task SaveOutletAsync_BlankOrTakenName_ReturnsInvalidByFieldAndStoresNothing()
    {
        var taken = await CreateOutletAsync();
        await using var before = app.CreateDbContext();
        var count = await before.Outlets.CountAsync();
        var takenName = (await before.Outlets.SingleAsync(o => o.Id == taken.Id)).Name;

        var blank = await SaveAsync(e => e.SaveOutletAsync(new OutletDraft { Name = "  " }, _stamp));
        var twice = await SaveAsync(e => e.SaveOutletAsync(new OutletDraft { Name = takenName.ToUpperInvariant() }, _stamp));

        Assert.Equal((EditOutcome.Invalid, "Give the outlet's name."), (blank.Outcome, blank.Errors[nameof(OutletDraft.Name)]));
        Assert.Equal((EditOutcome.Invalid, $"There is already an outlet called {takenName}."), (twice.Outcome, twice.Errors[nameof(OutletDraft.Name)]));
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Outlets.CountAsync());
    }

    [Fact]
    public async Task SaveOutletAsync_UnknownId_ReturnsNotFoundAndStoresNothing()
    {
        var name = Unique("Gone outlet");

        var result = await SaveAsync(e => e.SaveOutletAsync(new OutletDraft { Id = int.MaxValue, Version = 1, Name = name }, _stamp));

        Assert.Equal((EditOutcome.NotFound, "That outlet does not exist."), (result.Outcome, result.Message));
        Assert.Null(await UseAsync(e => e.LoadOutletAsync(int.MaxValue)));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Outlets.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task SavePartyAsync_New_StoresItWithItsAffiliationAndHistory()
    {
        var parent = await CreatePartyAsync();
        var name = Unique("Party");

        var result = await SaveAsync(e => e.SavePartyAsync(new PartyDraft { Name = name, Kind = PartyKind.Person, Description = " CEO ", AffiliationId = parent.Id }, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var party = await db.Parties.SingleAsync(p => p.Id == result.Id);
        Assert.Equal((name, PartyKind.Person, "CEO", parent.Id, Slugs.From(name)), (party.Name, party.Kind, party.Description, party.AffiliationId, party.Slug));
        Assert.True(await HasHistoryAsync(db, "Party", result.Id, ChangeAction.Created));
    }

    [Fact]
    public async Task SavePartyAsync_EditAtCurrentVersion_StoresTheChange()
    {
        var created = await CreatePartyAsync();
        var draft = await UseAsync(e => e.LoadPartyAsync(created.Id));
        draft!.Description = "Cloud computing arm";

        var result = await SaveAsync(e => e.SavePartyAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal("Cloud computing arm", (await db.Parties.SingleAsync(p => p.Id == created.Id)).Description);
    }

    [Fact]
    public async Task SavePartyAsync_StaleVersion_ReturnsConflictAndKeepsTheStoredParty()
    {
        var created = await CreatePartyAsync();
        var stale = await UseAsync(e => e.LoadPartyAsync(created.Id));
        var current = await UseAsync(e => e.LoadPartyAsync(created.Id));
        current!.Description = "Theirs";
        Assert.True((await SaveAsync(e => e.SavePartyAsync(current, _stamp))).Succeeded);
        stale!.Description = "Mine";

        var result = await SaveAsync(e => e.SavePartyAsync(stale, _stamp));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal("Theirs", (await db.Parties.SingleAsync(p => p.Id == created.Id)).Description);
    }

    [Fact]
    public async Task SavePartyAsync_UnknownAffiliation_ReturnsInvalidOnThatFieldAndStoresNothing()
    {
        var name = Unique("Orphan party");

        var result = await SaveAsync(e => e.SavePartyAsync(new PartyDraft { Name = name, AffiliationId = int.MaxValue }, _stamp));

        Assert.Equal((EditOutcome.Invalid, "That party does not exist."), (result.Outcome, result.Errors[nameof(PartyDraft.AffiliationId)]));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Parties.AnyAsync(p => p.Name == name));
    }

    [Fact]
    public async Task SavePartyAsync_UnknownId_ReturnsNotFound()
    {
        var result = await SaveAsync(e => e.SavePartyAsync(new PartyDraft { Id = int.MaxValue, Version = 1, Name = Unique("Gone party") }, _stamp));

        Assert.Equal((EditOutcome.NotFound, "That party does not exist."), (result.Outcome, result.Message));
        Assert.Null(await UseAsync(e => e.LoadPartyAsync(int.MaxValue)));
    }

    [Fact]
    public async Task SaveDealAsync_New_StoresItWithItsPartiesOnceEachAndHistory()
    {
        var (raising, investor) = (await CreatePartyAsync(), await CreatePartyAsync());
        var title = Unique("Deal");

        var result = await SaveAsync(e => e.SaveDealAsync(NewDeal(title, raising.Id, investor.Id, investor.Id), _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Parties).SingleAsync(d => d.Id == result.Id);
        Assert.Equal((title, Slugs.From(title)), (deal.Title, deal.Slug));
        Assert.Equal(
            [(raising.Id, PartyRole.Raising), (investor.Id, PartyRole.ProspectiveInvestor)],
            deal.Parties.Select(p => (p.PartyId, p.Role)).OrderBy(p => p.Role == PartyRole.Raising ? 0 : 1));
        Assert.True(await HasHistoryAsync(db, "Deal", result.Id, ChangeAction.Created));
    }

    [Fact]
    public async Task SaveDealAsync_EditRemovingAndAddingParties_StoresExactlyTheDraftsParties()
    {
        var (a, b, c) = (await CreatePartyAsync(), await CreatePartyAsync(), await CreatePartyAsync());
        var created = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), a.Id, b.Id), _stamp));
        var draft = await UseAsync(e => e.LoadDealAsync(created.Id));
        draft!.Parties.RemoveAll(p => p.PartyId == b.Id);
        draft.Parties.Add(new DealPartyDraft { PartyId = c.Id, Role = PartyRole.ProspectiveInvestor });
        draft.Stage = DealStage.Announced;

        var result = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Parties).SingleAsync(d => d.Id == created.Id);
        Assert.Equal(DealStage.Announced, deal.Stage);
        Assert.Equal([a.Id, c.Id], deal.Parties.Select(p => p.PartyId).Order());
    }

    [Fact]
    public async Task SaveDealAsync_StaleVersion_ReturnsConflictAndKeepsTheStoredDeal()
    {
        var party = await CreatePartyAsync();
        var created = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), party.Id), _stamp));
        var stale = await UseAsync(e => e.LoadDealAsync(created.Id));
        var current = await UseAsync(e => e.LoadDealAsync(created.Id));
        current!.Summary = "Their summary.";
        Assert.True((await SaveAsync(e => e.SaveDealAsync(current, _stamp))).Succeeded);
        stale!.Summary = "My summary.";

        var result = await SaveAsync(e => e.SaveDealAsync(stale, _stamp));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal("Their summary.", (await db.Deals.SingleAsync(d => d.Id == created.Id)).Summary);
    }

    /// <summary>
    /// One editor adds a party and saves, changing nothing else of the deal; another, who opened the deal before, saves a stage
    /// note: the second save is refused as a conflict (the party rows are the deal's), not saved over the first one's party.
    /// </summary>
    [Fact]
    public async Task SaveDealAsync_StaleAfterAPartiesOnlyEdit_ReturnsConflictAndKeepsTheirParty()
    {
        var (a, b) = (await CreatePartyAsync(), await CreatePartyAsync());
        var created = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), a.Id), _stamp));
        var stale = await UseAsync(e => e.LoadDealAsync(created.Id));
        var current = await UseAsync(e => e.LoadDealAsync(created.Id));
        current!.Parties.Add(new DealPartyDraft { PartyId = b.Id, Role = PartyRole.ProspectiveInvestor });
        var theirs = await SaveAsync(e => e.SaveDealAsync(current, _stamp));
        Assert.True(theirs.Succeeded, theirs.Message);
        stale!.StageNote = "Signed (edited by B).";

        var result = await SaveAsync(e => e.SaveDealAsync(stale, _stamp));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Equal(stale.Version + 1, theirs.Version);
        await using var db = app.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Parties).SingleAsync(d => d.Id == created.Id);
        Assert.Equal([a.Id, b.Id], deal.Parties.Select(p => p.PartyId).Order());
        Assert.Null(deal.StageNote);
    }

    /// <summary>A changed role keeps the row, and its note, which the form carries and may edit; the history shows the role's change.</summary>
    [Fact]
    public async Task SaveDealAsync_RoleChanged_UpdatesTheRowInPlaceKeepingItsNote()
    {
        var (a, b) = (await CreatePartyAsync(), await CreatePartyAsync());
        var draft = NewDeal(Unique("Deal"), a.Id, b.Id);
        draft.Parties[1].Note = "In talks to invest as much as $50 billion (Reuters)";
        var created = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));
        await using var before = app.CreateDbContext();
        var rowId = (await before.DealParties.SingleAsync(p => p.DealId == created.Id && p.PartyId == b.Id)).Id;
        var loaded = await UseAsync(e => e.LoadDealAsync(created.Id));
        Assert.Equal("In talks to invest as much as $50 billion (Reuters)", loaded!.Parties.Single(p => p.PartyId == b.Id).Note);
        loaded.Parties.Single(p => p.PartyId == b.Id).Role = PartyRole.PossibleParticipant;

        var result = await SaveAsync(e => e.SaveDealAsync(loaded, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var row = await db.DealParties.SingleAsync(p => p.DealId == created.Id && p.PartyId == b.Id);
        Assert.Equal((rowId, PartyRole.PossibleParticipant, "In talks to invest as much as $50 billion (Reuters)"), (row.Id, row.Role, row.Note));
        Assert.True(await HasHistoryAsync(db, "DealParty", rowId, ChangeAction.Edited));
    }

    [Fact]
    public async Task SaveDealAsync_TwoRolesOfOnePartySwapped_SavesEachRoleWithItsNote()
    {
        var (a, b) = (await CreatePartyAsync(), await CreatePartyAsync());
        var draft = NewDeal(Unique("Deal"), a.Id, b.Id);
        draft.Parties.Add(new DealPartyDraft { PartyId = b.Id, Role = PartyRole.PossibleParticipant, Note = "Named as a participant (FT)" });
        draft.Parties[1].Note = "Investing up to $5 billion (Reuters)";
        var created = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));
        var loaded = await UseAsync(e => e.LoadDealAsync(created.Id));

        // The editor swaps the two roles of party b, each row keeping its note.
        var rows = loaded!.Parties.Where(p => p.PartyId == b.Id).ToList();
        (rows[0].Role, rows[1].Role) = (rows[1].Role, rows[0].Role);
        var result = await SaveAsync(e => e.SaveDealAsync(loaded, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var stored = await db.DealParties.Where(p => p.DealId == created.Id && p.PartyId == b.Id).ToDictionaryAsync(p => p.Role, p => p.Note);
        Assert.Equal("Named as a participant (FT)", stored[PartyRole.ProspectiveInvestor]);
        Assert.Equal("Investing up to $5 billion (Reuters)", stored[PartyRole.PossibleParticipant]);
    }

    [Fact]
    public async Task SaveDealAsync_NoteEdited_StoresTheNote()
    {
        var party = await CreatePartyAsync();
        var created = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), party.Id), _stamp));
        var draft = await UseAsync(e => e.LoadDealAsync(created.Id));
        draft!.Parties[0].Note = "  Leading the talks  ";

        var result = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal("Leading the talks", (await db.DealParties.SingleAsync(p => p.DealId == created.Id)).Note);
    }

    /// <summary>The same party in the same role twice with different notes would keep only one note: refused on the later row.</summary>
    [Fact]
    public async Task SaveDealAsync_SamePartyAndRoleTwiceWithDifferentNotes_ReturnsInvalidOnTheLaterRowAndStoresNothing()
    {
        var party = await CreatePartyAsync();
        var title = Unique("Deal");
        var draft = NewDeal(title, party.Id);
        draft.Parties[0].Note = "First note";
        draft.Parties.Add(new DealPartyDraft { PartyId = party.Id, Role = PartyRole.Raising, Note = "Second note" });

        var result = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("party 1 again", result.Errors["Parties[1]"], StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Title == title));
    }

    /// <summary>A deal's history (the panel's and the API's) holds the changes of its party rows, a removed row's too.</summary>
    [Fact]
    public async Task HistoryForItemAsync_Deal_IncludesItsPartyRowsAddedEditedAndRemoved()
    {
        var (a, b, c) = (await CreatePartyAsync(), await CreatePartyAsync(), await CreatePartyAsync());
        var created = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), a.Id, b.Id), _stamp));
        var other = await SaveAsync(e => e.SaveDealAsync(NewDeal(Unique("Other deal"), c.Id), _stamp));
        var draft = await UseAsync(e => e.LoadDealAsync(created.Id));
        draft!.Parties[0].Role = PartyRole.Negotiator;
        draft.Parties.RemoveAt(1);
        Assert.True((await SaveAsync(e => e.SaveDealAsync(draft, _stamp))).Succeeded);

        await using var scope = app.Services.CreateAsyncScope();
        var history = (await scope.ServiceProvider.GetRequiredService<HistoryQuery>().ForItemAsync("Deal", created.Id)).Items;

        var rows = history.Where(h => h.ItemType == "DealParty").Select(h => h.Action).ToList();
        Assert.Equal(2, rows.Count(a => a == ChangeAction.Created));
        Assert.Equal(1, rows.Count(a => a == ChangeAction.Edited));
        Assert.Equal(1, rows.Count(a => a == ChangeAction.Removed));
        Assert.Contains(history, h => h is { ItemType: "Deal", Action: ChangeAction.Created });
        Assert.DoesNotContain(history, h => h.ItemType == "Deal" && h.ItemId == other.Id);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task SaveDealAsync_UnknownPartyOrNoTitle_ReturnsInvalidAndStoresNothing()
    {
        var party = await CreatePartyAsync();
        var title = Unique("Deal");

        var unknownParty = await SaveAsync(e => e.SaveDealAsync(NewDeal(title, party.Id, int.MaxValue), _stamp));
        var noTitle = await SaveAsync(e => e.SaveDealAsync(NewDeal(" ", party.Id), _stamp));

        Assert.Equal((EditOutcome.Invalid, "One of the parties does not exist."), (unknownParty.Outcome, unknownParty.Errors[nameof(DealDraft.Parties)]));
        Assert.Equal(EditOutcome.Invalid, noTitle.Outcome);
        Assert.True(noTitle.Errors.ContainsKey(nameof(DealDraft.Title)));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Title == title));
    }

    [Fact]
    public async Task SaveDealAsync_UnknownId_ReturnsNotFound()
    {
        var party = await CreatePartyAsync();
        var draft = NewDeal(Unique("Deal"), party.Id);
        draft.Id = int.MaxValue;
        draft.Version = 1;

        var result = await SaveAsync(e => e.SaveDealAsync(draft, _stamp));

        Assert.Equal((EditOutcome.NotFound, "That deal does not exist."), (result.Outcome, result.Message));
        Assert.Null(await UseAsync(e => e.LoadDealAsync(int.MaxValue)));
    }

    [Fact]
    public async Task SaveEventAsync_New_StoresItAsPreciselyAsKnownWithHistory()
    {
        var deal = await CreateDealAsync();
        var title = Unique("Event");

        var result = await SaveAsync(e => e.SaveEventAsync(
            new EventDraft { DealId = deal.Id, Title = title, OccurredOn = new DateOnly(2025, 11, 17), OccurredPrecision = DatePrecision.Month }, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        var stored = await db.Events.SingleAsync(e => e.Id == result.Id);
        Assert.Equal((deal.Id, title, new DateOnly(2025, 11, 1), (DatePrecision?)DatePrecision.Month), (stored.DealId, stored.Title, stored.OccurredOn!.Value, stored.OccurredPrecision));
        Assert.True(await HasHistoryAsync(db, "DealEvent", result.Id, ChangeAction.Created));
    }

    [Fact]
    public async Task SaveEventAsync_EditAtCurrentVersion_StoresTheChange()
    {
        var deal = await CreateDealAsync();
        var created = await SaveAsync(e => e.SaveEventAsync(new EventDraft { DealId = deal.Id, Title = Unique("Event") }, _stamp));
        var draft = await UseAsync(e => e.LoadEventAsync(created.Id));
        draft!.Description = "Signed in Seattle.";

        var result = await SaveAsync(e => e.SaveEventAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal("Signed in Seattle.", (await db.Events.SingleAsync(e => e.Id == created.Id)).Description);
    }

    [Fact]
    public async Task SaveEventAsync_StaleVersion_ReturnsConflictAndKeepsTheStoredEvent()
    {
        var deal = await CreateDealAsync();
        var created = await SaveAsync(e => e.SaveEventAsync(new EventDraft { DealId = deal.Id, Title = Unique("Event") }, _stamp));
        var stale = await UseAsync(e => e.LoadEventAsync(created.Id));
        var current = await UseAsync(e => e.LoadEventAsync(created.Id));
        current!.Title = Unique("Their event");
        Assert.True((await SaveAsync(e => e.SaveEventAsync(current, _stamp))).Succeeded);
        stale!.Title = Unique("My event");

        var result = await SaveAsync(e => e.SaveEventAsync(stale, _stamp));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal(current.Title, (await db.Events.SingleAsync(e => e.Id == created.Id)).Title);
    }

    [Fact]
    public async Task SaveEventAsync_UnknownDealOrNoTitle_ReturnsInvalidAndStoresNothing()
    {
        var deal = await CreateDealAsync();
        var title = Unique("Event");

        var unknownDeal = await SaveAsync(e => e.SaveEventAsync(new EventDraft { DealId = int.MaxValue, Title = title }, _stamp));
        var noTitle = await SaveAsync(e => e.SaveEventAsync(new EventDraft { DealId = deal.Id, Title = "" }, _stamp));

        Assert.Equal((EditOutcome.Invalid, "That deal does not exist."), (unknownDeal.Outcome, unknownDeal.Errors[nameof(EventDraft.DealId)]));
        Assert.Equal(EditOutcome.Invalid, noTitle.Outcome);
        Assert.True(noTitle.Errors.ContainsKey(nameof(EventDraft.Title)));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(e => e.Title == title));
    }

    [Fact]
    public async Task SaveEventAsync_UnknownId_ReturnsNotFound()
    {
        var deal = await CreateDealAsync();

        var result = await SaveAsync(e => e.SaveEventAsync(new EventDraft { Id = int.MaxValue, Version = 1, DealId = deal.Id, Title = Unique("Gone event") }, _stamp));

        Assert.Equal((EditOutcome.NotFound, "That event does not exist."), (result.Outcome, result.Message));
        Assert.Null(await UseAsync(e => e.LoadEventAsync(int.MaxValue)));
    }

    /// <summary>Text in the date field that is no date is never dropped: the save is refused, saying so on the date, and nothing is stored.</summary>
    [Theory]
    [InlineData("yesterday", DatePrecision.Day, "YYYY-MM-DD")]
    [InlineData("31 February 2025", DatePrecision.Day, "YYYY-MM-DD")]
    [InlineData("2025-13", DatePrecision.Month, "YYYY-MM")]
    public async Task SaveEventAsync_DateTextThatIsNoDate_ReturnsInvalidOnTheDateAndStoresNothing(string text, DatePrecision precision, string form)
    {
        var deal = await CreateDealAsync();
        var title = Unique("Event");

        var result = await SaveAsync(e => e.SaveEventAsync(new EventDraft { DealId = deal.Id, Title = title, OccurredPrecision = precision, UnreadDate = text }, _stamp));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal($"“{text}” is not a date. Write the date as {form}.", result.Errors[nameof(EventDraft.OccurredOn)]);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(e => e.Title == title));
    }

    /// <summary>A party may not be affiliated with one that is affiliated with it, directly or through another.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task SavePartyAsync_AffiliationThatGoesRound_ReturnsInvalidOnTheAffiliationAndKeepsTheStoredParty(int length)
    {
        var first = await CreatePartyAsync();
        var last = first;
        for (var i = 1; i < length; i++)
        {
            var name = Unique("Party");
            last = await CreatedAsync(e => e.SavePartyAsync(new PartyDraft { Name = name, AffiliationId = last.Id }, _stamp));
        }

        var draft = await UseAsync(e => e.LoadPartyAsync(first.Id));
        draft!.AffiliationId = last.Id;

        var result = await SaveAsync(e => e.SavePartyAsync(draft, _stamp));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("the affiliations would go round", result.Errors[nameof(PartyDraft.AffiliationId)], StringComparison.Ordinal);
        Assert.Equal(length + 1, result.Errors[nameof(PartyDraft.AffiliationId)].Split(" → ").Length);
        await using var db = app.CreateDbContext();
        Assert.Null((await db.Parties.SingleAsync(p => p.Id == first.Id)).AffiliationId);
    }

    [Fact]
    public async Task SaveOutletAsync_CancelledBeforeItStarts_ThrowsAndStoresNothing()
    {
        var name = Unique("Cancelled outlet");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => UseAsync(e => e.SaveOutletAsync(new OutletDraft { Name = name }, _stamp, cancelled.Token)));

        await using var db = app.CreateDbContext();
        Assert.False(await db.Outlets.AnyAsync(o => o.Name == name));
    }

    private static string Unique(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 13)];

    private static DealDraft NewDeal(string title, int raisingId, params int[] investorIds) => new()
    {
        Title = title,
        Summary = "A deal arranged by the catalog editor test.",
        Parties = [new() { PartyId = raisingId, Role = PartyRole.Raising }, .. investorIds.Select(id => new DealPartyDraft { PartyId = id, Role = PartyRole.ProspectiveInvestor })],
    };

    private Task<EditResult> CreateOutletAsync() => CreatedAsync(e => e.SaveOutletAsync(new OutletDraft { Name = Unique("Outlet") }, _stamp));

    private Task<EditResult> CreatePartyAsync() => CreatedAsync(e => e.SavePartyAsync(new PartyDraft { Name = Unique("Party") }, _stamp));

    private async Task<EditResult> CreateDealAsync()
    {
        var party = await CreatePartyAsync();
        return await CreatedAsync(e => e.SaveDealAsync(NewDeal(Unique("Deal"), party.Id), _stamp));
    }

    private async Task<EditResult> CreatedAsync(Func<CatalogEditor, Task<EditResult>> save)
    {
        var result = await SaveAsync(save);
        Assert.True(result.Succeeded, result.Message);
        return result;
    }

    private Task<EditResult> SaveAsync(Func<CatalogEditor, Task<EditResult>> save) => UseAsync(save);

    private async Task<T> UseAsync<T>(Func<CatalogEditor, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<CatalogEditor>());
    }

    private static Task<bool> HasHistoryAsync(DealTrackerDbContext db, string itemType, int id, ChangeAction action) =>
        db.ChangeRecords.AnyAsync(r => r.ItemType == itemType && r.ItemId == id && r.Action == action && r.EditorId == _stamp.Id);
}
