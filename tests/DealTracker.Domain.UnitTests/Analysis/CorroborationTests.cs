using DealTracker.Domain.Analysis;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class CorroborationTests
{
    private readonly SourceGraph _graph = SeedArticle.Graph();

    [Fact]
    public void Of_FiftyBillionCarriers_FourOutletsThreeIndependentOrigins()
    {
        var corroboration = Corroboration.Of(
            [SeedArticle.AxiosReport, SeedArticle.InvestingReport, SeedArticle.ForbesReport, SeedArticle.ReutersReport],
            _graph);

        Assert.Equal(4, corroboration.OutletCount);
        Assert.Equal(3, corroboration.IndependentCount);
        Assert.Equal([SeedArticle.Axios, SeedArticle.Reuters, SeedArticle.Wsj], corroboration.Origins.Select(o => o.Label));
        Assert.Equal(
            [SeedArticle.Reuters, SeedArticle.Forbes, SeedArticle.Investing, SeedArticle.Axios],
            corroboration.Outlets);
    }

    [Fact]
    public void Of_FiftyBillionCarriers_FirstIsReutersOnTwentyNinthJanuary()
    {
        var corroboration = Corroboration.Of(
            [SeedArticle.AxiosReport, SeedArticle.InvestingReport, SeedArticle.ForbesReport, SeedArticle.ReutersReport],
            _graph);

        Assert.Equal(SeedArticle.ReutersReport, corroboration.First);
        Assert.Equal(PartialDate.OnDay(2026, 1, 29), corroboration.First!.Published);
        Assert.Equal(SeedArticle.ReutersReport, corroboration.Reports[0]);
    }

    [Fact]
    public void Of_WsjFollowers_FourOutletsOneOrigin()
    {
        var corroboration = Corroboration.Of(
            [SeedArticle.TechCrunchReport, SeedArticle.ForbesReport, SeedArticle.BentonReport, SeedArticle.InvestingReport],
            _graph);

        Assert.Equal(4, corroboration.OutletCount);
        Assert.Equal(1, corroboration.IndependentCount);
        var origin = Assert.Single(corroboration.Origins);
        Assert.Equal(SeedArticle.Wsj, origin.Label);
        Assert.Equal(SeedArticle.WsjOutlet, origin.OutletId);
    }

    [Fact]
    public void DatedOriginCount_DatedAndUndatedCarriers_CountsTheOriginsOfTheDatedOnesAsOfDoes()
    {
        // Reuters (dated) is its own origin; Axios (undated) is too; Investing (undated) repeats the WSJ.
        ReportRef[] carrying = [SeedArticle.AxiosReport, SeedArticle.InvestingReport, SeedArticle.ReutersReport, SeedArticle.FtJan28Report];

        var count = Corroboration.DatedOriginCount(carrying, _graph);

        Assert.Equal(Corroboration.Of([SeedArticle.ReutersReport, SeedArticle.FtJan28Report], _graph).IndependentCount, count);
        Assert.True(count < Corroboration.Of(carrying, _graph).IndependentCount);
    }

    [Fact]
    public void DatedOriginCount_OnlyUndatedReports_IsZero()
    {
        var count = Corroboration.DatedOriginCount(
            [SeedArticle.TechCrunchReport, SeedArticle.ForbesReport, SeedArticle.BentonReport, SeedArticle.InvestingReport],
            _graph);

        Assert.Equal(0, count);
    }

    [Fact]
    public void Of_OnlyUndatedReports_HasNoFirst()
    {
        var corroboration = Corroboration.Of(
            [SeedArticle.TechCrunchReport, SeedArticle.ForbesReport, SeedArticle.BentonReport, SeedArticle.InvestingReport],
            _graph);

        Assert.Null(corroboration.First);
    }

    [Fact]
    public void Of_UndatedReportWithLowerId_NeverCountsAsFirst()
    {
        var undatedEarlyId = new ReportRef(1, SeedArticle.NyPostOutlet, SeedArticle.NyPost, null);
        var dated = new ReportRef(500, SeedArticle.ReutersOutlet, SeedArticle.Reuters, PartialDate.OnDay(2026, 1, 29));
        var graph = new SourceGraph([undatedEarlyId, dated], []);

        var corroboration = Corroboration.Of([undatedEarlyId, dated], graph);

        Assert.Equal(dated, corroboration.First);
        Assert.Equal([dated, undatedEarlyId], corroboration.Reports);
    }

    [Fact]
    public void Of_TwoFtReports_OneOutletOneOrigin()
    {
        var corroboration = Corroboration.Of([SeedArticle.FtJan29Report, SeedArticle.FtJan28Report], _graph);

        Assert.Equal(2, corroboration.Reports.Count);
        Assert.Equal(SeedArticle.Ft, Assert.Single(corroboration.Outlets));
        Assert.Equal(SeedArticle.Ft, Assert.Single(corroboration.Origins).Label);
        Assert.Equal(1, corroboration.OutletCount);
        Assert.Equal(1, corroboration.IndependentCount);
    }

    [Fact]
    public void Of_TwoFtReports_FirstIsTheEarlierDate()
    {
        var corroboration = Corroboration.Of([SeedArticle.FtJan29Report, SeedArticle.FtJan28Report], _graph);

        Assert.Equal(SeedArticle.FtJan28Report, corroboration.First);
    }

    [Fact]
    public void Of_SameReportTwice_CountsItOnce()
    {
        var corroboration = Corroboration.Of([SeedArticle.ReutersReport, SeedArticle.ReutersReport], _graph);

        Assert.Single(corroboration.Reports);
        Assert.Equal(1, corroboration.OutletCount);
    }

    [Fact]
    public void Of_WholeSeedArticle_CountsEveryOutletAndFiveOrigins()
    {
        var corroboration = Corroboration.Of(SeedArticle.Reports, _graph);

        Assert.Equal(8, corroboration.OutletCount);
        Assert.Equal(
            [SeedArticle.Axios, SeedArticle.Ft, SeedArticle.NyPost, SeedArticle.Reuters, SeedArticle.Wsj],
            corroboration.Origins.Select(o => o.Label));
        Assert.Equal(SeedArticle.FtJan28Report, corroboration.First);
    }

    [Fact]
    public void Of_NoReports_IsEmpty()
    {
        var corroboration = Corroboration.Of([], _graph);

        Assert.Equal(0, corroboration.OutletCount);
        Assert.Equal(0, corroboration.IndependentCount);
        Assert.Null(corroboration.First);
    }
    [Fact]
    public void Analyse_RandomReportsAndRelianceCircles_SameAsListingSortingAndCountingThemOneByOne()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            // Reports of a few outlets (some sharing a name), some undated, some the same day; reliances with circles.
            var reports = Enumerable.Range(1, random.Next(1, 30))
                .Select(id => new ReportRef(id, random.Next(1, 6), $"Outlet {random.Next(1, 5)}",
                                            random.Next(4) == 0 ? null : PartialDate.OnDay(2026, 1, random.Next(1, 5))))
                .ToList();
            var edges = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => random.Next(5) == 0
                    ? new RelianceEdge(random.Next(1, reports.Count + 1), null, random.Next(1, 8), RelianceKind.Cites)
                    : new RelianceEdge(random.Next(1, reports.Count + 1), random.Next(1, reports.Count + 1), null, RelianceKind.Repeats))
                .ToList();
            var graph = new SourceGraph(reports, edges);
            var carrying = Enumerable.Range(0, random.Next(1, 12)).Select(_ => reports[random.Next(reports.Count)]).ToList();

            var (corroboration, datedOrigins) = Corroboration.Analyse(carrying, graph);

            var listed = carrying.DistinctBy(r => r.ReportId)
                .OrderBy(r => r.Published is null).ThenBy(r => r.Published).ThenBy(r => r.ReportId).ToList();
            Assert.Equal(listed, corroboration.Reports);
            Assert.Equal(listed.Select(r => r.OutletName).Distinct(), corroboration.Outlets);
            Assert.Equal(listed.FirstOrDefault(r => r.Published is not null), corroboration.First);
            Assert.Equal(
                listed.SelectMany(r => graph.OriginsOf(r.ReportId)).DistinctBy(o => o.Key).OrderBy(o => o.Label, StringComparer.Ordinal),
                corroboration.Origins);
            Assert.Equal(
                carrying.Where(r => r.Published is not null).SelectMany(r => graph.OriginsOf(r.ReportId)).Select(o => o.Key).Distinct().Count(),
                datedOrigins);
        }
    }
}
