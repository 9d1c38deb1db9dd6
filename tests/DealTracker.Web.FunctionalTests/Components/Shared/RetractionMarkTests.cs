using AngleSharp.Dom;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Shared;

/// <summary>Every public list of reports marks a retracted one the same way: the tag and the reason beside its link.</summary>
public sealed class RetractionMarkTests : IAsyncLifetime
{
    private const string Reason = "The figure was a misreading of a filing";

    private readonly DealTrackerAppFactory _app = new();
    private int _reportId;
    private string _outletSlug = "";

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await using var db = _app.CreateDbContext();
        // The deal's newest report: first among the overview's latest reports and on its outlet's first page.
        var report = await db.Reports.AsTracking().Include(r => r.Outlet)
            .Where(r => r.Claims.Any(c => c.Deal!.IsFeatured) && r.PublishedOn != null)
            .OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id).FirstAsync();
        report.Status = ReportStatus.Retracted;
        report.RetractionReason = Reason;
        await db.SaveChangesAsync();
        (_reportId, _outletSlug) = (report.Id, report.Outlet!.Slug);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/deals/amazon-openai-2026-round")]
    [InlineData("/")]
    [InlineData("/deals/amazon-openai-2026-round/timeline")]
    [InlineData("outlet")]
    public async Task Get_PageListingARetractedReport_MarksItWithTagAndReason(string path)
    {
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), path == "outlet" ? $"/outlets/{_outletSlug}" : path);

        var item = ItemOf(page, _reportId);
        Assert.Contains("report retracted", item, StringComparison.Ordinal);
        Assert.Contains($"Retracted: {Reason}", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OutletPage_StandingReportsAreNotMarked()
    {
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), "/outlets/reuters");

        Assert.DoesNotContain("report retracted", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    // The list item holding the report's link (its closest li).
    private static string ItemOf(IDocument page, int reportId)
    {
        var link = page.QuerySelectorAll($"a[href='/reports/{reportId}']").First(a => a.Closest("li") is not null || a.Closest(".dt-entry") is not null);
        return (link.Closest("li") ?? link.Closest(".dt-entry"))!.Text();
    }
}
