using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Outlets;

public sealed class OutletPagesTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task Get_Outlets_ListsEveryOutletWithItsCounts()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/outlets");

        var rows = page.QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.Text(), r => r.QuerySelectorAll("td").Select(td => td.Text()).ToArray());

        Assert.Equal(10, rows.Count);
        Assert.Equal(["Wire service", "1", "9", "2", "1"], rows["Reuters"]);           // first with round size and valuation
        Assert.Equal(["Newspaper", "2", "8", "1", "2"], rows["Financial Times"]);      // first with Amazon's investment (28 Jan)
        Assert.Equal(["Newspaper", "0", "0", "0", "0"], rows["The Wall Street Journal"]);
        Assert.Equal(["Think tank", "1", "3", "0", "0"], rows["Benton Institute"]);
    }

    [Fact]
    public async Task Get_OutletPage_ShowsItsReportsLinkedToThemAndItsHomePage()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/outlets/forbes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Forbes", page.QuerySelector("h1")!.Text());
        var report = Assert.Single(page.QuerySelectorAll(".dt-report"));
        Assert.StartsWith("/reports/", report.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("relies on others: cites The Wall Street Journal", report.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='https://www.forbes.com']"));
    }

    [Fact]
    public async Task Get_UnknownOutlet_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/outlets/no-such-outlet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
