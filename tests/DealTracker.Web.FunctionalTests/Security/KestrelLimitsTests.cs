using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Security;

/// <summary>
/// What only the real server sees (the in-memory test server has no header or request-line limits and
/// cannot carry a NUL in a path): the app on a loopback Kestrel port, sent what a hostile client can send.
/// </summary>
public sealed class KestrelLimitsTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _client = default!;

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address.Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal)) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/deals")]
    [InlineData("/api/deals")]
    [InlineData("/deals/amazon-openai-2026-round/feed.atom")]
    public async Task Head_PageOrRead_AnswersLikeGetWithoutABody(string path)
    {
        var get = await _client.GetAsync(path);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_UnknownPage_Answers404()
    {
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithA40KilobyteCookie_Answers431NotAServerError()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Cookie", "big=" + new string('c', 40 * 1024));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/deals/%00")]
    [InlineData("/deals/a%00b/timeline")]
    [InlineData("/api/deals/%00/export.csv")]
    [InlineData("/outlets/%00?page=%00")]
    [InlineData("/api/claims?deal=%00&outlet=a%00b")]
    public async Task Get_WithANulInTheAddress_Answers4xx(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Get_WithAnOverlongAddress_Answers414NotAServerError()
    {
        var response = await _client.GetAsync("/deals/" + new string('a', 20_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task Get_OverlongSlugUnderTheLimit_AnswersTheNotFoundPage()
    {
        var response = await _client.GetAsync("/deals/" + new string('a', 6_000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
