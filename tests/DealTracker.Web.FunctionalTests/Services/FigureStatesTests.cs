using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services;

/// <summary>
/// Every state an editor can bring a figure to renders everywhere: a figure stated only as "up to"
/// (its agreement starts at 0), one stated only as "or more" (no upper end), a deal whose figures are
/// all retracted, and a figure stated once. Each is arranged through the editors' write path, then
/// every page, API answer, feed, export and the report page's JSON-LD is read.
/// </summary>
public sealed partial class FigureStatesTests : IAsyncLifetime
{
    private const decimal Billion = 1_000_000_000m;
    private static readonly EditorStamp _editor = new("figure-states-test", DealTrackerAppFactory.EditorEmail);

    private readonly DealTrackerAppFactory _app = new();
    private int _amazonId;
    private int _openAiId;
    private int _reutersId;
    private int _axiosId;
    private int _urls;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await using var db = _app.CreateDbContext();
        _amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
        _openAiId = (await db.Parties.SingleAsync(p => p.Slug == "openai")).Id;
        _reutersId = (await db.Outlets.SingleAsync(o => o.Slug == "reuters")).Id;
        _axiosId = (await db.Outlets.SingleAsync(o => o.Slug == "axios")).Id;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Read_FigureStatedOnlyAsUpTo_RendersEverywhereAsUpTo()
    {
        var (slug, reports) = await ArrangeAsync("Up to only", HedgedAmount.UpTo(40 * Billion), HedgedAmount.UpTo(50 * Billion));

        var read = await ReadEverythingAsync(slug, reports);

        Assert.Contains("up to $40B", read.Overview, StringComparison.Ordinal);
        Assert.Contains("up to $40B", read.Compare, StringComparison.Ordinal);
        Assert.Contains("up to $40B", read.Timeline, StringComparison.Ordinal);
        Assert.Contains("up to $40B", read.Feed, StringComparison.Ordinal);
        Assert.Contains(",up to $40B,40000000000,USD,upTo,", read.Csv, StringComparison.Ordinal);
        Assert.Equal(["upTo", "upTo"], ExportedHedges(read.Export));
        var figure = Assert.Single(read.Deal.GetProperty("figures").EnumerateArray());
        var agreement = figure.GetProperty("agreement");
        Assert.Equal("upTo", agreement.GetProperty("hedge").GetString());
        Assert.Equal(40 * Billion, agreement.GetProperty("amount").GetDecimal());
        Assert.Equal("up to $40B", agreement.GetProperty("words").GetString());
        var amount = MonetaryAmount(read.JsonLd[0]);
        Assert.Equal(40 * Billion, amount.GetProperty("maxValue").GetDecimal());
        Assert.False(amount.TryGetProperty("minValue", out _));
    }

    [Fact]
    public async Task Read_FigureStatedOnlyAsOrMore_RendersEverywhereWithoutAnUpperEnd()
    {
        var (slug, reports) = await ArrangeAsync("Or more only", HedgedAmount.AtLeast(10 * Billion), HedgedAmount.AtLeast(20 * Billion));

        var read = await ReadEverythingAsync(slug, reports);

        Assert.Contains("$20B or more", read.Overview, StringComparison.Ordinal);
        Assert.Contains("$20B or more", read.Compare, StringComparison.Ordinal);
        Assert.Contains("marker-end", read.Compare, StringComparison.Ordinal); // the chart's bars run off the axis: no upper end
        Assert.Contains("$10B or more", read.Timeline, StringComparison.Ordinal);
        Assert.Contains("$20B or more", read.Feed, StringComparison.Ordinal);
        Assert.Contains(",$10B or more,10000000000,USD,atLeast,,,", read.Csv, StringComparison.Ordinal);
        Assert.Equal(["atLeast", "atLeast"], ExportedHedges(read.Export));
        var agreement = Assert.Single(read.Deal.GetProperty("figures").EnumerateArray()).GetProperty("agreement");
        Assert.Equal("atLeast", agreement.GetProperty("hedge").GetString());
        Assert.Equal("$20B or more", agreement.GetProperty("words").GetString());
        var amount = MonetaryAmount(read.JsonLd[0]);
        Assert.Equal(10 * Billion, amount.GetProperty("minValue").GetDecimal());
        Assert.False(amount.TryGetProperty("maxValue", out _));
    }

    [Fact]
    public async Task Read_DealWhoseFiguresAreAllRetracted_RendersWithoutFigures()
    {
        var (slug, reports) = await ArrangeAsync("All retracted", HedgedAmount.UpTo(40 * Billion), HedgedAmount.Exact(45 * Billion));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ReportEditor>();
            foreach (var id in reports)
            {
                var draft = await editor.LoadAsync(id);
                var result = await editor.RetractReportAsync(id, draft!.Version, "The outlet withdrew the story.", _editor);
                Assert.True(result.Succeeded, result.Message);
            }
        }

        var read = await ReadEverythingAsync(slug, reports);

        Assert.Empty(read.Deal.GetProperty("figures").EnumerateArray());
        Assert.All(read.Claims.GetProperty("items").EnumerateArray(), c => Assert.Equal("retracted", c.GetProperty("status").GetString()));
        Assert.Equal(2, read.Claims.GetProperty("total").GetInt32());
        Assert.All(read.JsonLd, ld => Assert.Contains("Retracted", ld.GetRawText(), StringComparison.Ordinal));
        Assert.Contains("retracted", read.Csv, StringComparison.Ordinal);
        Assert.All(read.Export.GetProperty("reports").EnumerateArray(), r => Assert.Equal("retracted", r.GetProperty("status").GetString()));
        Assert.DoesNotContain("dt-chart", read.Compare, StringComparison.Ordinal); // nothing standing to chart
    }

    [Fact]
    public async Task Read_FigureStatedOnce_RendersEverywhereAsThatFigure()
    {
        var (slug, reports) = await ArrangeAsync("Stated once", HedgedAmount.Exact(38 * Billion));

        var read = await ReadEverythingAsync(slug, reports);

        Assert.Contains("$38B", read.Overview, StringComparison.Ordinal);
        Assert.Contains("$38B", read.Compare, StringComparison.Ordinal);
        Assert.Contains("$38B", read.Timeline, StringComparison.Ordinal);
        Assert.Contains("$38B", read.Feed, StringComparison.Ordinal);
        Assert.Equal(["exact"], ExportedHedges(read.Export));
        var figure = Assert.Single(read.Deal.GetProperty("figures").EnumerateArray());
        Assert.Equal("$38B", figure.GetProperty("lead").GetProperty("words").GetString());
        Assert.False(figure.GetProperty("hasConflict").GetBoolean());
        Assert.Equal(38 * Billion, MonetaryAmount(Assert.Single(read.JsonLd)).GetProperty("value").GetDecimal());
    }

    /// <summary>A new deal between Amazon and OpenAI, and one report (Reuters, then Axios) stating each figure as Amazon's investment.</summary>
    private async Task<(string Slug, List<int> Reports)> ArrangeAsync(string title, params HedgedAmount[] figures)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogEditor>();
        var deal = await catalog.SaveDealAsync(new DealDraft
        {
            Title = $"Amazon–OpenAI {title}",
            Summary = "A deal arranged by the figure-states test.",
            Parties = [new() { PartyId = _amazonId, Role = PartyRole.ProspectiveInvestor }, new() { PartyId = _openAiId, Role = PartyRole.Raising }],
        }, _editor);
        Assert.True(deal.Succeeded, deal.Message);

        var editor = scope.ServiceProvider.GetRequiredService<ReportEditor>();
        var reports = new List<int>();
        for (var i = 0; i < figures.Length; i++)
        {
            var figure = figures[i];
            var words = QuoteWords(figure);
            var saved = await editor.SaveAsync(new ReportDraft
            {
                OutletId = i % 2 == 0 ? _reutersId : _axiosId,
                Headline = $"Amazon could invest {words} in OpenAI",
                Summary = $"Amazon is weighing an investment of {words} in OpenAI.",
                Url = $"https://example.com/figure-states/{Interlocked.Increment(ref _urls)}",
                PublishedOn = new DateOnly(2026, 2, 1 + i),
                PublishedPrecision = DatePrecision.Day,
                Claims =
                [
                    new ClaimDraft
                    {
                        DealId = deal.Id, Metric = Metric.Investment, PartyId = _amazonId, Statement = $"Amazon may invest {words}.",
                        Quote = words, Currency = figure.Currency, Hedge = figure.Hedge, Amount = figure.Amount, Low = figure.Low, High = figure.High,
                    },
                ],
            }, _editor);
            Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
            reports.Add(saved.Id);
        }

        await using var db = _app.CreateDbContext();
        return ((await db.Deals.SingleAsync(d => d.Id == deal.Id)).Slug, reports);
    }

    private static string QuoteWords(HedgedAmount figure) => figure.Hedge switch
    {
        Hedge.UpTo => $"up to ${figure.Amount / Billion} billion",
        Hedge.AtLeast => $"${figure.Amount / Billion} billion or more",
        _ => $"${figure.Amount / Billion} billion",
    };

    private sealed record Everything(
        string Overview, string Timeline, string Compare, string Feed, JsonElement Deal, JsonElement Claims, JsonElement Export, List<JsonElement> JsonLd, string Csv);

    /// <summary>Reads every page, API answer, feed and export of the deal and its reports: each answers 200 with no nonsense numbers.</summary>
    private async Task<Everything> ReadEverythingAsync(string slug, List<int> reports)
    {
        var client = _app.CreateClient();
        string[] paths =
        [
            "/", "/deals", $"/deals/{slug}", $"/deals/{slug}/timeline", $"/deals/{slug}/compare", "/outlets/reuters",
            "/api/deals", $"/api/deals/{slug}", $"/api/claims?deal={slug}", $"/api/reports?deal={slug}",
            $"/deals/{slug}/feed.atom", $"/api/deals/{slug}/export.json", $"/api/deals/{slug}/export.csv",
            .. reports.Select(id => $"/reports/{id}"),
        ];
        var bodies = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            // As words: a script hash or fingerprint in the page may hold the letters by chance.
            Assert.False(NotANumber().IsMatch(body), $"{path} states {NotANumber().Match(body).Value}");
            Assert.False(ZeroFloor().IsMatch(body), $"{path} states an interval from $0: {ZeroFloor().Match(body).Value}");
            bodies[path] = body;
        }

        var jsonLd = new List<JsonElement>();
        foreach (var id in reports)
        {
            var (_, page) = await HtmlPage.GetAsync(client, $"/reports/{id}");
            var script = page.QuerySelector("script[type='application/ld+json']");
            Assert.NotNull(script);
            jsonLd.Add(JsonDocument.Parse(script.TextContent).RootElement.Clone());
        }

        Assert.Contains("<entry>", bodies[$"/deals/{slug}/feed.atom"], StringComparison.Ordinal);
        return new Everything(
            await VisibleTextAsync(bodies[$"/deals/{slug}"]), await VisibleTextAsync(bodies[$"/deals/{slug}/timeline"]),
            bodies[$"/deals/{slug}/compare"], bodies[$"/deals/{slug}/feed.atom"],
            JsonDocument.Parse(bodies[$"/api/deals/{slug}"]).RootElement.Clone(),
            JsonDocument.Parse(bodies[$"/api/claims?deal={slug}"]).RootElement.Clone(),
            JsonDocument.Parse(bodies[$"/api/deals/{slug}/export.json"]).RootElement.Clone(),
            jsonLd, bodies[$"/api/deals/{slug}/export.csv"]);
    }

    private static async Task<string> VisibleTextAsync(string html)
    {
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return document.Body!.Text();
    }

    private static List<string?> ExportedHedges(JsonElement export) =>
        [.. export.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("claims").EnumerateArray())
            .Select(c => c.GetProperty("money").GetProperty("hedge").GetString())];

    private static JsonElement MonetaryAmount(JsonElement jsonLd) =>
        jsonLd.GetProperty("@graph").EnumerateArray()
            .Where(n => n.GetProperty("@type").GetString() == "Claim")
            .SelectMany(n => n.GetProperty("about").EnumerateArray())
            .Single(a => a.GetProperty("@type").GetString() == "MonetaryAmount");

    // "$0–$40B", "$0B – ", "$0 billion –": an interval that starts at nothing.
    [GeneratedRegex(@"\$0(\.0+)?\s*(B|billion)?\s*[–-]\s*\$?\d")]
    private static partial Regex ZeroFloor();

    [GeneratedRegex(@"(?<![A-Za-z0-9+/=-])(?:NaN|-?Infinity)(?![A-Za-z0-9+/=])")]
    private static partial Regex NotANumber();
}
