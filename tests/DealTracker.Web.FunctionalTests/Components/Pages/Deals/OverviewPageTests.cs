using System.Net;
using AngleSharp.Dom;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DealTracker.Web.Services.Pages;

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
            Assert.StartsWith("/#sources-", target, StringComparison.Ordinal); // the page's own path, not the base href's
            var sources = page.GetElementById(target.Split('#')[1]);
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

        var cards = page.QuerySelectorAll(".dt-deal-card").ToList();

        Assert.Equal(2, cards.Count);
        Assert.Equal("Amazon investment in OpenAI (2026 round)", cards[0].QuerySelector("h2")!.Text());
        Assert.Equal("In talks", cards[0].QuerySelector(".dt-tag-stage")!.Text());
        Assert.Equal("Amazon’s investment: up to $50B (first reported by Reuters, 29 Jan 2026)", cards[0].QuerySelector(".dt-deal-card-figure")!.Text());
        Assert.Equal("AWS–OpenAI compute agreement (Nov 2025)", cards[0].QuerySelector(".dt-small a")!.Text());
        Assert.Equal("AWS–OpenAI compute agreement (Nov 2025)", cards[1].QuerySelector("h2")!.Text());
        Assert.Equal("Signed", cards[1].QuerySelector(".dt-tag-stage")!.Text());
        Assert.StartsWith("OpenAI’s compute commitment: $38B", cards[1].QuerySelector(".dt-deal-card-figure")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Amazon investment in OpenAI (2026 round)", cards[1].QuerySelector(".dt-small a")!.Text());
    }

    [Fact]
    public async Task Get_HomePage_LeavesItsDataReadySoTheCircuitDoesNotQueryAgain()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        await fresh.CreateClient().GetStringAsync("/");

        // When the interactive circuit takes over from the prerender, the page asks the same query again.
        fresh.Commands.Reset();
        await using var circuit = fresh.Services.CreateAsyncScope();
        var overview = await circuit.ServiceProvider.GetRequiredService<DealOverviewQuery>().GetAsync(null);

        Assert.Equal("amazon-openai-2026-round", overview!.Deal.Slug);
        Assert.Equal(0, fresh.Commands.Count);
    }

    [Fact]
    public async Task Get_OverviewAsOf28Jan_ShowsOnlyWhatHadBeenReportedThen()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals/amazon-openai-2026-round?asOf=2026-01-28");

        var values = page.QuerySelectorAll(".dt-figure-value").Select(v => v.Text()).ToList();

        Assert.Equal(["$10B or more"], values);
        Assert.Contains("Financial Times, 28 Jan 2026", FigureCard(page, "Amazon’s investment").Text(), StringComparison.Ordinal);
        Assert.Contains("28 Jan 2026", page.QuerySelector(".dt-asof-note")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OverviewWithMalformedAsOf_Answers400SayingSoAndShowsEverything()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/?asOf=last-week");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a date", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".dt-figure-value").Length);
    }

    [Fact]
    public async Task Get_HomePageAfterASavedEdit_ShowsTheEditAtOnce()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        var client = fresh.CreateClient();
        var (_, before) = await HtmlPage.GetAsync(client, "/");
        await using (var db = fresh.CreateDbContext())
        {
            var claim = await db.Claims.AsTracking().SingleAsync(c => c.Metric == Metric.Investment && c.Report!.Outlet!.Name == "Axios");
            claim.Status = ClaimStatus.Retracted;
            claim.RetractionReason = "test";
            await db.SaveChangesAsync();
        }

        var (_, after) = await HtmlPage.GetAsync(client, "/");

        Assert.Contains("5 outlets", FigureCard(before, "Amazon’s investment").Text(), StringComparison.Ordinal);
        Assert.Contains("4 outlets", FigureCard(after, "Amazon’s investment").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_RetractedClaimsStopCountingInHeadlineFigures()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        await using (var db = fresh.CreateDbContext())
        {
            // Through a save, as the editors retract (it keeps the deal's figure cards).
            var claims = await db.Claims.AsTracking().Where(c => c.Metric == Metric.Investment && c.Report!.Outlet!.Name == "Axios").ToListAsync();
            Assert.NotEmpty(claims);
            foreach (var claim in claims)
            {
                claim.Status = ClaimStatus.Retracted;
                claim.RetractionReason = "test";
            }

            await db.SaveChangesAsync();
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
            // Through a save (it keeps the deal's figure cards), as an import or an older version might have stored them.
            foreach (var report in await db.Reports.AsTracking().Where(r => r.Outlet!.Name == "Reuters").ToListAsync())
            {
                report.Url = "javascript:alert(1)";
            }

            (await db.Outlets.AsTracking().SingleAsync(o => o.Name == "Reuters")).Homepage = "data:text/html,hi";
            await db.SaveChangesAsync();
        }

        var (_, page) = await HtmlPage.GetAsync(fresh.CreateClient(), "/");

        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("https://www.axios.com", hrefs);
    }

    private static IElement FigureCard(IDocument page, string title) =>
        page.QuerySelectorAll(".dt-figure").Single(card => card.QuerySelector(".dt-figure-title")!.Text() == title);
}
