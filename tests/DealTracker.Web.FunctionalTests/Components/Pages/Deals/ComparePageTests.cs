using AngleSharp.Dom;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Deals;

/// <summary>The compare page: metric × outlet, disagreements and agreements, and the pictures.</summary>
public sealed class ComparePageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string Path = "/deals/amazon-openai-2026-round/compare";

    [Fact]
    public async Task Get_Compare_ShowsEachOutletsFigureSideBySide()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var headers = page.QuerySelectorAll(".dt-matrix thead th").Select(h => h.Text()).ToList();
        var reuters = Row(page, "Reuters");

        Assert.Equal(["Outlet", "Amazon’s investment", "Round size", "Valuation", "Stage of talks"], headers);
        Assert.Equal(["up to $50B", "up to $100B", "~$830B", "early stage"], reuters.QuerySelectorAll(".dt-cell-value").Select(v => v.Text()));
        var ft = Row(page, "Financial Times").QuerySelector("[data-column^=figure-investment]")!;
        Assert.Equal(["$10B or more"], ft.QuerySelectorAll(".dt-cell-value").Select(v => v.Text()));
        Assert.Contains("28 Jan 2026 (and 1 later)", ft.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_ShowsTheFtBesideReutersAsCompatibleWithTheirCommonInterval()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var pair = page.QuerySelectorAll(".dt-pair").Select(p => p.Text())
            .Single(p => p.Contains("$10B or more (Financial Times)", StringComparison.Ordinal) && p.Contains("up to $50B (Reuters, Axios)", StringComparison.Ordinal));

        Assert.Contains("different but compatible", pair, StringComparison.Ordinal);
        Assert.Contains("both hold on $10B–$50B", pair, StringComparison.Ordinal);
        Assert.Empty(Row(page, "Financial Times").QuerySelectorAll(".dt-cell-conflict"));
    }

    [Fact]
    public async Task Get_Compare_FlagsEarlyStageAgainstAdvancedAsAConflict()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var pair = page.QuerySelectorAll(".dt-pair").Select(p => p.Text())
            .Single(p => p.Contains("early stage (Reuters) vs advanced (New York Post)", StringComparison.Ordinal));

        Assert.Contains("conflict", pair, StringComparison.Ordinal);
        Assert.NotNull(Row(page, "Reuters").QuerySelector("[data-column=figure-stageoftalks] .dt-cell-conflict"));
        Assert.NotNull(Row(page, "New York Post").QuerySelector("[data-column=figure-stageoftalks] .dt-cell-conflict"));
        Assert.Contains("conflict", page.QuerySelector("tfoot [data-column=figure-stageoftalks]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_PairsLeadWithTheValueTheOverviewLeadsWith()
    {
        var client = app.CreateClient();
        var (_, overview) = await HtmlPage.GetAsync(client, "/deals/amazon-openai-2026-round");
        var (_, page) = await HtmlPage.GetAsync(client, Path);

        var leads = overview.QuerySelectorAll("article.dt-figure").ToDictionary(f => f.Id!, f => f.QuerySelector(".dt-figure-value")!.Text());
        var firsts = page.QuerySelectorAll(".dt-pairs").ToDictionary(p => p.GetAttribute("data-column")!, p => p.QuerySelector(".dt-pair strong")!.Text());

        // Reuters' "up to $100B" stands on its own; the two outlets saying "$100B" both lean on the WSJ: one origin.
        Assert.Equal("up to $100B", firsts.Single(f => f.Key.StartsWith("figure-roundsize", StringComparison.Ordinal)).Value);
        Assert.NotEmpty(firsts.Keys.Intersect(leads.Keys));
        Assert.All(firsts.Where(f => leads.ContainsKey(f.Key)), f => Assert.Equal(leads[f.Key], f.Value));
    }

    [Fact]
    public async Task Get_Compare_DrawsEachMetricOnOneAxisWithTheAgreementBand()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var charts = page.QuerySelectorAll(".dt-chart svg").ToList();
        var investment = charts[0];

        Assert.Equal(3, charts.Count);
        Assert.Equal(5, investment.QuerySelectorAll(".dt-chart-label").Length);
        Assert.NotNull(investment.QuerySelector(".dt-chart-agree"));
        Assert.NotNull(investment.QuerySelector("line[marker-end]")); // the FT's "or more" has no upper bound
        Assert.Contains("Financial Times: $10B or more", investment.QuerySelector("desc")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_DrawsWhoReliesOnWhomWithIndependentOriginsStoodOut()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path);

        var graph = page.QuerySelector(".dt-graph svg")!;
        var origins = graph.QuerySelectorAll(".dt-graph-origin title").Select(t => t.Text()).ToList();
        var edges = graph.QuerySelectorAll(".dt-graph-edge title").Select(t => t.Text()).ToList();

        Assert.Contains(origins, o => o.StartsWith("The Wall Street Journal — independent origin", StringComparison.Ordinal));
        Assert.Contains(origins, o => o.StartsWith("Reuters — independent origin", StringComparison.Ordinal));
        Assert.DoesNotContain(origins, o => o.StartsWith("Forbes", StringComparison.Ordinal));
        Assert.Contains("Forbes cites The Wall Street Journal", edges);
        Assert.Contains("Benton Institute summarises The Wall Street Journal", edges);
    }

    [Fact]
    public async Task Get_CompareAsOf28Jan_ShowsTheMatrixAsItStoodThen()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Path + "?asOf=2026-01-28");

        var outlets = page.QuerySelectorAll(".dt-matrix tbody th").Select(h => h.Text()).ToList();

        Assert.Equal(["Financial Times"], outlets);
        Assert.DoesNotContain("up to $50B", page.QuerySelector(".dt-matrix")!.Text(), StringComparison.Ordinal);
    }

    private static IElement Row(IDocument page, string outlet) =>
        page.QuerySelectorAll(".dt-matrix tbody tr").Single(r => r.QuerySelector("th")!.Text() == outlet);
}
