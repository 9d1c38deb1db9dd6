using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealTracker.Web.FunctionalTests.Hosting;

/// <summary>One rule for a slug written in capitals: a permanent redirect to the lower-case address; filters match any case.</summary>
public sealed class CanonicalSlugsTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("/deals/AMAZON-OPENAI-2026-ROUND", "/deals/amazon-openai-2026-round")]
    [InlineData("/deals/Amazon-OpenAI-2026-Round/timeline?outlet=reuters", "/deals/amazon-openai-2026-round/timeline?outlet=reuters")]
    [InlineData("/deals/AMAZON-OPENAI-2026-ROUND/compare", "/deals/amazon-openai-2026-round/compare")]
    [InlineData("/deals/AMAZON-OPENAI-2026-ROUND/feed.atom", "/deals/amazon-openai-2026-round/feed.atom")]
    [InlineData("/outlets/REUTERS?page=1", "/outlets/reuters?page=1")]
    [InlineData("/api/deals/AMAZON-OPENAI-2026-ROUND", "/api/deals/amazon-openai-2026-round")]
    [InlineData("/api/deals/AMAZON-OPENAI-2026-ROUND/export.csv", "/api/deals/amazon-openai-2026-round/export.csv")]
    [InlineData("/api/deals/AMAZON-OPENAI-2026-ROUND/export.json", "/api/deals/amazon-openai-2026-round/export.json")]
    public async Task Get_SlugInCapitals_RedirectsPermanentlyToTheLowerCaseAddress(string path, string canonical)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(canonical)).StatusCode);
    }

    [Theory]
    [InlineData("/deals/NOPE%20X")]
    [InlineData("/outlets/X%0d%0aFAKE")]
    public async Task Get_AddressWhoseSlugIsNoSlug_Is404NotARedirect(string path)
    {
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/claims?deal=AMAZON-OPENAI-2026-ROUND")]
    [InlineData("/api/reports?outlet=Reuters")]
    [InlineData("/api/claims?party=AMAZON")]
    public async Task Get_FilterSlugInCapitals_MatchesTheSlug(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_TimelineOutletFilterInCapitals_SelectsTheOutlet()
    {
        var (response, page) = await HtmlPage.GetAsync(app.CreateClient(), "/deals/amazon-openai-2026-round/timeline?outlet=REUTERS");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reuters", page.QuerySelector("#outlet option[selected]")?.GetAttribute("value"));
    }
}
