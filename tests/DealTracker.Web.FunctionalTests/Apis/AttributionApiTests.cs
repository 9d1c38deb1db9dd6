using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Outlets;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>A data user can see on whose authority a figure stands: what each report relies on, and the independent origins behind each claim.</summary>
public sealed class AttributionApiTests : IAsyncLifetime
{
    private const string ComputeDeal = "aws-openai-compute-2025";
    private const string RoundDeal = "amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _client = default!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient();
        return _app.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Claims_AwsComputeFigure_NamesTheBentonRelianceAndTheWsjOrigin()
    {
        var claims = await _client.GetFromJsonAsync<JsonElement>($"/api/claims?deal={ComputeDeal}&metric=computeCommitment");

        var claim = claims.GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("money").GetProperty("amount").GetDecimal() == 38_000_000_000m);
        Assert.Equal("benton-institute", claim.GetProperty("outletSlug").GetString());
        var reliance = Assert.Single(claim.GetProperty("reliesOn").EnumerateArray());
        Assert.Equal("wsj", reliance.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal("The Wall Street Journal", reliance.GetProperty("outlet").GetProperty("name").GetString());
        Assert.Equal("summarises", reliance.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, reliance.GetProperty("reportId").ValueKind); // the WSJ piece itself is not in the store
        var origin = Assert.Single(claim.GetProperty("origins").EnumerateArray());
        Assert.Equal("wsj", origin.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, origin.GetProperty("reportId").ValueKind);
    }

    [Fact]
    public async Task Claims_ReportRelyingOnNobody_IsItsOwnOrigin()
    {
        var claims = await _client.GetFromJsonAsync<JsonElement>($"/api/claims?deal={RoundDeal}&outlet=reuters");

        var claim = claims.GetProperty("items").EnumerateArray().First();
        Assert.Empty(claim.GetProperty("reliesOn").EnumerateArray());
        var origin = Assert.Single(claim.GetProperty("origins").EnumerateArray());
        Assert.Equal("reuters", origin.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal(claim.GetProperty("reportId").GetInt32(), origin.GetProperty("reportId").GetInt32());
    }

    [Fact]
    public async Task Claims_ChainThroughStoredReports_FollowsItToTheRootReport()
    {
        await using var db = _app.CreateDbContext();
        var reuters = await db.Reports.Where(r => r.Outlet!.Slug == "reuters").Select(r => r.Id).FirstAsync();
        var editor = await _app.CreateEditorClientAsync();
        var middle = await CreateAsync(editor, "Chain middle outlet", new { targetReportId = reuters, kind = "repeats" });
        var last = await CreateAsync(editor, "Chain last outlet", new { targetReportId = middle, kind = "cites" });

        var claims = await _client.GetFromJsonAsync<JsonElement>($"/api/claims?deal={RoundDeal}&outlet=chain-last-outlet");

        var claim = Assert.Single(claims.GetProperty("items").EnumerateArray());
        var reliance = Assert.Single(claim.GetProperty("reliesOn").EnumerateArray());
        Assert.Equal("chain-middle-outlet", reliance.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal("cites", reliance.GetProperty("kind").GetString());
        Assert.Equal(middle, reliance.GetProperty("reportId").GetInt32());
        var origin = Assert.Single(claim.GetProperty("origins").EnumerateArray());
        Assert.Equal("reuters", origin.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal(reuters, origin.GetProperty("reportId").GetInt32());
        Assert.Equal(last, claim.GetProperty("reportId").GetInt32());
    }

    [Fact]
    public async Task Reports_BentonSummary_CarriesItsRelianceAndOrigin()
    {
        var reports = await _client.GetFromJsonAsync<JsonElement>($"/api/reports?deal={ComputeDeal}&outlet=benton-institute");

        var report = Assert.Single(reports.GetProperty("items").EnumerateArray());
        var reliance = Assert.Single(report.GetProperty("reliesOn").EnumerateArray());
        Assert.Equal("wsj", reliance.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal("summarises", reliance.GetProperty("kind").GetString());
        Assert.Equal("wsj", Assert.Single(report.GetProperty("origins").EnumerateArray()).GetProperty("outlet").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Deal_FirstReportOfAValue_CarriesWhatItReliesOn()
    {
        await using var db = _app.CreateDbContext();
        var reuters = await db.Reports.Where(r => r.Outlet!.Slug == "reuters").Select(r => r.Id).FirstAsync();
        var first = await CreateAsync(await _app.CreateEditorClientAsync(), "First of seven", new { targetReportId = reuters, kind = "cites" }, amount: 7_000_000_000m);

        var deal = await _client.GetFromJsonAsync<JsonElement>($"/api/deals/{RoundDeal}");

        var figure = deal.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("metric").GetString() == "investment" && f.GetProperty("party").GetProperty("slug").GetString() == "amazon");
        var seven = figure.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetProperty("amount").GetDecimal() == 7_000_000_000m);
        var firstReport = seven.GetProperty("corroboration").GetProperty("first");
        Assert.Equal(first, firstReport.GetProperty("reportId").GetInt32());
        var reliance = Assert.Single(firstReport.GetProperty("reliesOn").EnumerateArray());
        Assert.Equal("reuters", reliance.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal(reuters, reliance.GetProperty("reportId").GetInt32());
    }

    [Fact]
    public async Task ExportJson_Reports_CarryWhatTheyRelyOn()
    {
        var export = await _client.GetFromJsonAsync<JsonElement>($"/api/deals/{ComputeDeal}/export.json");

        var benton = export.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("outlet").GetString() == "benton-institute");
        var reliance = Assert.Single(benton.GetProperty("reliesOn").EnumerateArray());
        Assert.Equal("The Wall Street Journal", reliance.GetProperty("outlet").GetProperty("name").GetString());
        Assert.Equal("summarises", reliance.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ExportCsv_HasAReliesOnColumnNamingOutletKindAndReport()
    {
        await using var db = _app.CreateDbContext();
        var reuters = await db.Reports.Where(r => r.Outlet!.Slug == "reuters").Select(r => r.Id).FirstAsync();
        await CreateAsync(await _app.CreateEditorClientAsync(), "=Csv chain outlet", new { targetReportId = reuters, kind = "cites" });

        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync($"/api/deals/{RoundDeal}/export.csv"));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var header = lines[0].TrimStart('\uFEFF').Split(',');
        Assert.Equal("relies_on", header[^1]);
        Assert.Contains(lines, l => l.EndsWith(",The Wall Street Journal (repeating)", StringComparison.Ordinal)); // Investing.com
        Assert.All(lines.Where(l => l.StartsWith($"{reuters},", StringComparison.Ordinal)), l => Assert.EndsWith(",", l, StringComparison.Ordinal)); // relies on no one
        var chained = Assert.Single(lines, l => l.Contains("Csv chain outlet", StringComparison.Ordinal));
        Assert.StartsWith("'=Csv chain outlet", chained.Split(',')[1], StringComparison.Ordinal); // spreadsheet-safe like every cell
        Assert.EndsWith($",\"Reuters (citing, report {reuters})\"", chained, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_RelianceOnAFormulaLikeOutlet_IsNeutralised()
    {
        var editor = await _app.CreateEditorClientAsync();
        var formula = await CreateAsync(editor, "@Formula outlet", reliance: null);
        await CreateAsync(editor, "Formula follower", new { targetReportId = formula, kind = "repeats" });

        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync($"/api/deals/{RoundDeal}/export.csv"));

        var follower = Assert.Single(csv.Split("\r\n"), l => l.Contains("Formula follower", StringComparison.Ordinal));
        Assert.EndsWith($",\"'@Formula outlet (repeating, report {formula})\"", follower, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ClaimAndReport_DescribeReliesOnAndOrigins()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "ClaimDto", "ReportDto" })
        {
            var properties = schemas.GetProperty(name).GetProperty("properties");
            Assert.True(properties.TryGetProperty("reliesOn", out _), $"{name} has no reliesOn");
            Assert.True(properties.TryGetProperty("origins", out _), $"{name} has no origins");
        }

        var reliance = schemas.GetProperty("RelianceDto").GetProperty("properties");
        Assert.True(reliance.TryGetProperty("outlet", out _));
        Assert.True(reliance.TryGetProperty("kind", out _));
        Assert.True(reliance.TryGetProperty("reportId", out _));
    }

    /// <summary>Enters, through the editors' API, a report by the outlet of that name (added first) stating Amazon's investment on the round, relying on what is given.</summary>
    private async Task<int> CreateAsync(HttpClient editor, string outlet, object? reliance, decimal amount = 50_000_000_000m)
    {
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Slug == RoundDeal);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        var outletId = await TestOutlets.AddAsync(_app, outlet, OutletKind.Online);
        var response = await editor.PostAsJsonAsync("/api/reports", new Dictionary<string, object?>
        {
            ["outletId"] = outletId,
            ["headline"] = $"{outlet} on Amazon's stake",
            ["summary"] = "Amazon could invest up to $50 billion in OpenAI.",
            ["url"] = $"https://example.com/attribution/{Guid.NewGuid():N}",
            ["publishedOn"] = "2026-02-03",
            ["publishedPrecision"] = "day",
            ["reliances"] = reliance is null ? new List<object>() : new List<object> { reliance },
            ["claims"] = new List<Dictionary<string, object?>>
            {
                new()
                {
                    ["dealId"] = deal.Id, ["metric"] = "investment", ["partyId"] = amazon.Id, ["hedge"] = "upTo",
                    ["amount"] = amount, ["currency"] = "USD", ["quote"] = $"up to ${amount / 1_000_000_000m:0} billion",
                    ["statement"] = $"Amazon may invest up to ${amount / 1_000_000_000m:0} billion.",
                },
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
