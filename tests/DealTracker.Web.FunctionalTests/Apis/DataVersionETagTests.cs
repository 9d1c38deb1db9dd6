using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>Only a request that would succeed can be 304: the request is checked first, and errors carry no ETag.</summary>
public sealed class DataVersionETagTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("/api/deals/nope", HttpStatusCode.NotFound)]
    [InlineData("/api/deals/nope/export.csv", HttpStatusCode.NotFound)]
    [InlineData("/api/claims?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports?deal=nope", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?from=2026-03-01&to=2026-01-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/deals/amazon-openai-2026-round?asOf=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/deals/nope/feed.atom", HttpStatusCode.NotFound)]
    public async Task Get_BadRequestWithMatchingIfNoneMatch_IsTheErrorWithoutETag(string path, HttpStatusCode expected)
    {
        var client = app.CreateClient();
        var etag = (await client.GetAsync("/api/deals")).Headers.ETag!.ToString();

        foreach (var sent in new[] { "*", etag })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("If-None-Match", sent);
            var response = await client.SendAsync(request);

            Assert.Equal(expected, response.StatusCode);
            Assert.Null(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Get_GoodRequestWithItsETag_Is304()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/claims?page=1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/claims?page=1");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
