using System.Net;
using AngleSharp.Dom;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Deals;

/// <summary>The deal overview as a reader gets it: prerendered HTML over the real HTTP pipeline.</summary>
public sealed class OverviewPageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task Get_HomePage_ShowsTheFeaturedDealWithStageAndParties()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Amazon investment in OpenAI (2026 round)", page.QuerySelector("h1")!.Text());
        Assert.Contains("In talks", page.QuerySelector(".dt-stage")!.Text(), StringComparison.Ordinal);
        var parties = page.QuerySelector("[aria-labelledby=parties-heading]")!.Text();
        foreach (var name in new[] { "OpenAI", "Amazon", "Microsoft", "Nvidia", "SoftBank", "Andy Jassy", "Sam Altman" })
        {
            Assert.Contains(name, parties, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Amazon’s investment", "up to $50B", "“as much as $50 billion”")]
    [InlineData("Round size", "up to $100B", "“up to $100 billion in new capital”")]
    [InlineData("Valuation", "~$830B", "“around $830 billion”")]
    public async Task Get_HomePage_ShowsEachHeadlineFigureInItsHedgeWordsWithOutletAndDate(string title, string value, string quote)
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/");

        var card = FigureCard(page, title);

        Assert.Equal(value, card.QuerySelector(".dt-figure-value")!.Text());
        Assert.Equal(quote, card.QuerySelector(".dt-quote")!.Text());
        Assert.Contains("Reuters, 29 Jan 2026", card.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_CountsOutletsAndIndependentOriginsForAmazonsInvestment()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/");

        var card = FigureCard(page, "Amazon’s investment").Text();

        // Reuters, Axios, the FT, and Forbes + Investing.com (both after the WSJ): 5 outlets, 4 origins.
        Assert.Contains("5 outlets", card, StringComparison.Ordinal);
        Assert.Contains("4 independent origins", card, StringComparison.Ordinal);
        Assert.Contains("The Wall Street Journal", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_ShowsTheSpreadWithTheFtBesideReuters()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/");

        var variants = FigureCard(page, "Amazon’s investment").QuerySelectorAll(".dt-spread li")
            .Select(li => (li.QuerySelector(".dt-variant-value")!.Text(), li.QuerySelector(".dt-variant-outlets")!.Text(), li.QuerySelector(".dt-tag")!.Text()))
            .ToList();

        Assert.Equal(3, variants.Count);
        Assert.Contains(("up to $50B", "Reuters, Axios", "lead"), variants);
        Assert.Contains(("$10B or more", "Financial Times", "compatible"), variants);
        Assert.Contains(("$50B", "Forbes, Investing.com", "compatible"), variants);
    }

    [Fact]
    public async Task Get_HomePage_EveryFigureLinksToItsSources()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/");

        var values = page.QuerySelectorAll(".dt-figure-value").ToList();

        Assert.Equal(3, values.Count);
        Assert.All(values, value =>
        {
            var target = value.GetAttribute("href")!;
            Assert.StartsWith("#sources-", target, StringComparison.Ordinal);
            var sources = page.GetElementById(target[1..]);
            Assert.NotNull(sources);
            Assert.NotEmpty(sources.QuerySelectorAll("tbody tr"));
        });
        var amazonSources = page.QuerySelector("[id^=sources-figure-investment]")!.Text();
        Assert.Contains("cites The Wall Street Journal", amazonSources, StringComparison.Ordinal);
        Assert.Contains("“the $50 billion Amazon, OpenAI talks”", amazonSources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DealAddress_ShowsThatDealsOwnFigures()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals/aws-openai-compute-2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AWS–OpenAI compute agreement (Nov 2025)", page.QuerySelector("h1")!.Text());
        var card = FigureCard(page, "OpenAI’s compute commitment");
        Assert.Equal("$38B", card.QuerySelector(".dt-figure-value")!.Text());
        Assert.Contains("Amazon investment in OpenAI (2026 round)", page.QuerySelector("[aria-labelledby=related-heading]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownDeal_Returns404WithAMessage()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals/no-such-deal");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_DealsPage_ListsEveryDealWithItsStage()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals");

        var items = page.QuerySelectorAll("main li").Select(li => li.Text()).ToList();

        Assert.Contains(items, i => i.StartsWith("Amazon investment in OpenAI (2026 round) In talks", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("AWS–OpenAI compute agreement (Nov 2025) Signed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_HomePage_CarriesItsDataIntoTheCircuitSoItIsNotQueriedTwice()
    {
        var response = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("<!--Blazor-Server-Component-State:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_MakesTheSameFewQueriesWhateverTheDataSize()
    {
        await using var big = new DealTrackerAppFactory();
        await big.InitializeAsync();
        var client = big.CreateClient();
        await client.GetStringAsync("/"); // warm-up: first-request work is not the page's

        big.Commands.Reset();
        await client.GetStringAsync("/");
        var onSeed = big.Commands.Count;

        await AddReportsAsync(big, count: 400);
        big.Commands.Reset();
        var (_, page) = await HtmlPage.GetAsync(client, "/");
        var onBig = big.Commands.Count;

        Assert.Contains("405 outlets", FigureCard(page, "Amazon’s investment").Text(), StringComparison.Ordinal);
        Assert.Equal(onSeed, onBig);
        Assert.InRange(onSeed, 1, 8);
    }

    [Fact]
    public async Task Get_HomePage_RetractedClaimsStopCountingInHeadlineFigures()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        await using (var db = fresh.CreateDbContext())
        {
            await db.Claims
                .Where(c => c.Metric == Metric.Investment && c.Report!.Outlet!.Name == "Axios")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClaimStatus.Retracted).SetProperty(c => c.RetractionReason, "test"));
        }

        var (_, page) = await HtmlPage.GetAsync(fresh.CreateClient(), "/");

        var card = FigureCard(page, "Amazon’s investment").Text();
        Assert.Contains("4 outlets", card, StringComparison.Ordinal);
        Assert.Contains("3 independent origins", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Axios", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_NeverRendersALinkThatIsNotHttpOrHttps()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        await using (var db = fresh.CreateDbContext())
        {
            await db.Reports.Where(r => r.Outlet!.Name == "Reuters").ExecuteUpdateAsync(s => s.SetProperty(r => r.Url, "javascript:alert(1)"));
            await db.Outlets.Where(o => o.Name == "Reuters").ExecuteUpdateAsync(s => s.SetProperty(o => o.Homepage, "data:text/html,hi"));
        }

        var (_, page) = await HtmlPage.GetAsync(fresh.CreateClient(), "/");

        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("https://www.axios.com", hrefs);
    }

    private static IElement FigureCard(IDocument page, string title) =>
        page.QuerySelectorAll(".dt-figure").Single(card => card.QuerySelector(".dt-figure-title")!.Text() == title);

    /// <summary>Adds reports by new outlets, each carrying an Amazon investment figure on the featured deal.</summary>
    private static async Task AddReportsAsync(DealTrackerAppFactory target, int count)
    {
        await using var db = target.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        for (var i = 0; i < count; i++)
        {
            var outlet = new Outlet { Slug = $"synthetic-{i}", Name = $"Synthetic outlet {i}", Kind = OutletKind.Online };
            var report = new Report { Outlet = outlet, Summary = "Synthetic report", Published = DealTracker.Domain.Dates.PartialDate.OnDay(2026, 2, 1 + (i % 28)) };
            report.Claims.Add(new Claim
            {
                DealId = deal.Id, PartyId = amazon.Id, Metric = Metric.Investment, Statement = "Synthetic figure",
                Quote = "up to $50 billion", Money = HedgedAmount.UpTo(50_000_000_000m),
            });
            if (i % 2 == 0)
            {
                report.Reliances.Add(new Reliance { TargetOutletId = await db.Outlets.Where(o => o.Slug == "reuters").Select(o => o.Id).SingleAsync(), Kind = RelianceKind.Repeats });
            }

            db.Reports.Add(report);
        }

        await db.SaveChangesAsync();
    }
}
