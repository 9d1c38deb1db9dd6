using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Web.Apis;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Security;

/// <summary>
/// An editor's browser, signed in, visits another site's page, which posts to DealTracker's API. Every editor write (found
/// from the routing table) refuses it with 403, whatever the body, and nothing is stored; the site's own pages, and scripts
/// that are not browsers, still write; a plain form's body is refused even from the site.
/// </summary>
public sealed class CrossSiteWritesTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    /// <summary>What a browser sends with a request another site's page made: each alone is enough to refuse it.</summary>
    public static TheoryData<string, string, string?> ForeignRequests => new()
    {
        { "Origin", "https://evil.example", null },
        { "Origin", "http://evil.localhost", null },
        { "Origin", "http://localhost:8443", null },
        { "Origin", "https://localhost", null },
        { "Origin", "null", null },
        { "Sec-Fetch-Site", "cross-site", null },
        { "Sec-Fetch-Site", "same-site", null },
        { "Sec-Fetch-Site", "cross-site", "http://localhost" },
    };

    [Theory]
    [MemberData(nameof(ForeignRequests))]
    public async Task EditorWrite_EveryEndpointFromAnotherSite_Answers403AndStoresNothing(string header, string value, string? origin)
    {
        var editor = await app.CreateEditorClientAsync();
        var feedId = await AddFeedAsync(editor, "https://feeds.example.com/cross-site/" + Guid.NewGuid().ToString("N"));
        var writes = EditorWrites();
        Assert.Contains(("POST", "/api/feeds/{id:int}/poll"), writes);
        Assert.Contains(("POST", "/api/reports/"), writes);
        Assert.Contains(("DELETE", "/api/outlets/{slug}/feeds/{id:int}"), writes);
        var before = await StoreFingerprint.OfAsync(app);
        var failures = new List<string>();

        foreach (var (method, route) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route, feedId))
            {
                Content = new StringContent($$"""{"url":"https://feeds.example.com/other","reason":"cross-site","version":1,"headline":"Forged"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation(header, value);
            if (origin is not null)
            {
                request.Headers.TryAddWithoutValidation("Origin", origin);
            }

            using var response = await editor.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains("Cross-site write refused", StringComparison.Ordinal))
            {
                failures.Add($"{method} {route} with {header}: {value} answered {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await StoreFingerprint.OfAsync(app));
    }

    [Fact]
    public async Task AddFeed_FromTheSitesOwnPage_IsSaved()
    {
        var editor = await app.CreateEditorClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/outlets/axios/feeds")
        {
            Content = JsonContent.Create(new { url = "https://feeds.example.com/own-page/" + Guid.NewGuid().ToString("N") }),
        };
        request.Headers.TryAddWithoutValidation("Origin", "http://localhost");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PollFeed_ScriptThatIsNotABrowser_Polls()
    {
        var editor = await app.CreateEditorClientAsync();
        var feedId = await AddFeedAsync(editor, "https://feeds.example.com/script/" + Guid.NewGuid().ToString("N"));

        using var response = await editor.PostAsync($"/api/feeds/{feedId}/poll", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // feeds.example.com does not answer here: the poll's own outcome says so
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("status", out _));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "a=1")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    [InlineData("text/plain", "{}")]
    public async Task PollFeed_BodyAPlainFormCanSend_Answers415AndPollsNothing(string contentType, string body)
    {
        var editor = await app.CreateEditorClientAsync();
        var feedId = await AddFeedAsync(editor, "https://feeds.example.com/form/" + Guid.NewGuid().ToString("N"));
        var before = await StoreFingerprint.OfAsync(app);
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await editor.PostAsync($"/api/feeds/{feedId}/poll", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoreFingerprint.OfAsync(app));
    }

    [Fact]
    public async Task PollFeed_StrangerFromAnotherSite_Answers401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds/1/poll");
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        using var response = await app.CreateBrowserLikeClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListInbox_ReadFromAnotherSite_StillAnswers()
    {
        var editor = await app.CreateEditorClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/inbox");
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // a read changes nothing, and CORS keeps its answer from the other site
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<int> AddFeedAsync(HttpClient editor, string url)
    {
        var response = await editor.PostAsJsonAsync("/api/outlets/axios/feeds", new { url });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>Every endpoint marked as an editor write, with each unsafe method it takes.</summary>
    private List<(string Method, string Route)> EditorWrites() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<SameOriginWrites.Marker>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .Order()];

    private static string Concrete(string route, int feedId) =>
        route.Replace("{slug}", "axios", StringComparison.Ordinal).Replace("{id:int}", feedId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
