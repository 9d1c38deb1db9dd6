using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Shared;

/// <summary>
/// Query values on the public pages: a bad value is a 400 with the page saying what was ignored, and a query key no page
/// reads is never written into a (cached) page.
/// </summary>
public sealed class QueryValuesTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string Timeline = "/deals/amazon-openai-2026-round/timeline";

    [Theory]
    [InlineData(Timeline + "?outlet=nope", "nope")]
    [InlineData(Timeline + "?party=nope", "nope")]
    [InlineData(Timeline + "?from=2026-03-01&to=2026-01-01", "before")]
    [InlineData(Timeline + "?page=1&page=2", "“page” was given 2 times")]
    [InlineData(Timeline + "?outlet=reuters&outlet=axios", "“outlet” was given 2 times")]
    [InlineData("/deals/amazon-openai-2026-round/compare?asOf=2026-01-28&asOf=2026-01-29", "“asOf” was given 2 times")]
    [InlineData("/deals/amazon-openai-2026-round?asOf=2026-01-28&asOf=2026-01-29", "“asOf” was given 2 times")]
    [InlineData("/outlets?page=1&page=2", "“page” was given 2 times")]
    [InlineData("/outlets/reuters?page=1&page=1", "“page” was given 2 times")]
    public async Task Get_BadQueryValue_Is400AndThePageSaysWhatWasIgnored(string path, string said)
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".dt-error"), e => e.Text().Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTimeline_UnknownOutlet_ShowsEveryReportUnderAllOutlets()
    {
        var (_, all) = await HtmlPage.GetAsync(app.CreateClient(), Timeline);
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), Timeline + "?outlet=nope");

        Assert.DoesNotContain(page.QuerySelectorAll("#outlet option[selected]"), o => o.GetAttribute("value") is { Length: > 0 });
        Assert.Equal(all.QuerySelectorAll(".dt-entry").Length, page.QuerySelectorAll(".dt-entry").Length);
    }

    [Theory]
    [InlineData("/outlets")]
    [InlineData("/deals/amazon-openai-2026-round")]
    [InlineData("/deals/amazon-openai-2026-round/timeline")]
    [InlineData("/deals")]
    public async Task Get_QueryKeyNoPageReads_IsNeverWrittenIntoThePage(string path)
    {
        var client = app.CreateClient();
        var (poisoned, first) = await HtmlPage.GetAsync(client, path + "?x=POISON&utm_source=x%22%3E%3Cb%3Ezzz");
        var (_, plain) = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, poisoned.StatusCode);
        foreach (var page in new[] { first, plain })
        {
            var html = page.DocumentElement.OuterHtml;
            Assert.DoesNotContain("POISON", html, StringComparison.Ordinal);
            Assert.DoesNotContain("utm_source", html, StringComparison.Ordinal);
            Assert.DoesNotContain("zzz", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_QueryKeyThePageReads_IsKeptInItsOwnLinks()
    {
        var (_, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals/amazon-openai-2026-round?asOf=2026-01-29&x=POISON");

        Assert.Contains(page.QuerySelectorAll("a.dt-theme-toggle"), a => a.GetAttribute("href")!.Contains("asOf%3D2026-01-29", StringComparison.Ordinal));
        Assert.DoesNotContain("POISON", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
