using System.Diagnostics;
using DealTracker.Domain.Claims;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DealTracker.Web.FunctionalTests.Services.Exchange;

/// <summary>
/// The importer as a service, called directly on the test store (a SQLite file by default): a valid file, invalid rows
/// refused with nothing of them stored, limits, retractions, dry runs, and linear time. The HTTP side is <c>ImportApiTests</c>.
/// </summary>
public sealed class DealImporterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly EditorStamp _editor = new("import-test", "import@dealtracker.test");

    private readonly DealTrackerAppFactory _app = new() { Seed = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private DealImporter Importer => _app.Services.GetRequiredService<DealImporter>();

    // Linear, proved by counting rather than by the clock (the machines here are shared and noisy, so a time ratio
    // failed now and then): ten times the reports must cost the same reads and ten times the writes. The times are
    // written to the test output for the record only.
    [Fact]
    public async Task RunAsync_TenTimesTheReports_SendsTheSameReadsAndTenTimesTheWrites()
    {
        await Importer.RunAsync(Generate("warm-up", 200), apply: true, _editor); // JIT, connection pool, query plans

        var small = await CountAsync(Generate("one-thousand", 1_000));
        var large = await CountAsync(Generate("ten-thousand", 10_000));

        output.WriteLine($"1,000 reports: {small.Reads} reads, {small.Writes} writes, {small.Elapsed.TotalSeconds:F1} s; " +
                         $"10,000 reports: {large.Reads} reads, {large.Writes} writes, {large.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(1_000, small.Added);
        Assert.Equal(10_000, large.Added);
        Assert.Equal(small.Reads, large.Reads);
        Assert.InRange(large.Writes, 1, (10 * small.Writes) + 10);

        // Every item is in the history, as the editors' saves record them.
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Slug == "ten-thousand");
        Assert.Equal(30_000, await db.Claims.CountAsync(c => c.DealId == deal.Id));
        var reportIds = db.Claims.Where(c => c.DealId == deal.Id).Select(c => c.ReportId);
        Assert.Equal(10_000, await db.ChangeRecords.CountAsync(c => c.ItemType == "Report" && c.Action == ChangeAction.Created && reportIds.Contains(c.ItemId)));
    }

    // A file the store already holds (checked again, or imported twice) is matched by its links: those were sent as one SQL
    // parameter each, and EF Core's processing of an IN list of 10,000 parameters, repeated for each included collection, took
    // 30-37 s and 43 GB of allocations for a dry run of 10,000 known reports (1.3-2.1 s and 205 MB as one list parameter).
    [Fact]
    public async Task RunAsync_FileTheStoreHolds_SendsItsLinksAsOneParameterPerRead()
    {
        var document = Generate("known-file", 2_000);
        await Importer.RunAsync(document, apply: true, _editor);

        _app.Commands.Reset();
        var again = await Importer.RunAsync(document, apply: false, _editor);

        Assert.Equal((0, 0), (again.Added, again.Rejected));
        Assert.True(again.Unchanged >= 2_000, $"{again.Unchanged} unchanged");
        Assert.NotEmpty(_app.Commands.Commands);
        Assert.All(_app.Commands.Commands, command => Assert.True(
            command.Parameters.Count <= 10, $"{command.Parameters.Count} parameters: {command.Text[..Math.Min(300, command.Text.Length)]}"));
    }

    [Fact]
    public async Task RunAsync_RetractedReport_RetractsItsStandingClaimsAsAnEditorWould()
    {
        var document = Generate("retractions", 2);
        var reports = document.Reports.ToList();
        reports[1] = reports[1] with { Status = "retracted", RetractionReason = "The outlet withdrew the story." };
        await Importer.RunAsync(document with { Reports = reports }, apply: true, _editor);

        await using var db = _app.CreateDbContext();
        var retracted = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == reports[1].Url);
        Assert.Equal(ReportStatus.Retracted, retracted.Status);
        Assert.All(retracted.Claims, c =>
        {
            Assert.Equal(ClaimStatus.Retracted, c.Status);
            Assert.Equal("Retracted with its report: The outlet withdrew the story.", c.RetractionReason);
        });
        Assert.All((await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == reports[0].Url)).Claims, c => Assert.Equal(ClaimStatus.Standing, c.Status));
    }

    [Fact]
    public async Task RunAsync_RetractionOfAnImportedReport_RetractsItsClaimsInTheStore()
    {
        var document = Generate("later-retraction", 1);
        await Importer.RunAsync(document, apply: true, _editor);
        var report = document.Reports[0] with { Status = "retracted", RetractionReason = "Corrected." };

        var result = await Importer.RunAsync(document with { Reports = [report] }, apply: true, _editor);

        var line = Assert.Single(result.Lines, l => l.Kind == "Report");
        Assert.Contains("retracted", line.Changes);
        await using var db = _app.CreateDbContext();
        var stored = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == report.Url);
        Assert.All(stored.Claims, c => Assert.Equal(ClaimStatus.Retracted, c.Status));
        Assert.Equal(3, await db.ChangeRecords.CountAsync(c => c.ItemType == "Claim" && c.Action == ChangeAction.Retracted && c.ReportId == stored.Id));
    }

    [Fact]
    public async Task RunAsync_OverTheLimits_RejectsTheReportNamingTheFieldAndStoresNothingOfIt()
    {
        var document = Generate("limits", 3);
        var reports = document.Reports.ToList();
        reports[0] = reports[0] with { Claims = [reports[0].Claims[0] with { Quote = new string('q', Limits.Quote + 1) }] };
        reports[1] = reports[1] with { Claims = [.. Enumerable.Range(0, Limits.ClaimsPerReport + 1).Select(i => reports[1].Claims[0] with { Statement = $"Figure {i}." })] };
        reports[2] = reports[2] with { Headline = new string('h', Limits.Headline + 1) };

        var result = await Importer.RunAsync(document with { Reports = reports }, apply: true, _editor);

        var rejected = result.Lines.Where(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Rejected).ToList();
        Assert.Equal(3, rejected.Count);
        Assert.StartsWith("reports[0].claims[0].quote: A quote can be at most 2000 characters.", rejected[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[1].claims: A report can state at most 100 claims", rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[2].headline: A headline can be at most 500 characters.", rejected[2].Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task RunAsync_ValidFile_StoresEveryItemWithTheEditorsStamp()
    {
        var document = Generate("valid", 5);

        var result = await Importer.RunAsync(document, apply: true, _editor);

        Assert.True(result.Applied);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(5, result.Lines.Count(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Added));
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Parties).SingleAsync(d => d.Slug == "valid");
        Assert.Equal(2, deal.Parties.Count);
        var reports = await db.Reports.Include(r => r.Claims).Include(r => r.Reliances)
            .Where(r => r.Claims.Any(c => c.DealId == deal.Id)).ToListAsync();
        Assert.Equal(document.Reports.Select(r => r.Url).Order(), reports.Select(r => r.Url).Order());
        Assert.All(reports, r => Assert.Equal(3, r.Claims.Count));
        Assert.Equal(RelianceKind.Cites, Assert.Single(reports.SelectMany(r => r.Reliances)).Kind);
        var investment = reports.Single(r => r.Url == document.Reports[0].Url).Claims.Single(c => c.Metric == Metric.Investment);
        Assert.Equal("up to $11B", investment.Money!.ToHedgeWords());
        var ids = reports.Select(r => r.Id).ToList();
        var created = await db.ChangeRecords.Where(c => c.ItemType == "Report" && c.Action == ChangeAction.Created && ids.Contains(c.ItemId)).ToListAsync();
        Assert.Equal(5, created.Count);
        Assert.All(created, c => Assert.Equal(_editor.Name, c.EditorName));
    }

    [Fact]
    public async Task RunAsync_SameFileAgain_ChangesNothing()
    {
        var document = Generate("twice", 3);
        await Importer.RunAsync(document, apply: true, _editor);

        var again = await Importer.RunAsync(document, apply: true, _editor);

        Assert.Equal((0, 0, 0), (again.Added, again.Changed, again.Rejected));
        await using var db = _app.CreateDbContext();
        Assert.Equal(3, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task RunAsync_TwoAlikeClaimsInOneReport_KeepsBothAndAddsNothingWhenImportedAgain()
    {
        var document = Generate("alike", 1);
        var report = document.Reports[0];
        document = document with { Reports = [report with { Claims = [.. report.Claims, report.Claims[0]] }] };

        await Importer.RunAsync(document, apply: true, _editor);
        var again = await Importer.RunAsync(document, apply: true, _editor);

        // Two claims alike are two claims, as the editor keeps them: none folded into another, and the same file adds nothing again.
        await using var db = _app.CreateDbContext();
        var stored = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == report.Url);
        Assert.Equal(report.Claims.Count + 1, stored.Claims.Count);
        Assert.Equal((0, 0, 0), (again.Added, again.Changed, again.Rejected));
    }

    [Fact]
    public async Task RunAsync_DryRun_SaysWhatItWouldAddAndStoresNothing()
    {
        var result = await Importer.RunAsync(Generate("dry-service", 4), apply: false, _editor);

        Assert.False(result.Applied);
        Assert.Equal(4, result.Lines.Count(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Added));
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
        Assert.False(await db.Deals.AnyAsync(d => d.Slug == "dry-service"));
    }

    // A token is a name of the file's vocabulary, in any case: never a number, a combination or padded.
    [Fact]
    public async Task RunAsync_InvalidRows_RejectsEachNamingTheFieldAndStoresNoneOfThem()
    {
        var document = Generate("invalid", 7);
        var reports = document.Reports.ToList();
        reports[0] = reports[0] with { Claims = [reports[0].Claims[0] with { Metric = "3" }] };
        reports[1] = reports[1] with { Claims = [reports[1].Claims[0] with { Metric = "Investment,Valuation" }] };
        reports[2] = reports[2] with { Claims = [reports[2].Claims[0] with { Money = reports[2].Claims[0].Money! with { Currency = "usd" } }] };
        reports[3] = reports[3] with { RetrievedOn = "2025-13-01" };
        reports[5] = reports[5] with { Status = " standing" };

        var result = await Importer.RunAsync(document with { Reports = reports }, apply: true, _editor);

        var lines = result.Lines.Where(l => l.Kind == "Report").ToList();
        Assert.Equal(ImportOutcome.Added, lines[6].Outcome);
        Assert.All(lines.Take(6), l => Assert.Equal(ImportOutcome.Rejected, l.Outcome));
        Assert.StartsWith("reports[0].claims[0].metric: Unknown metric \"3\"", lines[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[1].claims[0].metric: Unknown metric \"Investment,Valuation\"", lines[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[2].claims[0].money.currency: Give the currency as a three-letter code", lines[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[3].retrievedOn: \"2025-13-01\" is not a date", lines[3].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[4].reliances[0]: It relies on report 4, which is rejected in this file", lines[4].Reason, StringComparison.Ordinal);
        Assert.StartsWith("reports[5].status: Unknown status", lines[5].Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(reports[6].Url, Assert.Single(await db.Reports.Select(r => r.Url).ToListAsync()));
    }

    /// <summary>
    /// Affiliations that go round, within the file (a → b → a) or through a party the store has (c → the stored d, and d stored as
    /// affiliated with c's stored self), are refused for each party on the round, as the editor refuses them; the rest imports.
    /// </summary>
    [Fact]
    public async Task RunAsync_AffiliationsThatGoRound_RejectsThosePartiesNamingTheRoundAndStoresTheRest()
    {
        var first = Generate("rounds", 1);
        await Importer.RunAsync(first with
        {
            Parties = [.. first.Parties, new("rounds-c", "Party C", "company", null, null), new("rounds-d", "Party D", "company", null, "rounds-c")],
        }, apply: true, _editor);
        var document = Generate("rounds", 1);
        document = document with
        {
            Parties =
            [
                .. document.Parties,
                new("rounds-a", "Party A", "company", null, "rounds-b"),
                new("rounds-b", "Party B", "company", null, "rounds-a"),
                new("rounds-c", "Party C", "company", null, "rounds-d"),
                new("rounds-e", "Party E", "company", null, "rounds-d"),
            ],
        };

        var result = await Importer.RunAsync(document, apply: true, _editor);

        ImportLine Line(string slug) => result.Lines.Single(l => l.Kind == "Party" && l.Item.EndsWith($"({slug})", StringComparison.Ordinal));
        Assert.StartsWith("parties[2].affiliation: rounds-a cannot be affiliated with rounds-b: rounds-b is affiliated with rounds-a already", Line("rounds-a").Reason, StringComparison.Ordinal);
        Assert.EndsWith("(rounds-a → rounds-b → rounds-a).", Line("rounds-a").Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Rejected, Line("rounds-b").Outcome);
        Assert.Contains("(rounds-c → rounds-d → rounds-c)", Line("rounds-c").Reason, StringComparison.Ordinal);
        Assert.NotEqual(ImportOutcome.Rejected, Line("rounds-e").Outcome);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Parties.AnyAsync(p => p.Slug == "rounds-a" || p.Slug == "rounds-b"));
        Assert.Null((await db.Parties.SingleAsync(p => p.Slug == "rounds-c")).AffiliationId);
        Assert.Equal("rounds-d", (await db.Parties.Include(p => p.Affiliation).SingleAsync(p => p.Slug == "rounds-e")).Affiliation!.Slug);
    }

    /// <summary>
    /// A party affiliated with a party of the file that is rejected (and not stored) is rejected too, naming that party, and so is
    /// one affiliated with it in turn: no affiliation is dropped silently. A stored party keeps its stored affiliation.
    /// </summary>
    [Fact]
    public async Task RunAsync_AffiliatedWithARejectedParty_RejectsItNamingThatPartyAndKeepsTheStoredAffiliation()
    {
        var first = Generate("cascade", 1);
        await Importer.RunAsync(first with
        {
            Parties = [.. first.Parties, new("cascade-home", "Cascade Home", "company", null, null), new("cascade-kept", "Cascade Kept", "company", null, "cascade-home")],
        }, apply: true, _editor);
        var document = Generate("cascade", 1);
        document = document with
        {
            Parties =
            [
                .. document.Parties,
                new("cascade-bad", "Cascade Bad", "planet", null, null),
                new("cascade-child", "Cascade Child", "company", null, "cascade-bad"),
                new("cascade-grandchild", "Cascade Grandchild", "company", null, "cascade-child"),
                new("cascade-kept", "Cascade Kept", "company", null, "cascade-bad"),
                new("cascade-fine", "Cascade Fine", "company", null, "cascade-home"),
            ],
        };

        var result = await Importer.RunAsync(document, apply: true, _editor);

        ImportLine Line(string slug) => result.Lines.Single(l => l.Kind == "Party" && l.Item.EndsWith($"({slug})", StringComparison.Ordinal));
        Assert.StartsWith("parties[2].kind: Unknown kind of party", Line("cascade-bad").Reason, StringComparison.Ordinal);
        Assert.StartsWith("parties[3].affiliation: The party \"cascade-bad\" it is affiliated with is rejected in this file", Line("cascade-child").Reason, StringComparison.Ordinal);
        Assert.StartsWith("parties[4].affiliation: The party \"cascade-child\" it is affiliated with is rejected in this file", Line("cascade-grandchild").Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Rejected, Line("cascade-kept").Outcome);
        Assert.Equal(ImportOutcome.Added, Line("cascade-fine").Outcome);
        Assert.Equal(["cascade-bad", "cascade-child", "cascade-grandchild", "cascade-kept", "cascade-fine"],
            result.Lines.Where(l => l.Kind == "Party" && l.Outcome != ImportOutcome.Unchanged).Select(l => l.Item[(l.Item.LastIndexOf('(') + 1)..^1]));
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Parties.AnyAsync(p => p.Slug == "cascade-child" || p.Slug == "cascade-grandchild" || p.Slug == "cascade-bad"));
        Assert.Equal("cascade-home", (await db.Parties.Include(p => p.Affiliation).SingleAsync(p => p.Slug == "cascade-kept")).Affiliation!.Slug);
        Assert.Equal("cascade-home", (await db.Parties.Include(p => p.Affiliation).SingleAsync(p => p.Slug == "cascade-fine")).Affiliation!.Slug);
    }

    /// <summary>
    /// Two events of the file alike in title and date (the editor allows them: two rounds announced the same month) are two events,
    /// each with its own description and reports, never folded into one; importing the same file again adds nothing.
    /// </summary>
    [Fact]
    public async Task RunAsync_TwoAlikeEvents_KeepsBothAndAddsNothingAgain()
    {
        var document = Generate("alike-events", 4);
        document = document with
        {
            Events =
            [
                new("Funding round announced", "The first round.", new PartialDateDto("2025-03", "month"), [1]),
                new("Funding round announced", "The second round.", new PartialDateDto("2025-03", "month"), [2]),
            ],
        };

        var first = await Importer.RunAsync(document, apply: true, _editor);
        var again = await Importer.RunAsync(document, apply: true, _editor);

        Assert.Equal(2, first.Lines.Count(l => l.Kind == "Event" && l.Outcome == ImportOutcome.Added));
        Assert.Equal(0, again.Added);
        Assert.DoesNotContain(again.Lines, l => l.Kind == "Event");
        await using var db = _app.CreateDbContext();
        var events = await db.Events.Include(e => e.Reports).Where(e => e.Deal!.Slug == "alike-events").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["The first round.", "The second round."], events.Select(e => e.Description));
        Assert.All(events, e => Assert.Single(e.Reports));
    }

    private async Task<(int Added, int Reads, int Writes, TimeSpan Elapsed)> CountAsync(DealExportDocument document)
    {
        _app.Commands.Reset();
        var watch = Stopwatch.StartNew();
        var result = await Importer.RunAsync(document, apply: true, _editor);
        var elapsed = watch.Elapsed;
        var added = result.Lines.Count(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Added);
        return (added, _app.Commands.Reads, _app.Commands.Count - _app.Commands.Reads, elapsed);
    }

    /// <summary>A deal with <paramref name="count"/> reports from 20 outlets, three figures each, every fifth relying on the one before, and events.</summary>
    internal static DealExportDocument Generate(string slug, int count)
    {
        var outlets = Enumerable.Range(0, 20).Select(i => new ExportOutlet($"{slug}-outlet-{i}", $"Outlet {i} of {slug}", "online", $"https://outlet{i}.example")).ToList();
        var parties = new List<ExportParty>
        {
            new($"{slug}-buyer", $"Buyer of {slug}", "company", "The investor.", null),
            new($"{slug}-seller", $"Seller of {slug}", "company", null, null),
        };
        var reports = Enumerable.Range(1, count).Select(i => new ExportReport(
            i, outlets[i % outlets.Count].Slug, $"Report {i} on {slug}", $"Buyer weighs a stake in Seller, report {i}.",
            $"https://outlet{i % outlets.Count}.example/{slug}/{i}", new PartialDateDto($"2025-{1 + (i % 12):00}-{1 + (i % 28):00}", "day"), null, null,
            "standing", null,
            i % 5 == 0 ? [new ExportReliance(i - 1, null, "cites", "As first reported.")] : [],
            [
                new ExportClaim("investment", $"{slug}-buyer", $"Buyer could invest up to ${i % 90 + 10} billion.", $"as much as ${i % 90 + 10} billion",
                    new MoneyDto((i % 90 + 10) * 1_000_000_000m, "USD", "upTo", null, null, ""), null, "standing", null, null),
                new ExportClaim("valuation", null, $"Seller would be valued around ${i % 500 + 100} billion.", $"around ${i % 500 + 100} billion",
                    new MoneyDto((i % 500 + 100) * 1_000_000_000m, "USD", "approximately", null, null, ""), null, "standing", null, null),
                new ExportClaim("stageOfTalks", null, "The talks are at an early stage.", null, null, "early", "standing", null, "Sources say."),
            ])).ToList();
        var events = Enumerable.Range(1, Math.Max(1, count / 100)).Select(i => new ExportEvent(
            $"Event {i}", null, new PartialDateDto($"2025-{1 + (i % 12):00}", "month"), [i * 50 % count + 1])).ToList();
        return new DealExportDocument(
            DealExportDocument.FormatName, DealExportDocument.CurrentVersion, DateTimeOffset.UtcNow,
            new ExportDeal(slug, $"Deal {slug}", $"A generated deal: {slug}.", "inTalks", null,
                [new ExportDealParty($"{slug}-buyer", "prospectiveInvestor", null), new ExportDealParty($"{slug}-seller", "raising", null)]),
            outlets, parties, reports, events);
    }
}
