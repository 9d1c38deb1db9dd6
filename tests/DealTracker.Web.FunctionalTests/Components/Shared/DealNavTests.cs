using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Shared;

/// <summary>Every page of a deal announces the deal's feed in its head and links to it for readers.</summary>
public sealed class DealNavTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string FeedPath = "/deals/amazon-openai-2026-round/feed.atom";

    [Theory]
    [InlineData("/")]
    [InlineData("/deals/amazon-openai-2026-round")]
    [InlineData("/deals/amazon-openai-2026-round/timeline")]
    [InlineData("/deals/amazon-openai-2026-round/compare")]
    public async Task Get_DealPage_AnnouncesTheFeedInItsHeadAndLinksToIt(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alternate = Assert.Single(page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal(FeedPath, alternate.GetAttribute("href"));
        Assert.Equal("DealTracker: Amazon investment in OpenAI (2026 round)", alternate.GetAttribute("title"));
        var visible = Assert.Single(page.Body!.QuerySelectorAll($"a[href='{FeedPath}']"));
        Assert.Equal("Feed of new reports", visible.Text());
        Assert.Equal("true", visible.QuerySelector("svg")?.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task Get_DealPageLinksToItsFeed_AndTheFeedAnswers()
    {
        var client = app.CreateClient();
        var (_, page) = await HtmlPage.GetAsync(client, "/deals/aws-openai-compute-2025/timeline");

        var href = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        var feed = await client.GetAsync(href);

        Assert.Equal("/deals/aws-openai-compute-2025/feed.atom", href);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("$38B (OpenAI’s compute commitment)", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
