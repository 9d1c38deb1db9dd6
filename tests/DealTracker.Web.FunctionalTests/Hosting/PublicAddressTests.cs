using System.Net;
using System.Xml.Linq;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DealTracker.Web.FunctionalTests.Hosting;

/// <summary>Feed and JSON-LD links come from PublicBaseUrl, never from the Host header; Production allows only its configured host names.</summary>
public sealed class PublicAddressTests : IAsyncLifetime
{
    private const string PublicBase = "https://deals.example.org/";

    private readonly DealTrackerAppFactory _app = new() { PublicBaseUrl = PublicBase };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_FeedWithAForgedHost_LinksToThePublicBase()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/deals/amazon-openai-2026-round/feed.atom");
        request.Headers.Host = "evil.example";

        var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", xml, StringComparison.Ordinal);
        var links = XDocument.Parse(xml).Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")).Select(l => (string)l.Attribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(PublicBase, link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ReportPageWithAForgedHost_JsonLdUsesThePublicBase()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/1");
        request.Headers.Host = "evil.example";

        var html = await (await _app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        var start = html.IndexOf("application/ld&#x2B;json", StringComparison.Ordinal); // the "+" as Razor encodes it
        Assert.True(start > 0, "the report page has JSON-LD");
        var jsonLd = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.Contains(PublicBase + "reports/1", jsonLd, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ProductionWithAnUnlistedHost_Answers400()
    {
        using var production = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var client = production.CreateClient();

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/deals");
        forged.Headers.Host = "evil.example";
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/deals");
        local.Headers.Host = "localhost";

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(local)).StatusCode);
    }
}
