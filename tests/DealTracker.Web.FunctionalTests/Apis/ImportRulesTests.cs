using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.FunctionalTests.Services.Exchange;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// <c>POST /api/import</c> applies the rules the editor and the API apply, and rejects, naming the field by its path, every item it
/// cannot apply exactly as written, rather than dropping or rewriting it.
/// </summary>
public sealed class ImportRulesTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { Seed = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Import_ReportRelyingOnItsOwnOutlet_IsRejectedAsTheApiRefusesIt()
    {
        var document = DealImporterTests.Generate("own-outlet", 2);
        var report = document.Reports[0] with { Reliances = [new ExportReliance(null, document.Reports[0].Outlet, "cites", null)] };

        var lines = await ApplyAsync(document with { Reports = [report, document.Reports[1]] });

        var line = Assert.Single(lines, l => l.Kind == "Report" && l.Outcome == ImportOutcome.Rejected);
        Assert.StartsWith("reports[0].reliances[0].outlet: A report cannot rely on its own outlet", line.Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(1, await db.Reports.CountAsync());
    }

    [Theory]
    [InlineData("WSJ")]
    [InlineData("Wall Street Journal")]
    [InlineData("the wall street journal")]
    public async Task Import_NewOutletNamedAsAnotherOutlet_IsRejectedNamingThatOutlet(string name)
    {
        var first = DealImporterTests.Generate("outlet-names", 1);
        await ApplyAsync(first with { Outlets = [.. first.Outlets, new ExportOutlet("wall-street-journal", "The Wall Street Journal", "newspaper", "https://www.wsj.com")] });

        var lines = await ApplyAsync(first with { Outlets = [new ExportOutlet("wsj-two", name, "newspaper", null)], Reports = [], Events = [] });

        var line = Assert.Single(lines, l => l.Kind == "Outlet");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        Assert.StartsWith("outlets[0].name: ", line.Reason, StringComparison.Ordinal);
        Assert.Contains("the wall street journal", line.Reason, StringComparison.OrdinalIgnoreCase);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Outlets.AnyAsync(o => o.Slug == "wsj-two"));
    }

    [Fact]
    public async Task Import_LinkOfAnotherOutletsReport_IsRejectedNamingThatReportAndLeavesItAsItWas()
    {
        var document = DealImporterTests.Generate("link-outlet", 2);
        await ApplyAsync(document);
        var original = document.Reports[0];
        var moved = original with { Outlet = document.Outlets[5].Slug, Headline = "Rewritten", Summary = "Rewritten." };

        var lines = await ApplyAsync(document with { Reports = [moved] });

        var line = Assert.Single(lines, l => l.Kind == "Report");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        await using var db = _app.CreateDbContext();
        var stored = await db.Reports.Include(r => r.Outlet).SingleAsync(r => r.Url == original.Url);
        Assert.Equal($"reports[0].url: This link is already recorded, as report {stored.Id} by {stored.Outlet!.Name}. Edit that report instead.", line.Reason);
        Assert.Equal(original.Headline, stored.Headline);
    }

    [Fact]
    public async Task Import_PartyNamedAsAnotherParty_IsRejected()
    {
        var document = DealImporterTests.Generate("party-names", 1);
        await ApplyAsync(document);

        var lines = await ApplyAsync(document with { Parties = [.. document.Parties, new ExportParty("buyer-two", document.Parties[0].Name.ToUpperInvariant(), "company", null, null)] });

        var line = Assert.Single(lines, l => l.Kind == "Party" && l.Outcome == ImportOutcome.Rejected);
        Assert.StartsWith("parties[2].name: There is already a party called", line.Reason, StringComparison.Ordinal);
    }

    /// <summary>The one rule for "the same name" holds in the import too: invisible characters, width and spacing do not make a new name.</summary>
    [Theory]
    [InlineData("\u200B")]
    [InlineData("  ")]
    public async Task Import_PartyNamedAsAnotherPartyWithAnInvisibleCharacterOrDoubleSpace_IsRejected(string inside)
    {
        var document = DealImporterTests.Generate("party-forms", 1);
        await ApplyAsync(document);
        var name = document.Parties[0].Name;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var written = name[..space] + inside + name[space..];

        var lines = await ApplyAsync(document with { Parties = [.. document.Parties, new ExportParty("buyer-again", written, "company", null, null)] });

        var line = Assert.Single(lines, l => l.Kind == "Party" && l.Outcome == ImportOutcome.Rejected);
        Assert.Equal($"parties[2].name: There is already a party called {name}.", line.Reason);
    }

    [Fact]
    public async Task Import_DealTitledAsAnotherDealInOtherCase_IsRejectedWithNothingImported()
    {
        var first = DealImporterTests.Generate("first-title", 1);
        await ApplyAsync(first);
        var second = DealImporterTests.Generate("second-title", 1);

        var lines = await ApplyAsync(second with { Deal = second.Deal with { Title = first.Deal.Title.ToUpperInvariant() } });

        var line = Assert.Single(lines, l => l.Kind == "Deal");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        Assert.StartsWith($"deal.title: There is already a deal called {first.Deal.Title}:", line.Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Slug == "second-title"));
    }

    [Theory]
    [InlineData("ghost", "prospectiveInvestor", "deal.parties[2].party:")]
    [InlineData("deal-parties-buyer", "overlord", "deal.parties[2].role: Unknown role \"overlord\"")]
    public async Task Import_DealPartyNotInTheFileOrOfUnknownRole_IsRejectedNotDropped(string party, string role, string reason)
    {
        var document = DealImporterTests.Generate("deal-parties", 1);
        var deal = document.Deal with { Parties = [.. document.Deal.Parties, new ExportDealParty(party, role, null)] };

        var lines = await ApplyAsync(document with { Deal = deal });

        var line = Assert.Single(lines, l => l.Outcome == ImportOutcome.Rejected);
        Assert.StartsWith(reason, line.Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(2, await db.DealParties.CountAsync());
    }

    [Fact]
    public async Task Import_EventNamingAReportNotInTheFile_IsRejected()
    {
        var document = DealImporterTests.Generate("event-reports", 1);
        var events = new[] { new ExportEvent("Talks begin", null, new PartialDateDto("2025-11", "month"), [1, 99]) };

        var lines = await ApplyAsync(document with { Events = events });

        var line = Assert.Single(lines, l => l.Kind == "Event");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        Assert.StartsWith("events[0].reports[1]: Report 99 is not in the file", line.Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [Theory]
    [InlineData("2025-02", "day", "reports[0].published.precision: \"day\" does not agree with the date \"2025-02\", which is a month")]
    [InlineData("2025-02-03", "week", "reports[0].published.precision: Unknown precision \"week\"")]
    [InlineData("2025", "month", "reports[0].published.precision:")]
    [InlineData("2025-02-30", "day", "reports[0].published.date:")]
    public async Task Import_DateAndPrecisionThatDisagree_IsRejectedNamingThePrecision(string date, string precision, string reason)
    {
        var document = DealImporterTests.Generate("precision", 1);

        var lines = await ApplyAsync(document with { Reports = [document.Reports[0] with { Published = new PartialDateDto(date, precision) }], Events = [] });

        var line = Assert.Single(lines, l => l.Kind == "Report");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        Assert.StartsWith(reason, line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EventPrecisionThatDisagrees_IsRejected()
    {
        var document = DealImporterTests.Generate("event-precision", 1);

        var lines = await ApplyAsync(document with { Events = [new ExportEvent("Talks", null, new PartialDateDto("2025-11", "day"), [1])] });

        Assert.StartsWith("events[0].occurred.precision:", Assert.Single(lines, l => l.Kind == "Event").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StandingClaimTheStoreHasRetracted_IsRejectedNotUnchanged()
    {
        var document = DealImporterTests.Generate("reinstate", 1);
        await ApplyAsync(document);
        await using (var db = _app.CreateDbContext())
        {
            await db.Claims.Where(c => c.Metric == Metric.Valuation)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, ClaimStatus.Retracted).SetProperty(c => c.RetractionReason, "Wrong figure."));
        }

        var lines = await ApplyAsync(document);

        var line = Assert.Single(lines, l => l.Kind == "Report");
        Assert.Equal(ImportOutcome.Rejected, line.Outcome);
        Assert.StartsWith("reports[0].claims[1].status: The stored claim", line.Reason, StringComparison.Ordinal);
        Assert.Contains("does not reinstate", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StoredClaimWithAnotherAmount_IsRejectedNamingTheAmount()
    {
        var document = DealImporterTests.Generate("amount-edit", 1);
        await ApplyAsync(document);
        var claims = document.Reports[0].Claims.ToList();
        claims[0] = claims[0] with { Money = claims[0].Money! with { Amount = claims[0].Money!.Amount + 1 } };

        var lines = await ApplyAsync(document with { Reports = [document.Reports[0] with { Claims = claims }] });

        Assert.StartsWith("reports[0].claims[0].money.amount: The stored claim", Assert.Single(lines, l => l.Kind == "Report").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public async Task Import_AmountNotPositive_ReasonNamesThePathInPlainWords(int amount)
    {
        var document = DealImporterTests.Generate("negative", 1);
        var claims = document.Reports[0].Claims.ToList();
        claims[1] = claims[1] with { Money = claims[1].Money! with { Amount = amount } };

        var lines = await ApplyAsync(document with { Reports = [document.Reports[0] with { Claims = claims }] });

        var reason = Assert.Single(lines, l => l.Kind == "Report").Reason;
        Assert.Equal("reports[0].claims[1].money.amount: The amount must be positive.", reason);
    }

    private async Task<List<ImportLine>> ApplyAsync(DealExportDocument document)
    {
        var editor = await _app.CreateEditorClientAsync();
        var response = await editor.PostAsync("/api/import?apply=true", new StringContent(JsonSerializer.Serialize(document, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ImportResult>(JsonSerializerOptions.Web);
        return [.. result!.Lines];
    }
}
