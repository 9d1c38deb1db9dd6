using DealTracker.Domain.Analysis;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class SourceGraphTests
{
    private readonly SourceGraph _seed = SeedArticle.Graph();

    public static TheoryData<int> WsjRelyingReports => new()
    {
        SeedArticle.TechCrunchReport.ReportId,
        SeedArticle.ForbesReport.ReportId,
        SeedArticle.BentonReport.ReportId,
        SeedArticle.InvestingReport.ReportId,
    };

    private static ReportRef Report(int id, int outletId, string outletName) => new(id, outletId, outletName, null);

    private static RelianceEdge Cites(int reportId, int targetReportId) => new(reportId, targetReportId, null, RelianceKind.Cites);

    [Fact]
    public void OriginsOf_ReportRelyingOnNobody_IsItsOwnOutlet()
    {
        var origin = Assert.Single(_seed.OriginsOf(SeedArticle.ReutersReport.ReportId));

        Assert.Equal(new Origin("outlet:1", SeedArticle.ReutersOutlet, SeedArticle.Reuters), origin);
    }

    [Theory]
    [MemberData(nameof(WsjRelyingReports))]
    public void OriginsOf_ReportRelyingOnWsjOutlet_IsTheWsj(int reportId)
    {
        var origin = Assert.Single(_seed.OriginsOf(reportId));

        Assert.Equal("outlet:2", origin.Key);
        Assert.Equal(SeedArticle.WsjOutlet, origin.OutletId);
        Assert.Equal(SeedArticle.Wsj, origin.Label);
    }

    [Fact]
    public void OriginsOf_OutletWithoutSuppliedName_FallsBackToOutletNumber()
    {
        var graph = new SourceGraph(
            [SeedArticle.ForbesReport],
            [new RelianceEdge(SeedArticle.ForbesReport.ReportId, null, SeedArticle.WsjOutlet, RelianceKind.Cites)]);

        var origin = Assert.Single(graph.OriginsOf(SeedArticle.ForbesReport.ReportId));

        Assert.Equal("Outlet 2", origin.Label);
        Assert.Equal(SeedArticle.WsjOutlet, origin.OutletId);
    }

    [Fact]
    public void OriginsOf_TwoReportsOfOneOutlet_ShareOneOrigin()
    {
        var first = Assert.Single(_seed.OriginsOf(SeedArticle.FtJan28Report.ReportId));
        var second = Assert.Single(_seed.OriginsOf(SeedArticle.FtJan29Report.ReportId));

        Assert.Equal(first, second);
        Assert.Equal(SeedArticle.Ft, first.Label);
    }

    [Fact]
    public void OriginsOf_ReportCitingReportOfSameOutletAsDirectCitation_SameOriginKey()
    {
        // Reuters' own report and a report citing the Reuters outlet both trace to "outlet:1".
        var citing = Report(200, 50, "Some Blog");
        var graph = new SourceGraph(
            [SeedArticle.ReutersReport, citing],
            [new RelianceEdge(citing.ReportId, null, SeedArticle.ReutersOutlet, RelianceKind.Cites)]);

        Assert.Equal(graph.OriginsOf(SeedArticle.ReutersReport.ReportId), graph.OriginsOf(citing.ReportId));
    }

    [Fact]
    public void OriginsOf_ChainOfReports_FollowsToTheRoot()
    {
        // A cites report B, which cites report C; C relies on nobody.
        var a = Report(1, 11, "Outlet A");
        var b = Report(2, 12, "Outlet B");
        var c = Report(3, 13, "Outlet C");
        var graph = new SourceGraph([a, b, c], [Cites(1, 2), Cites(2, 3)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.Equal(new Origin("outlet:13", 13, "Outlet C"), origin);
        Assert.Equal(origin, Assert.Single(graph.OriginsOf(2)));
    }

    [Fact]
    public void OriginsOf_ReportRelyingOnTwoRoots_HasBothOrdered()
    {
        var summary = Report(1, 20, "Roundup");
        var graph = new SourceGraph(
            [summary, SeedArticle.ReutersReport],
            [
                Cites(1, SeedArticle.ReutersReport.ReportId),
                new RelianceEdge(1, null, SeedArticle.WsjOutlet, RelianceKind.Summarises),
                new RelianceEdge(1, null, SeedArticle.AxiosOutlet, RelianceKind.Cites),
            ],
            SeedArticle.OutletNames);

        var origins = graph.OriginsOf(1);

        Assert.Equal([SeedArticle.Axios, SeedArticle.Reuters, SeedArticle.Wsj], origins.Select(o => o.Label));
    }

    [Fact]
    public async Task OriginsOf_TwoReportsCitingEachOther_OneCircularOriginWithoutHanging()
    {
        var a = Report(1, 11, "Outlet A");
        var b = Report(2, 12, "Outlet B");

        var work = Task.Run(() =>
        {
            var graph = new SourceGraph([a, b], [Cites(1, 2), Cites(2, 1)]);
            return (FromA: graph.OriginsOf(1), FromB: graph.OriginsOf(2));
        });
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(work, finished);
        var (fromA, fromB) = await work;
        var origin = Assert.Single(fromA);
        Assert.StartsWith("cycle:", origin.Key);
        Assert.StartsWith("Circular reliance", origin.Label);
        Assert.Contains("Outlet A", origin.Label);
        Assert.Contains("Outlet B", origin.Label);
        Assert.Null(origin.OutletId);
        Assert.Equal(origin, Assert.Single(fromB));
    }

    [Fact]
    public void OriginsOf_ReportLeadingIntoClosedCycle_OneCircularOrigin()
    {
        // A cites B; B and C cite each other and nothing else.
        var graph = new SourceGraph(
            [Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B"), Report(3, 13, "Outlet C")],
            [Cites(1, 2), Cites(2, 3), Cites(3, 2)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.StartsWith("cycle:", origin.Key);
        Assert.Equal("Circular reliance: Outlet B, Outlet C", origin.Label);
        Assert.Equal(origin, Assert.Single(graph.OriginsOf(3)));
    }

    [Fact]
    public void OriginsOf_AskedAgainAndForAnotherReportOfTheCircle_SameOrigins()
    {
        // A cites B; B and C cite each other; D cites the WSJ's reporting and A.
        var graph = new SourceGraph(
            [Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B"), Report(3, 13, "Outlet C"), Report(4, 14, "Outlet D")],
            [Cites(1, 2), Cites(2, 3), Cites(3, 2), new RelianceEdge(4, null, 99, RelianceKind.Repeats), Cites(4, 1)],
            new Dictionary<int, string> { [99] = "WSJ" });

        var first = graph.OriginsOf(4).Select(o => o.Label).ToList();
        var again = graph.OriginsOf(4).Select(o => o.Label).ToList();

        Assert.Equal(["Circular reliance: Outlet B, Outlet C", "WSJ"], first);
        Assert.Equal(first, again);
        Assert.Equal(graph.OriginsOf(2), graph.OriginsOf(3));
        Assert.Equal(graph.RootsOf(4).Select(r => r.Origin), graph.OriginsOf(4));
    }

    [Fact]
    public void OriginsOf_CycleWithExitToRoot_IsTheRoot()
    {
        // A cites B; B and C cite each other; C also cites D, which relies on nobody.
        var graph = new SourceGraph(
            [Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B"), Report(3, 13, "Outlet C"), Report(4, 14, "Outlet D")],
            [Cites(1, 2), Cites(2, 3), Cites(3, 2), Cites(3, 4)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.Equal(new Origin("outlet:14", 14, "Outlet D"), origin);
        Assert.Equal(origin, Assert.Single(graph.OriginsOf(2)));
    }

    [Fact]
    public void OriginsOf_SelfRelianceEdge_IsIgnored()
    {
        var graph = new SourceGraph([Report(1, 11, "Outlet A")], [Cites(1, 1)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.Equal(new Origin("outlet:11", 11, "Outlet A"), origin);
    }

    [Fact]
    public void OriginsOf_SelfRelianceBesideRealCitation_FollowsOnlyTheCitation()
    {
        var graph = new SourceGraph(
            [Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B")],
            [Cites(1, 1), Cites(1, 2)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.Equal("outlet:12", origin.Key);
    }

    [Fact]
    public void OriginsOf_EdgeToUnknownReport_IsIgnored()
    {
        var graph = new SourceGraph([Report(1, 11, "Outlet A")], [Cites(1, 999)]);

        var origin = Assert.Single(graph.OriginsOf(1));

        Assert.Equal(new Origin("outlet:11", 11, "Outlet A"), origin);
    }

    [Fact]
    public void OriginsOf_LongChain_CompletesWithOneOrigin()
    {
        const int length = 10_000;
        var reports = Enumerable.Range(0, length).Select(i => Report(i, 1_000 + i, $"Outlet {i}")).ToList();
        var edges = Enumerable.Range(0, length - 1).Select(i => Cites(i, i + 1)).ToList();
        var graph = new SourceGraph(reports, edges);

        var origin = Assert.Single(graph.OriginsOf(0));

        Assert.Equal(new Origin($"outlet:{1_000 + length - 1}", 1_000 + length - 1, $"Outlet {length - 1}"), origin);
    }

    [Fact]
    public void OriginsOf_LongCycle_CompletesWithOneCircularOrigin()
    {
        const int length = 10_000;
        var reports = Enumerable.Range(0, length).Select(i => Report(i, 7, "Loop News")).ToList();
        var edges = Enumerable.Range(0, length).Select(i => Cites(i, (i + 1) % length)).ToList();
        var graph = new SourceGraph(reports, edges);

        var origin = Assert.Single(graph.OriginsOf(length / 2));

        Assert.StartsWith("cycle:", origin.Key);
        Assert.Equal("Circular reliance: Loop News", origin.Label);
    }

    [Fact]
    public void RootsOf_ReportRelyingOnNobody_IsRootedInItself()
    {
        var root = Assert.Single(_seed.RootsOf(SeedArticle.ReutersReport.ReportId));

        Assert.Equal(SeedArticle.Reuters, root.Origin.Label);
        Assert.Equal(SeedArticle.ReutersReport.ReportId, root.ReportId);
    }

    [Fact]
    public void RootsOf_ReportRelyingOnAnOutletsReporting_HasNoRootReport()
    {
        var root = Assert.Single(_seed.RootsOf(SeedArticle.BentonReport.ReportId));

        Assert.Equal(SeedArticle.WsjOutlet, root.Origin.OutletId);
        Assert.Null(root.ReportId);
    }

    [Fact]
    public void RootsOf_ChainOfReports_EndsAtTheFirstReportOfTheChain()
    {
        var graph = new SourceGraph(
            [Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B"), Report(3, 13, "Outlet C"), Report(4, 11, "Outlet A")],
            [Cites(3, 2), Cites(2, 1), Cites(3, 4)]);

        var root = Assert.Single(graph.RootsOf(3));

        Assert.Equal("Outlet A", root.Origin.Label);
        Assert.Equal(1, root.ReportId); // two root reports of one outlet: one origin, the lowest id stands for it
        Assert.Equal([root.Origin], graph.OriginsOf(3));
    }

    [Fact]
    public void RootsOf_CircleOfReliance_IsOneOriginWithoutARootReport()
    {
        var graph = new SourceGraph([Report(1, 11, "Outlet A"), Report(2, 12, "Outlet B")], [Cites(1, 2), Cites(2, 1)]);

        var root = Assert.Single(graph.RootsOf(1));

        Assert.Null(root.ReportId);
        Assert.Null(root.Origin.OutletId);
        Assert.StartsWith("Circular reliance", root.Origin.Label, StringComparison.Ordinal);
    }
}
