using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Deals;

/// <summary>The timeline as a reader gets it, filters in the query string.</summary>
public sealed class TimelinePageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string Path = "/deals/amazon-openai-2026-round/timeline";

    [Fact]
    public async Task Get_Timeline_GroupsReportsAndEventsByHonestDatesInOrder()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var days = page.QuerySelectorAll(".dt-day-label").Select(d => d.Text()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nov 2025", "28 Jan 2026", "29 Jan 2026", "Date not stated"], days);
        Assert.Equal("2025-11", page.QuerySelector(".dt-day-label time")!.GetAttribute("datetime"));
        var november = page.QuerySelectorAll(".dt-day")[0].Text();
        Assert.Contains("AWS–OpenAI $38 billion compute agreement", november, StringComparison.Ordinal);
        Assert.Contains("On the related deal AWS–OpenAI compute agreement (Nov 2025)", november, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Timeline_ShowsEachReportsFiguresInHedgeWordsAndReliance()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var entries = page.QuerySelectorAll(".dt-entry:not(.dt-event)").ToList();
        var reuters = entries.Single(e => e.QuerySelector(".dt-outlet")!.Text() == "Reuters");
        var forbes = entries.Single(e => e.QuerySelector(".dt-outlet")!.Text() == "Forbes");

        Assert.Equal(10, entries.Count);
        Assert.Equal(["up to $50B", "up to $100B", "~$830B", "early stage"], reuters.QuerySelectorAll(".dt-claim-value").Select(v => v.Text()));
        Assert.Equal("up to 50,000,000,000 USD", reuters.QuerySelector(".dt-claim-value")!.GetAttribute("title"));
        Assert.Contains("Relies on others: cites The Wall Street Journal", forbes.Text(), StringComparison.Ordinal);
        Assert.StartsWith("/reports/", reuters.QuerySelector(".dt-entry-title")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TimelineFilteredByOutlet_ShowsOnlyThatOutletAndKeepsTheChoice()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?outlet=financial-times");

        var outlets = page.QuerySelectorAll(".dt-entry .dt-outlet").Select(o => o.Text()).Distinct().ToList();

        Assert.Equal(["Financial Times"], outlets);
        Assert.Equal(2, page.QuerySelectorAll(".dt-entry:not(.dt-event)").Length);
        Assert.Equal("financial-times", page.QuerySelector("#outlet option[selected]")!.GetAttribute("value"));
        Assert.Contains("2 reports match these filters", page.QuerySelector("#timeline-status")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?party=softbank", new[] { "Reuters", "New York Post" })]
    [InlineData("?metric=StageOfTalks", new[] { "Reuters", "TechCrunch", "Investing.com", "New York Post" })]
    [InlineData("?from=2026-01-29&to=2026-01-29", new[] { "Reuters", "Financial Times" })]
    public async Task Get_TimelineFilteredByPartyMetricOrDates_ShowsTheMatchingReports(string query, string[] expected)
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + query);

        var outlets = page.QuerySelectorAll(".dt-entry .dt-outlet").Select(o => o.Text()).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), outlets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_TimelineAsOf28Jan_ShowsOnlyWhatHadBeenReportedThen()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?asOf=2026-01-28");

        var days = page.QuerySelectorAll(".dt-day-label").Select(d => d.Text()).ToList();

        Assert.Equal(["Nov 2025", "28 Jan 2026"], days);
        Assert.DoesNotContain("up to $50B", page.QuerySelector(".dt-timeline")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TimelineWithBadFilterValues_Answers400ExplainingAndIgnoringThem()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?from=yesterday&metric=Vibes");

        var alerts = page.QuerySelectorAll("[role=alert]").Select(a => a.Text()).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(alerts, a => a.Contains("“yesterday” is not a date", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Contains("“Vibes” is not a metric", StringComparison.Ordinal));
        Assert.Equal(10, page.QuerySelectorAll(".dt-entry:not(.dt-event)").Length);
    }

    // The page used to take a metric's number ("3") where the API refused it: both now take names only.
    [Theory]
    [InlineData("3")]
    [InlineData("Investment,Valuation")]
    public async Task Get_TimelineWithAMetricThatIsNotAName_Answers400(string metric)
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?metric=" + Uri.EscapeDataString(metric));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("[role=alert]"), a => a.Text().Contains($"“{metric}” is not a metric", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_TimelineFilterMatchingNothing_SaysSo()
    {
        // A value the filters offer, matching nothing (an unknown outlet is a 400 that is ignored: QueryValuesTests).
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?from=2031-01-01");

        Assert.Empty(page.QuerySelectorAll(".dt-entry"));
        Assert.Contains("Nothing matches these filters", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }
}
