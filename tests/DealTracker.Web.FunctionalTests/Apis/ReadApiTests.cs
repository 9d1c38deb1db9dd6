using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Text;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>The read API's contract over the real pipeline: shapes, filters, paging, 400s, 304s, CORS.</summary>
public sealed class ReadApiTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient();
        await _app.InitializeAsync();

        // On PostgreSQL the node's listener bumps the store version once when it first reads the version row; a read made before that
        // is cached under the old version, so the cache tests would see one more query (CI on a loaded machine, 2026-12-03).
        await StoreListener.WaitUntilListeningAsync(_app.Services);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Deals_List_HasBothSeededDealsWithStageWords()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/deals");
        var deals = list.GetProperty("items");

        Assert.Equal(2, deals.GetArrayLength());
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var round = deals.EnumerateArray().Single(d => d.GetProperty("slug").GetString() == "amazon-openai-2026-round");
        Assert.Equal("inTalks", round.GetProperty("stage").GetString());
        Assert.True(round.GetProperty("isFeatured").GetBoolean());
        Assert.Equal(10, round.GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task Deal_Detail_HasHeadlineFiguresWithHedgedAmountsAndCorroboration()
    {
        var deal = await _client.GetFromJsonAsync<JsonElement>("/api/deals/amazon-openai-2026-round");

        var investment = deal.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("metric").GetString() == "investment");
        Assert.Equal("amazon", investment.GetProperty("party").GetProperty("slug").GetString());
        var lead = investment.GetProperty("lead");
        Assert.Equal("upTo", lead.GetProperty("hedge").GetString());
        Assert.Equal(50_000_000_000m, lead.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", lead.GetProperty("currency").GetString());
        Assert.Equal("up to $50B", lead.GetProperty("words").GetString());
        Assert.True(investment.GetProperty("corroboration").GetProperty("outlets").GetInt32() >= 5);
        Assert.Equal("Financial Times", investment.GetProperty("corroboration").GetProperty("first").GetProperty("outlet").GetString()); // "$10B or more", 28 Jan
        var leadValue = investment.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetProperty("words").GetString() == "up to $50B");
        Assert.Equal("Reuters", leadValue.GetProperty("corroboration").GetProperty("first").GetProperty("outlet").GetString());
        Assert.Equal("2026-01-29", leadValue.GetProperty("corroboration").GetProperty("first").GetProperty("date").GetProperty("date").GetString());
        Assert.Contains(investment.GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetProperty("hedge").GetString() == "atLeast");
    }

    [Fact]
    public async Task Deal_AsOfBeforeReuters_HasNoFiftyBillionLead()
    {
        var deal = await _client.GetFromJsonAsync<JsonElement>("/api/deals/amazon-openai-2026-round?asOf=2026-01-28");

        Assert.DoesNotContain(deal.GetProperty("figures").EnumerateArray(), f => f.GetProperty("lead").GetProperty("words").GetString() == "up to $50B");
    }

    [Fact]
    public async Task Deal_Unknown_Answers404Problem()
    {
        var response = await _client.GetAsync("/api/deals/no-such-deal");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Claims_FilteredByDealMetricAndOutlet_CarryOutletNameAndReportDate()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/claims?deal=amazon-openai-2026-round&metric=investment&outlet=reuters");

        var claim = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("Reuters", claim.GetProperty("outletName").GetString());
        Assert.Equal("2026-01-29", claim.GetProperty("reportDate").GetProperty("date").GetString());
        Assert.Equal("day", claim.GetProperty("reportDate").GetProperty("precision").GetString());
        Assert.Equal("as much as $50 billion", claim.GetProperty("quote").GetString());
        Assert.Equal("upTo", claim.GetProperty("money").GetProperty("hedge").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("money").GetProperty("low").ValueKind);
    }

    [Fact]
    public async Task Claims_Paged_SaysTheTotalAndReturnsTheRequestedPage()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=200");
        var total = all.GetProperty("total").GetInt32();

        var second = await _client.GetFromJsonAsync<JsonElement>("/api/claims?page=2&pageSize=5");

        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(5, second.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Skip(5).Take(5).Select(c => c.GetProperty("id").GetInt32()),
            second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        var defaults = await _client.GetFromJsonAsync<JsonElement>("/api/claims");
        Assert.Equal(50, defaults.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Reports_FilteredByDateRange_KeepOnlyThoseInside()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/reports?from=2026-01-29&to=2026-01-29&outlet=reuters");

        var report = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("reuters", report.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Contains("amazon-openai-2026-round", report.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("/api/claims?pageSize=201", "pageSize")]
    [InlineData("/api/claims?pageSize=0", "pageSize")]
    [InlineData("/api/claims?page=0", "page")]
    [InlineData("/api/claims?page=abc", "page")]
    [InlineData("/api/claims?metric=price", "metric")]
    [InlineData("/api/claims?status=deleted", "status")]
    [InlineData("/api/reports?from=29/01/2026", "from")]
    [InlineData("/api/reports?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("/api/reports?deal=no-such-deal", "deal")]
    [InlineData("/api/reports?outlet=no-such-outlet", "outlet")]
    [InlineData("/api/events?party=nobody", "party")]
    [InlineData("/api/deals/amazon-openai-2026-round?asOf=yesterday", "asOf")]
    public async Task List_BadParameter_Answers400NamingIt(string path, string parameter)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/deals")]
    [InlineData("/api/deals/amazon-openai-2026-round")]
    [InlineData("/api/reports")]
    [InlineData("/api/claims?deal=amazon-openai-2026-round")]
    [InlineData("/api/outlets")]
    [InlineData("/api/events")]
    [InlineData("/api/deals/amazon-openai-2026-round/export.json")]
    public async Task Get_WithItsETag_Answers304UntilSomethingIsSaved(string path)
    {
        var first = await _client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        await using (var db = _app.CreateDbContext())
        {
            db.Outlets.Add(new DealTracker.Domain.Outlets.Outlet { Slug = $"etag-{Guid.NewGuid():N}", Name = "ETag test outlet" });
            await db.SaveChangesAsync();
        }

        var afterSave = new HttpRequestMessage(HttpMethod.Get, path);
        afterSave.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(afterSave)).StatusCode);
    }

    [Theory]
    [InlineData("/api/claims")]
    [InlineData("/api/reports?pageSize=200")]
    [InlineData("/api/events")]
    [InlineData("/api/deals")]
    [InlineData("/api/outlets")]
    public async Task List_ReadAgainAnonymously_IsServedFromTheCacheWithItsETagAndNoQuery(string path)
    {
        var first = await _client.GetAsync(path);
        _app.Commands.Reset();

        var again = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(_app.Commands.Count == 0, _app.Commands.Texts);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outlets_ReadAfterASave_ShowTheNewOutletWithANewETag()
    {
        var before = await _client.GetAsync("/api/outlets");
        var slug = $"cached-{Guid.NewGuid():N}";
        await using (var db = _app.CreateDbContext())
        {
            db.Outlets.Add(new DealTracker.Domain.Outlets.Outlet { Slug = slug, Name = "Cache test outlet" });
            await db.SaveChangesAsync();
        }

        var after = await _client.GetAsync("/api/outlets");

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains(slug, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_IsAllowedByCors()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/claims");
        request.Headers.Add("Origin", "https://example.org");

        var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Preflight_ForAWrite_IsNotAllowedByCors()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/reports");
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin") && response.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryApiEndpoint()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/deals", "/api/deals/{slug}", "/api/reports", "/api/claims", "/api/outlets", "/api/events", "/api/extract", "/api/import",
                                     "/api/deals/{slug}/export.json", "/api/deals/{slug}/export.csv", "/api/history/{itemType}/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document.");
            foreach (var operation in item.EnumerateObject())
            {
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path} has no summary.");
                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(), $"{operation.Name} {path} has no responses.");
            }
        }

        var claims = paths.GetProperty("/api/claims").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["deal", "outlet", "metric", "party", "status", "from", "to", "page", "pageSize", "cursor"], claims);

        // The metrics the parameter takes are read from the enum: every one of them is documented.
        var metric = paths.GetProperty("/api/claims").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "metric").GetProperty("description").GetString();
        Assert.Equal($"A metric: {string.Join(", ", EnumNames.Tokens<Metric>())}.", metric);
    }

    [Fact]
    public async Task ApiReference_Page_IsServed()
    {
        var response = await _app.CreateClient().GetAsync("/api/reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DealTracker API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_DataSection_LinksToTheExports()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/deals/amazon-openai-2026-round");

        var links = page.QuerySelectorAll(".dt-data-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/api/deals/amazon-openai-2026-round/export.csv", links);
        Assert.Contains("/api/deals/amazon-openai-2026-round/export.json", links);
    }
}
