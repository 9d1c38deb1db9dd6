using AngleSharp;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// The size limits of the write path (docs/api.md, "Limits") and the byte bounds of the pages that show
/// a report stating the most claims allowed, every text at its longest (docs/performance.md, "Bounded pages").
/// </summary>
public sealed class LimitsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Deal = "amazon-openai-2026-round";

    // The bounds docs/performance.md states.
    private const int TimelineBound = 512 * 1024;
    private const int ReportPageBound = 1024 * 1024;
    private const int FeedBound = 256 * 1024;
    private const int ExportJsonPerReportBound = 768 * 1024;
    private const int ExportCsvPerReportBound = 1280 * 1024;

    private static readonly EditorStamp _editor = new("limits-test", "limits@dealtracker.test");

    /// <summary>The API's own JSON: camelCase names and enums as words (it refuses enums given as numbers).</summary>
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task CreateReport_OneClaimOverTheLimit_Answers400NamingClaimsAndStoresNothing()
    {
        var (outletId, dealId, partyId) = await IdsAsync();
        var client = await _app.CreateEditorClientAsync();
        var before = await CountReportsAsync();

        var response = await client.PostAsJsonAsync("/api/reports", Draft(outletId, dealId, partyId, Limits.ClaimsPerReport + 1, "short"), _json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Contains("at most 100 claims", errors.GetProperty("Claims")[0].GetString(), StringComparison.Ordinal);
        Assert.Single(errors.EnumerateObject()); // one message for the list, not 101
        Assert.Equal(before, await CountReportsAsync());
    }

    [Theory]
    [InlineData("Headline", Limits.Headline)]
    [InlineData("Summary", Limits.Summary)]
    [InlineData("Claims[0].Quote", Limits.Quote)]
    [InlineData("Claims[0].Statement", Limits.Statement)]
    [InlineData("Reliances[0].Note", Limits.ShortNote)]
    public async Task CreateReport_TextOverItsLimit_Answers400NamingTheField(string field, int limit)
    {
        var (outletId, dealId, partyId) = await IdsAsync();
        var draft = Draft(outletId, dealId, partyId, 1, "short");
        var tooLong = new string('x', limit + 1);
        switch (field)
        {
            case "Headline": draft.Headline = tooLong; break;
            case "Summary": draft.Summary = tooLong; break;
            case "Claims[0].Quote": draft.Claims[0].Quote = tooLong; break;
            case "Claims[0].Statement": draft.Claims[0].Statement = tooLong; break;
            default: draft.Reliances = [new RelianceDraft { TargetOutletId = outletId, Note = tooLong }]; break;
        }

        var client = await _app.CreateEditorClientAsync();
        var before = await CountReportsAsync();

        var response = await client.PostAsJsonAsync("/api/reports", draft, _json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains($"at most {limit} characters", errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountReportsAsync());
    }

    [Fact]
    public async Task CreateReport_TextsOfSupplementaryCharactersAtTheirLimit_AreStoredWhole()
    {
        // Limits count characters, as their messages say and as PostgreSQL's varchar counts: an emoji or a CJK character
        // outside the basic plane is one character (two UTF-16 units), so 500 of them make a headline of 500 characters.
        var (outletId, dealId, partyId) = await IdsAsync();
        var draft = Draft(outletId, dealId, partyId, 1, "short");
        draft.Headline = string.Concat(Enumerable.Repeat("💰", Limits.Headline));
        draft.Summary = string.Concat(Enumerable.Repeat("𠀀", Limits.Summary));
        draft.Claims[0].Quote = string.Concat(Enumerable.Repeat("😀", Limits.Quote));
        var client = await _app.CreateEditorClientAsync();

        var response = await client.PostAsJsonAsync("/api/reports", draft, _json);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await using var db = _app.CreateDbContext();
        var stored = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Headline == draft.Headline);
        Assert.Equal((draft.Summary, draft.Claims[0].Quote), (stored.Summary, Assert.Single(stored.Claims).Quote));
    }

    [Fact]
    public async Task CreateReport_HeadlineOfEmojiOverTheLimit_Answers400InCharacters()
    {
        var (outletId, dealId, partyId) = await IdsAsync();
        var draft = Draft(outletId, dealId, partyId, 1, "short");
        draft.Headline = string.Concat(Enumerable.Repeat("💰", Limits.Headline + 1));
        var client = await _app.CreateEditorClientAsync();

        var response = await client.PostAsJsonAsync("/api/reports", draft, _json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal($"A headline can be at most {Limits.Headline} characters.", errors.GetProperty("Headline")[0].GetString());
    }

    [Fact]
    public async Task SaveAsync_EditAddingClaimsPastTheLimit_IsRefused()
    {
        var (outletId, dealId, partyId) = await IdsAsync();
        var editor = _app.Services.GetRequiredService<ReportEditor>();
        var saved = await editor.SaveAsync(Draft(outletId, dealId, partyId, Limits.ClaimsPerReport - 1, "short"), _editor);
        Assert.True(saved.Succeeded);

        // Claims left out of an edit are kept, so two new ones make 101.
        var edit = Draft(outletId, dealId, partyId, 2, "added");
        edit.Id = saved.Id;
        edit.Version = saved.Version;
        var result = await editor.SaveAsync(edit, _editor);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("would have 101", result.Errors[nameof(ReportDraft.Claims)], StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(Limits.ClaimsPerReport - 1, await db.Claims.CountAsync(c => c.ReportId == saved.Id));
    }

    [Fact]
    public async Task RetractReport_ReasonOverTheLimit_IsRefused()
    {
        var (outletId, dealId, partyId) = await IdsAsync();
        var editor = _app.Services.GetRequiredService<ReportEditor>();
        var saved = await editor.SaveAsync(Draft(outletId, dealId, partyId, 1, "short"), _editor);

        var result = await editor.RetractReportAsync(saved.Id, saved.Version, new string('r', Limits.Reason + 1), _editor);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("at most 1000 characters", result.Errors["Reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ReportWithTheMostClaimsAndLongestTexts_StayUnderTheirBoundsAndCountWhatTheyCut()
    {
        var client = _app.CreateClient();
        var jsonBefore = (await client.GetByteArrayAsync($"/api/deals/{Deal}/export.json")).Length;
        var csvBefore = (await client.GetByteArrayAsync($"/api/deals/{Deal}/export.csv")).Length;
        var (outletId, dealId, partyId) = await IdsAsync();
        var editor = _app.Services.GetRequiredService<ReportEditor>();
        var draft = Draft(outletId, dealId, partyId, Limits.ClaimsPerReport, "long");
        await using (var db = _app.CreateDbContext())
        {
            // As many reliances as allowed: on the seed's reports, then on its outlets (not the report's own: no report relies on it).
            var reportIds = await db.Reports.OrderBy(r => r.Id).Select(r => r.Id).Take(Limits.ReliancesPerReport).ToListAsync();
            var outletIds = await db.Outlets.Where(o => o.Id != outletId).OrderBy(o => o.Id).Select(o => o.Id).Take(Limits.ReliancesPerReport - reportIds.Count).ToListAsync();
            draft.Reliances = [.. reportIds.Select(id => new RelianceDraft { TargetReportId = id }).Concat(outletIds.Select(id => new RelianceDraft { TargetOutletId = id }))];
            for (var i = 0; i < draft.Reliances.Count; i++)
            {
                draft.Reliances[i].Note = Text('n', Limits.ShortNote, i);
            }
        }

        var saved = await editor.SaveAsync(draft, _editor);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        var retracted = await editor.RetractReportAsync(saved.Id, saved.Version, Text('r', Limits.Reason, 0), _editor);
        Assert.True(retracted.Succeeded);

        // The timeline's first page (the report is dated before every other): 8 claims shown, the other 92 counted.
        var (timelineBytes, timeline) = await PageAsync(client, $"/deals/{Deal}/timeline");
        Assert.InRange(timelineBytes, 1, TimelineBound);
        Assert.Equal("+ 92 more claims — see the report", timeline.QuerySelector(".dt-more-claims")?.Text());
        Assert.Equal(Limits.TimelineClaimsPerReport, timeline.QuerySelector(".dt-entry")!.QuerySelectorAll(".dt-claims > li").Length);

        // The report page shows all 100 claims (with the structured data for the first 20).
        var (pageBytes, page) = await PageAsync(client, $"/reports/{saved.Id}");
        Assert.InRange(pageBytes, 1, ReportPageBound);
        Assert.Equal(Limits.ClaimsPerReport, page.QuerySelectorAll(".dt-claims > li").Length);

        // The feed lists 10 figures and counts the other 90.
        var feed = await client.GetStringAsync($"/deals/{Deal}/feed.atom");
        Assert.InRange(Bytes(feed), 1, FeedBound);
        Assert.Contains("; and 90 more figures (see the report).", feed, StringComparison.Ordinal);

        // The exports are the data: they cut nothing, and one such report adds at most the stated size.
        var jsonAfter = (await client.GetByteArrayAsync($"/api/deals/{Deal}/export.json")).Length;
        var csvAfter = (await client.GetByteArrayAsync($"/api/deals/{Deal}/export.csv")).Length;
        Assert.InRange(jsonAfter - jsonBefore, 1, ExportJsonPerReportBound);
        Assert.InRange(csvAfter - csvBefore, 1, ExportCsvPerReportBound);
        output.WriteLine($"timeline {timelineBytes:N0} B, report page {pageBytes:N0} B, feed {Bytes(feed):N0} B, export.json +{jsonAfter - jsonBefore:N0} B, export.csv +{csvAfter - csvBefore:N0} B");
    }

    private static async Task<(int Bytes, AngleSharp.Dom.IDocument Document)> PageAsync(HttpClient client, string path)
    {
        var bytes = await client.GetByteArrayAsync(path);
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(request => request.Content(System.Text.Encoding.UTF8.GetString(bytes)));
        return (bytes.Length, document);
    }

    private static int Bytes(string text) => System.Text.Encoding.UTF8.GetByteCount(text);

    // A text of exactly the given length, different for each index (so no two claims are the same).
    private static string Text(char fill, int length, int index) => $"{index}:".PadRight(length, fill);

    private static ReportDraft Draft(int outletId, int dealId, int partyId, int claims, string kind) => new()
    {
        OutletId = outletId,
        Headline = kind == "long" ? Text('h', Limits.Headline, 0) : $"A {kind} report",
        Summary = kind == "long" ? Text('s', Limits.Summary, 0) : null,
        Url = kind == "long" ? "https://example.com/" + new string('u', Limits.Url - 20) : null,
        PublishedOn = kind == "long" ? new DateOnly(2001, 1, 1) : null,
        SourceNote = kind == "long" ? Text('p', Limits.Note, 0) : null,
        Claims = [.. Enumerable.Range(0, claims).Select(i => new ClaimDraft
        {
            DealId = dealId,
            Metric = Metric.Investment,
            PartyId = partyId,
            Hedge = Hedge.UpTo,
            Amount = (i + 1) * 1_000_000_000m,
            Currency = "USD",
            Statement = kind == "long" ? Text('t', Limits.Statement, i) : $"{kind} claim {i}",
            Quote = kind == "long" ? Text('q', Limits.Quote, i) : $"as much as ${i + 1} billion",
            Note = kind == "long" ? Text('o', Limits.Note, i) : null,
        })],
    };

    private async Task<(int OutletId, int DealId, int PartyId)> IdsAsync()
    {
        await using var db = _app.CreateDbContext();
        return (await db.Outlets.Where(o => o.Slug == "reuters").Select(o => o.Id).SingleAsync(),
                await db.Deals.Where(d => d.Slug == Deal).Select(d => d.Id).SingleAsync(),
                await db.Parties.Where(p => p.Slug == "amazon").Select(p => p.Id).SingleAsync());
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }
}
