using System.Net;
using DealTracker.Domain.Deals;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Deals;

/// <summary>The deals page is paged as the outlets page: its size does not grow with the store (2,002 deals gave 538 KB, audit E2-5).</summary>
public sealed class DealListPageTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_MoreDealsThanAPage_ShowsAPageWithAPager()
    {
        await AddDealsAsync(DealDirectoryQuery.PageSize + 10);
        var client = _app.CreateClient();

        var (_, first) = await HtmlPage.GetAsync(client, "/deals");
        var (_, second) = await HtmlPage.GetAsync(client, "/deals?page=2");

        Assert.Equal(DealDirectoryQuery.PageSize, first.QuerySelectorAll(".dt-deal-card").Length);
        Assert.Contains("Page 1 of 2", first.QuerySelector(".dt-pager")!.Text(), StringComparison.Ordinal);
        Assert.Equal(12, second.QuerySelectorAll(".dt-deal-card").Length); // 60 added + the 2 seeded, less the first 50
        Assert.NotNull(second.QuerySelector("a[rel='prev'][href='/deals?page=1']"));
    }

    [Theory]
    [InlineData("/deals?page=abc", HttpStatusCode.BadRequest, "is not a page number")]
    [InlineData("/deals?page=2147483647", HttpStatusCode.OK, "There is no page 2147483647")]
    public async Task Get_PageOutOfReach_SaysSo(string path, HttpStatusCode status, string message)
    {
        var (response, page) = await HtmlPage.GetAsync(_app.CreateClient(), path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    private async Task AddDealsAsync(int count)
    {
        await using var db = _app.CreateDbContext();
        for (var i = 1; i <= count; i++)
        {
            db.Deals.Add(new Deal { Slug = $"added-deal-{i:D3}", Title = $"Added deal {i:D3}", Summary = "A deal added to fill pages." });
        }

        await db.SaveChangesAsync();
    }
}
