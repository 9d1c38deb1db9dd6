using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// The editors' write API refusing what it cannot take as written, over the real pipeline: amounts whose hedge interval would not
/// fit, text no reader can see or that holds control characters, values a request would drop silently, loose words, codes, dates
/// and links; and a retracted claim kept as it is.
/// </summary>
public sealed class ReportsApiInputTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _editor = default!;
    private int _dealId;
    private int _amazonId;
    private int _outletId;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
        await using var db = _app.CreateDbContext();
        _dealId = (await db.Deals.SingleAsync(d => d.IsFeatured)).Id;
        _amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
        _outletId = await TestOutlets.AddAsync(_app, "Input rules outlet");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("approximately", "999999999999999999999999999")]
    [InlineData("approximately", "909090909090909090909090910")]
    [InlineData("exact", "1000000000000000000000000001")]
    [InlineData("upTo", "1000000000000000000000000001")]
    [InlineData("atLeast", "1000000000000000000000000001")]
    public async Task Create_AmountWhoseIntervalCannotBeHeld_Answers400NamingTheAmount(string hedge, string amount)
    {
        var response = await PostAsync(Report("https://example.com/limit-" + hedge + amount[^3..], Valuation(hedge, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

        await AssertRefusedAsync(response, "Claims[0].Amount", "at most");
    }

    [Fact]
    public async Task Create_RangeHighEndPastTheLimit_Answers400NamingHigh()
    {
        var claim = Valuation("range", null);
        claim["low"] = 5m;
        claim["high"] = 1_000_000_000_000_000_000_000_000_001m;

        await AssertRefusedAsync(await PostAsync(Report("https://example.com/limit-range", claim)), "Claims[0].High", "at most 10^27");
    }

    [Fact]
    public async Task Create_LargestApproximatelyThenAnotherFigureAndRetraction_AllSucceed()
    {
        var first = await PostAsync(Report("https://example.com/edge-approx", Valuation("approximately", HedgedAmount.MaxApproximateAmount)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var second = await PostAsync(Report("https://example.com/edge-atleast", Valuation("atLeast", 5m)));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var saved = (await first.Content.ReadFromJsonAsync<JsonElement>());
        var retract = await _editor.PostAsJsonAsync($"/api/reports/{saved.GetProperty("id").GetInt32()}/retract",
            new { version = saved.GetProperty("version").GetInt32(), reason = "Test" });
        Assert.Equal(HttpStatusCode.OK, retract.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/deals/amazon-openai-2026-round/compare")).StatusCode);
    }

    [Fact]
    public async Task Create_NextToAnApproximatelyStoredPastTheBound_WritesAndRetractionsSucceed()
    {
        // An "approximately" of 10^27 entered before the bound: its interval reaches 1.1 × 10^27, which no range can state.
        var stored = await PostAsync(Report("https://example.com/stored-before", Valuation("exact", 5m)));
        var storedId = (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using (var db = _app.CreateDbContext())
        {
            var claim = await db.Claims.AsTracking().SingleAsync(c => c.ReportId == storedId);
            claim.Money = HedgedAmount.Approximately(HedgedAmount.MaxAmount);
            await db.SaveChangesAsync();
        }

        var next = await PostAsync(Report("https://example.com/after-stored", Valuation("atLeast", 5m)));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var saved = await next.Content.ReadFromJsonAsync<JsonElement>();
        var retract = await _editor.PostAsJsonAsync($"/api/reports/{saved.GetProperty("id").GetInt32()}/retract",
            new { version = saved.GetProperty("version").GetInt32(), reason = "Test" });
        Assert.Equal(HttpStatusCode.OK, retract.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/deals/amazon-openai-2026-round/compare")).StatusCode);
    }

    [Theory]
    [InlineData("bad\u0000")]
    [InlineData("nul \u0000 esc \u001b[31m")]
    [InlineData("bell \u0007")]
    [InlineData("\u200B")]
    [InlineData("\u0301\u0301")]
    public async Task Retract_ReasonWithControlOrOnlyInvisibleCharacters_Answers400NamingReason(string reason)
    {
        var (reportId, claimId) = await SavedAsync("https://example.com/reason-" + (int)reason[^1]);

        await AssertRefusedAsync(await _editor.PostAsJsonAsync($"/api/reports/{reportId}/retract", new { version = 1, reason }), "Reason", "");
        await AssertRefusedAsync(await _editor.PostAsJsonAsync($"/api/claims/{claimId}/retract", new { version = 1, reason }), "Reason", "");
    }

    [Theory]
    [InlineData("headline", "\u200B", "Headline")]
    [InlineData("headline", "\u0301\u0301", "Headline")]
    [InlineData("sourceNote", "esc \u001b[31m", "SourceNote")]
    [InlineData("headline", "\u202EAmazon to invest", "Headline")]
    public async Task Create_TextOnlyInvisibleOrWithControlCharacters_Answers400NamingIt(string field, string value, string named)
    {
        var body = Report("https://example.com/text-" + field + (int)value[0], Valuation("exact", 5m));
        body[field] = value;
        body["summary"] = "A summary";

        await AssertRefusedAsync(await PostAsync(body), named, "");
    }

    [Fact]
    public async Task Update_SameClaimListedTwice_Answers400NamingTheSecond()
    {
        var (reportId, claimId) = await SavedAsync("https://example.com/twice");
        var body = Report("https://example.com/twice", Valuation("exact", 6m), Valuation("exact", 7m));
        body["version"] = 1;
        var claims = (List<Dictionary<string, object?>>)body["claims"]!;
        claims[0]["id"] = claims[1]["id"] = claimId;
        claims[0]["version"] = claims[1]["version"] = 1;

        await AssertRefusedAsync(await _editor.PutAsJsonAsync($"/api/reports/{reportId}", body), "Claims[1]", "listed twice");
    }

    [Theory]
    [InlineData("context", "amount", 5, "Claims[0].Amount")]
    [InlineData("response", "low", 5, "Claims[0].Low")]
    [InlineData("valuation", "talksStage", "advanced", "Claims[0].TalksStage")]
    [InlineData("stageOfTalks", "talksStage", null, "Claims[0].TalksStage")]
    public async Task Create_FieldTheMetricDoesNotTakeOrLacks_Answers400NamingIt(string metric, string field, object? value, string named)
    {
        var claim = Valuation("exact", metric is "valuation" ? 5m : null);
        claim["metric"] = metric;
        claim["statement"] = "Something was said.";
        claim[field] = value;

        await AssertRefusedAsync(await PostAsync(Report($"https://example.com/ignored-{metric}-{field}", claim)), named, "");
    }

    [Theory]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("5e-30")]
    [InlineData("0.123456789")]
    public async Task Create_AmountMorePreciseThanHeld_Answers400SayingDecimalPlaces(string amount)
    {
        var json = $$"""
            {"outletId":{{_outletId}},"headline":"Precise","url":"https://example.com/precise-{{amount.Length}}","publishedOn":"2026-02-02",
             "claims":[{"dealId":{{_dealId}},"metric":"valuation","hedge":"exact","amount":{{amount}},"currency":"USD","quote":"x"}]}
            """;

        await AssertRefusedAsync(await PostRawAsync(json), "claims[0].amount", "decimal places");
    }

    [Fact]
    public async Task Create_DuplicateProperty_Answers400NamingIt()
    {
        var json = $$"""{"outletId":{{_outletId}},"outletId":6,"headline":"Twice","url":"https://example.com/dup-key","claims":[]}""";

        await AssertRefusedAsync(await PostRawAsync(json), "outletId", "twice");
    }

    [Theory]
    [InlineData("metric", " investment", "investment")]
    [InlineData("hedge", "roughly", "approximately")]
    [InlineData("metric", "Investment,Valuation", "roundSize")]
    public async Task Create_WordNotTakenAsWritten_Answers400ListingTheWords(string field, string value, string listed)
    {
        var claim = Valuation("exact", 5m);
        claim[field] = value;

        await AssertRefusedAsync(await PostAsync(Report("https://example.com/word-" + field + value.Length, claim)), $"claims[0].{field}", listed);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("BTC")]
    public async Task Create_CurrencyNotInIso4217_Answers400NamingCurrency(string currency)
    {
        var claim = Valuation("exact", 5m);
        claim["currency"] = currency;

        await AssertRefusedAsync(await PostAsync(Report("https://example.com/currency-" + currency, claim)), "Claims[0].Currency", "ISO 4217");
    }

    [Theory]
    [InlineData("0001-01-01", "PublishedOn", "1900")]
    [InlineData("1899-12-31", "PublishedOn", "1900")]
    [InlineData("2026-02", "publishedOn", "YYYY-MM-DD")]
    [InlineData("02/02/2026", "publishedOn", "YYYY-MM-DD")]
    public async Task Create_DateOutOfRangeOrMalformed_Answers400WithTheRule(string date, string named, string says)
    {
        var body = Report("https://example.com/date-" + date.Replace("/", "-", StringComparison.Ordinal), Valuation("exact", 5m));
        body["publishedOn"] = date;

        await AssertRefusedAsync(await PostAsync(body), named, says);
    }

    [Theory]
    [InlineData("https://exa\u200Bmple.com/z")]
    [InlineData("https://example.com/\uFEFFz")]
    [InlineData("https://example.com/a\u00ADb")]
    public async Task Create_LinkWithInvisibleCharacter_Answers400NamingUrl(string url) =>
        await AssertRefusedAsync(await PostAsync(Report(url, Valuation("exact", 5m))), "Url", "");

    [Theory]
    [InlineData("https://www.ex.com/b")]
    [InlineData("http://ex.com/b")]
    [InlineData("https://ex.com/b?utm_source=x")]
    [InlineData("https://WWW.EX.com:443/b/?utm_source=x#f")]
    public async Task Create_SameStoryUnderAnotherSpelling_Answers400NamingTheReport(string url)
    {
        var (reportId, _) = await SavedAsync("https://ex.com/b");

        await AssertRefusedAsync(await PostAsync(Report(url, Valuation("exact", 5m))), "Url", $"report {reportId}");
    }

    [Fact]
    public async Task Create_BodyInUtf16_Answers415()
    {
        var content = new StringContent("{}", Encoding.Unicode, "application/json");

        var response = await _editor.PostAsync("/api/reports", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateClaim_Retracted_Answers409AndKeepsIt()
    {
        var (_, claimId) = await SavedAsync("https://example.com/frozen");
        int version;
        await using (var before = _app.CreateDbContext())
        {
            version = (await before.Claims.SingleAsync(c => c.Id == claimId)).Version;
        }

        var retracted = await _editor.PostAsJsonAsync($"/api/claims/{claimId}/retract", new { version, reason = "Wrong figure" });
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        var edit = Valuation("exact", 9m);
        edit["version"] = (await retracted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var response = await _editor.PutAsJsonAsync($"/api/claims/{claimId}", edit);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The claim is retracted", problem.GetProperty("title").GetString());
        Assert.Contains("new claim", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(5m, (await db.Claims.SingleAsync(c => c.Id == claimId)).Amount);
    }

    [Fact]
    public async Task UpdateReport_RetractedClaimRowChanged_Answers409TitledRetractedAndKeepsIt()
    {
        var (reportId, claimId) = await SavedAsync("https://example.com/frozen-row");
        int claimVersion;
        await using (var before = _app.CreateDbContext())
        {
            claimVersion = (await before.Claims.SingleAsync(c => c.Id == claimId)).Version;
        }

        var retracted = await _editor.PostAsJsonAsync($"/api/claims/{claimId}/retract", new { version = claimVersion, reason = "Wrong figure" });
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        var row = Valuation("exact", 9m);
        row["id"] = claimId;
        row["version"] = (await retracted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var edit = Report("https://example.com/frozen-row", row);
        await using (var current = _app.CreateDbContext())
        {
            edit["version"] = (await current.Reports.SingleAsync(r => r.Id == reportId)).Version;
        }

        var response = await _editor.PutAsJsonAsync($"/api/reports/{reportId}", edit);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The claim is retracted", problem.GetProperty("title").GetString());
        Assert.Contains($"Claim {claimId} is retracted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(5m, (await db.Claims.SingleAsync(c => c.Id == claimId)).Amount);
    }

    [Fact]
    public async Task OpenApi_ClaimAmountsReadAsWritten_StillDocumentedAsNumbers()
    {
        var document = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var claim = document.GetProperty("components").GetProperty("schemas").GetProperty("ReportClaimRequest").GetProperty("properties");

        Assert.All(["amount", "low", "high"], field => Assert.Contains("number", claim.GetProperty(field).GetRawText(), StringComparison.Ordinal));
    }

    private Dictionary<string, object?> Valuation(string hedge, decimal? amount) => new()
    {
        ["dealId"] = _dealId, ["metric"] = "valuation", ["partyId"] = null, ["hedge"] = hedge,
        ["amount"] = amount, ["currency"] = "USD", ["quote"] = "a valuation",
    };

    private Dictionary<string, object?> Report(string url, params Dictionary<string, object?>[] claims) => new()
    {
        ["outletId"] = _outletId,
        ["headline"] = "Valuation test " + url,
        ["url"] = url,
        ["publishedOn"] = "2026-02-02",
        ["claims"] = claims.ToList(),
    };

    private async Task<(int ReportId, int ClaimId)> SavedAsync(string url)
    {
        await using (var known = _app.CreateDbContext())
        {
            if (await known.Reports.Where(r => r.Url == url).Select(r => (int?)r.Id).SingleOrDefaultAsync() is { } existing)
            {
                return (existing, (await known.Claims.SingleAsync(c => c.ReportId == existing)).Id);
            }
        }

        var response = await PostAsync(Report(url, Valuation("exact", 5m)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = _app.CreateDbContext();
        return (id, (await db.Claims.SingleAsync(c => c.ReportId == id)).Id);
    }

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, object?> body) => _editor.PostAsJsonAsync("/api/reports", body);

    private Task<HttpResponseMessage> PostRawAsync(string json) =>
        _editor.PostAsync("/api/reports", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A 400 whose errors name <paramref name="field"/> (any case) with a message holding <paramref name="says"/>; nothing new stored.</summary>
    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string says)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        var named = errors.EnumerateObject().Where(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(named.Count == 1, $"no error named {field}: {body}");
        Assert.Contains(says, named[0].Value[0].GetString(), StringComparison.Ordinal);
    }
}
