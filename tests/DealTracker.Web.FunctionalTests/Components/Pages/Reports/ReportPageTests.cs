using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Reports;

public sealed class ReportPageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task Get_ReportPage_ShowsClaimsWithQuotesAndWhatItReliesOn()
    {
        var id = await ReportIdAsync("Forbes");

        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), $"/reports/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = page.QuerySelector("[aria-labelledby=claims-heading]")!.Text();
        Assert.Contains("the $50 billion Amazon, OpenAI talks", claims, StringComparison.Ordinal);
        Assert.Contains("up to $830B", claims, StringComparison.Ordinal);
        var reliesOn = page.QuerySelector("[aria-labelledby=relies-heading]")!.Text();
        Assert.Contains("cites The Wall Street Journal (the piece itself is not in the store)", reliesOn, StringComparison.Ordinal);
        Assert.Contains("attributed to WSJ reporting", reliesOn, StringComparison.Ordinal);
        Assert.Contains("Date not stated in the source", page.QuerySelector(".dt-report-facts")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ReportPageOfAnOriginal_SaysItReliesOnNoOneAndLinksOut()
    {
        var id = await ReportIdAsync("Reuters");

        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), $"/reports/{id}");

        Assert.Contains("No reliance stated", page.QuerySelector("[aria-labelledby=relies-heading]")!.Text(), StringComparison.Ordinal);
        Assert.Contains("29 Jan 2026", page.QuerySelector(".dt-report-facts")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".dt-report-facts a[href='https://www.reuters.com']"));
        Assert.Contains("Reuters reports Amazon in talks", page.QuerySelector("[aria-labelledby=events-heading]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ReportPageWithARetractedClaim_ShowsItMarkedWithItsReason()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        int id;
        await using (var db = fresh.CreateDbContext())
        {
            var claim = await db.Claims.AsTracking().FirstAsync(c => c.Report!.Outlet!.Name == "Axios" && c.Hedge != null);
            claim.Status = Domain.Claims.ClaimStatus.Retracted;
            claim.RetractionReason = "Axios corrected the figure";
            await db.SaveChangesAsync();
            id = claim.ReportId;
        }

        var (_, page) = await HtmlPage.GetAsync(fresh.CreateClient(), $"/reports/{id}");

        var retracted = Assert.Single(page.QuerySelectorAll(".dt-retracted"));
        Assert.Contains("up to $50B", retracted.Text(), StringComparison.Ordinal);
        Assert.Contains("retracted", retracted.Text(), StringComparison.Ordinal);
        Assert.Contains("Reason: Axios corrected the figure", retracted.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownReport_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/reports/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> ReportIdAsync(string outlet)
    {
        await using var db = app.CreateDbContext();
        return await db.Reports.Where(r => r.Outlet!.Name == outlet).Select(r => r.Id).SingleAsync();
    }
}
