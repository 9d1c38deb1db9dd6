using System.Text.Json;
using AngleSharp.Dom;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Reports;

/// <summary>The schema.org JSON-LD in the head of a report page: the report, its claims, their amounts and first appearances.</summary>
public sealed class ReportJsonLdTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const decimal Billion = 1_000_000_000m;

    [Fact]
    public async Task Get_ReportPage_DescribesTheReportAsANewsArticleByItsOutlet()
    {
        var id = await ReportIdAsync("Reuters");

        var (graph, _) = await JsonLdAsync($"/reports/{id}");

        var article = Assert.Single(graph, node => Type(node) == "NewsArticle");
        Assert.Equal($"http://localhost/reports/{id}#report", article.GetProperty("@id").GetString());
        Assert.Equal($"http://localhost/reports/{id}", article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("2026-01-29", article.GetProperty("datePublished").GetString());
        Assert.StartsWith("Amazon is in talks", article.GetProperty("description").GetString(), StringComparison.Ordinal);
        var publisher = article.GetProperty("publisher");
        Assert.Equal("Organization", Type(publisher));
        Assert.Equal("Reuters", publisher.GetProperty("name").GetString());
        Assert.Equal("https://www.reuters.com", publisher.GetProperty("url").GetString());
        Assert.False(article.TryGetProperty("headline", out _)); // the seed stores no headline it was not given
        Assert.False(article.TryGetProperty("creativeWorkStatus", out _));
    }

    [Fact]
    public async Task Get_ReportPage_HasAClaimForAsMuchAs50BillionWithItsAmountAppearanceAndFirstAppearance()
    {
        var id = await ReportIdAsync("Reuters");

        var (graph, _) = await JsonLdAsync($"/reports/{id}");

        var claim = Assert.Single(graph, node => Type(node) == "Claim" && node.TryGetProperty("description", out var quote) && quote.GetString() == "as much as $50 billion");
        Assert.Equal("Amazon is in talks to invest as much as $50 billion in OpenAI.", claim.GetProperty("text").GetString());
        Assert.Equal($"http://localhost/reports/{id}#report", claim.GetProperty("appearance").GetProperty("@id").GetString());
        Assert.Equal($"http://localhost/reports/{id}#report", claim.GetProperty("firstAppearance").GetProperty("@id").GetString());
        var about = claim.GetProperty("about").EnumerateArray().ToList();
        Assert.Contains(about, node => node.GetProperty("@id").GetString() == "http://localhost/deals/amazon-openai-2026-round");
        var amount = Assert.Single(about, node => Type(node) == "MonetaryAmount");
        Assert.Equal("USD", amount.GetProperty("currency").GetString());
        Assert.Equal(50 * Billion, amount.GetProperty("maxValue").GetDecimal());
        Assert.False(amount.TryGetProperty("minValue", out _));
        Assert.False(amount.TryGetProperty("value", out _));
        Assert.Equal("Amazon’s investment", amount.GetProperty("name").GetString());
        Assert.Equal("up to $50B", amount.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Get_ReportPageOfARepeatedFigure_GivesTheEarliestDatedReportAsFirstAppearance()
    {
        var reutersId = await ReportIdAsync("Reuters");
        var axiosId = await ReportIdAsync("Axios");

        var (graph, _) = await JsonLdAsync($"/reports/{axiosId}");

        var claim = Assert.Single(graph, node => Type(node) == "Claim" && node.TryGetProperty("description", out var quote) && quote.GetString() == "up to $50 billion");
        var first = claim.GetProperty("firstAppearance");
        Assert.Equal($"http://localhost/reports/{reutersId}#report", first.GetProperty("@id").GetString());
        Assert.Equal("2026-01-29", first.GetProperty("datePublished").GetString());
        Assert.Equal("Reuters", first.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal($"http://localhost/reports/{axiosId}#report", claim.GetProperty("appearance").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task Get_ReportPage_WritesEachHedgeAsTheIntervalItAllows()
    {
        int ftLater, ftEarlier, nyPost;
        await using (var db = app.CreateDbContext())
        {
            var ft = await db.Reports.Where(r => r.Outlet!.Slug == "financial-times").OrderBy(r => r.PublishedOn).Select(r => r.Id).ToListAsync();
            (ftEarlier, ftLater) = (ft[0], ft[1]);
            nyPost = await ReportIdAsync("New York Post");
        }

        var (ftGraph, _) = await JsonLdAsync($"/reports/{ftLater}");
        var (postGraph, _) = await JsonLdAsync($"/reports/{nyPost}");

        // "$10B or more": at least → minValue only; first carried by the FT's piece of 28 Jan.
        var atLeast = Assert.Single(ftGraph, node => Type(node) == "Claim" && Amount(node) is not null);
        Assert.Equal(10 * Billion, Amount(atLeast)!.Value.GetProperty("minValue").GetDecimal());
        Assert.False(Amount(atLeast)!.Value.TryGetProperty("maxValue", out _));
        Assert.Equal($"http://localhost/reports/{ftEarlier}#report", atLeast.GetProperty("firstAppearance").GetProperty("@id").GetString());

        // "~$830B valuation": approximately → value with the ±10% bounds; "a $100B raise": exact → value only.
        var approximately = Amount(Assert.Single(postGraph, node => Type(node) == "Claim" && Amount(node)?.GetProperty("description").GetString() == "~$830B"))!.Value;
        Assert.Equal(830 * Billion, approximately.GetProperty("value").GetDecimal());
        Assert.Equal(747 * Billion, approximately.GetProperty("minValue").GetDecimal());
        Assert.Equal(913 * Billion, approximately.GetProperty("maxValue").GetDecimal());
        var exact = Amount(Assert.Single(postGraph, node => Type(node) == "Claim" && Amount(node)?.GetProperty("description").GetString() == "$100B"))!.Value;
        Assert.Equal(100 * Billion, exact.GetProperty("value").GetDecimal());
        Assert.False(exact.TryGetProperty("minValue", out _));
        Assert.False(exact.TryGetProperty("maxValue", out _));
    }

    [Fact]
    public async Task Get_ReportPageWithScriptTagsInItsText_StaysInsideTheScriptElement()
    {
        const string headline = "</script><script>alert('headline')</script><!-- & \"quoted\"";
        var id = await AddReportAsync(headline, "A summary that ends </SCRIPT > early", "</script><script>alert('statement')</script>", low: 16 * Billion);

        var (graph, page) = await JsonLdAsync($"/reports/{id}");

        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain(page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json"),
            script => script.TextContent.Contains("alert", StringComparison.Ordinal));
        var article = Assert.Single(graph, node => Type(node) == "NewsArticle");
        Assert.Equal(headline, article.GetProperty("headline").GetString());
        Assert.Equal("A summary that ends </SCRIPT > early", article.GetProperty("description").GetString());
        Assert.Contains(graph, node => Type(node) == "Claim" && node.GetProperty("text").GetString() == "</script><script>alert('statement')</script>");
        Assert.Equal(headline, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_ReportPageWithARangeAndARetractedClaim_GivesBothEndsAndFlagsTheRetraction()
    {
        var id = await AddReportAsync("Amazon weighs $15 billion to $25 billion", "A report with a range and a retracted figure", "Amazon would invest $15B–$25B.", low: 15 * Billion);

        var (graph, _) = await JsonLdAsync($"/reports/{id}");

        var range = Assert.Single(graph, node => Type(node) == "Claim" && Amount(node)?.GetProperty("description").GetString() == "$15B–$25B");
        Assert.Equal(15 * Billion, Amount(range)!.Value.GetProperty("minValue").GetDecimal());
        Assert.Equal(25 * Billion, Amount(range)!.Value.GetProperty("maxValue").GetDecimal());
        Assert.False(range.TryGetProperty("creativeWorkStatus", out _));
        Assert.Equal($"http://localhost/reports/{id}#report", range.GetProperty("firstAppearance").GetProperty("@id").GetString());
        var retracted = Assert.Single(graph, node => Type(node) == "Claim" && node.TryGetProperty("creativeWorkStatus", out _));
        Assert.Equal("Retracted", retracted.GetProperty("creativeWorkStatus").GetString());
        Assert.Equal(120 * Billion, Amount(retracted)!.Value.GetProperty("minValue").GetDecimal());
    }

    private static string? Type(JsonElement node) => node.TryGetProperty("@type", out var type) ? type.GetString() : null;

    private static JsonElement? Amount(JsonElement claim) =>
        claim.TryGetProperty("about", out var about)
            ? about.EnumerateArray().Where(node => Type(node) == "MonetaryAmount").Select(node => (JsonElement?)node).SingleOrDefault()
            : null;

    /// <summary>The page's JSON-LD (the one script of that type, in the head), parsed, as its @graph nodes.</summary>
    private async Task<(List<JsonElement> Graph, IDocument Page)> JsonLdAsync(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), path);
        response.EnsureSuccessStatusCode();
        var script = Assert.Single(page.Head!.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return ([.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(node => node.Clone())], page);
    }

    /// <summary>A dated report by a new outlet on the featured deal with a range (low to low + $10B) for Amazon's investment and a retracted round size.</summary>
    private async Task<int> AddReportAsync(string headline, string summary, string statement, decimal low)
    {
        await using var db = app.CreateDbContext(); // saving bumps the store version, so no page shows a cached copy
        var dealId = (await db.Deals.SingleAsync(d => d.IsFeatured)).Id;
        var amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
        var outlet = Guid.NewGuid().ToString("N")[..8];
        var report = new Report
        {
            Outlet = new Outlet { Slug = $"test-wire-{outlet}", Name = $"Test wire {outlet}", Kind = OutletKind.Wire },
            Headline = headline, Summary = summary, Published = PartialDate.OnDay(2026, 2, 3),
        };
        report.Claims.Add(new Claim
        {
            DealId = dealId, PartyId = amazonId, Metric = Metric.Investment, Statement = statement,
            Quote = "a range of figures", Money = HedgedAmount.Between(low, low + (10 * Billion)),
        });
        report.Claims.Add(new Claim
        {
            DealId = dealId, Metric = Metric.RoundSize, Statement = "OpenAI would raise $120B or more.",
            Quote = "$120 billion or more", Money = HedgedAmount.AtLeast(120 * Billion),
            Status = ClaimStatus.Retracted, RetractionReason = "Misread figure",
        });
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    private async Task<int> ReportIdAsync(string outlet)
    {
        await using var db = app.CreateDbContext();
        return await db.Reports.Where(r => r.Outlet!.Name == outlet).Select(r => r.Id).SingleAsync();
    }
}
