using System.Net;
using DealTracker.Web.Services.Intake;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>The address checks, one address at a time and over a chain of redirects.</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("198.18.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.1.1.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:a00:1::1")]
    [InlineData("2001:db8::1")]
    public void IsPublic_PrivateLoopbackLinkLocalAndReserved_IsFalse(string address) =>
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("151.101.1.69")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:80b::200e")]
    public void IsPublic_PublicAddresses_IsTrue(string address) =>
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("file:///etc/passwd", "Only http and https")]
    [InlineData("gopher://example.com/", "Only http and https")]
    [InlineData("https://user:secret@example.com/feed", "user name or password")]
    [InlineData("/relative/feed.xml", "full web address")]
    [InlineData("   ", "Give the address")]
    [InlineData("https://example.com/feed\0.xml", "control characters")]
    [InlineData("https://example.com/a\tb", "control characters")]
    public void CheckUrl_UnsafeAddresses_SaysWhy(string url, string expected) =>
        Assert.Contains(expected, AddressGuard.CheckUrl(url), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://example.com/a b.xml")]
    [InlineData("https://example.com/\u200Bfeed.xml")]
    [InlineData("https://exa\u200Bmple.com/feed")]
    [InlineData("https://example.com/\u00AD.xml")]
    [InlineData("https://example.com/feed\u2060.xml")]
    [InlineData("https://example.com/\u3000feed")]
    public void CheckUrl_AddressTheStoryKeyCannotKey_IsRefusedInWords(string url)
    {
        // The guard and the key are one rule: an address the guard lets through always has a key to store and compare.
        Assert.Null(Domain.Intake.StoryLinks.Key(url));
        Assert.Matches(@"cannot hold (a space|an invisible character) \(U\+[0-9A-F]{4}", AddressGuard.CheckUrl(url));
    }

    [Theory]
    [InlineData("https://example.com/feed.xml")]
    [InlineData("http://127.0.0.1:5472/feed.xml?a=1&b=%20")]
    [InlineData("https://bücher.example/feed")]
    public void CheckUrl_AcceptedAddress_HasAStoryKey(string url)
    {
        Assert.Null(AddressGuard.CheckUrl(url));
        Assert.NotNull(Domain.Intake.StoryLinks.Key(url));
    }

    [Fact]
    public async Task Fetch_RedirectChainEndingAtMetadataAddress_IsRefusedAtThatHop()
    {
        var hops = new Dictionary<string, string>
        {
            ["http://feeds.example.com/rss"] = "https://cdn.example.net/rss",
            ["https://cdn.example.net/rss"] = "http://169.254.169.254/latest/meta-data/",
        };
        var handler = new ScriptedHandler(hops);
        var fetcher = new SafeFetcher(new OneClientFactory(handler), Options.Create(new IntakeOptions()));

        var result = await fetcher.FetchAsync("http://feeds.example.com/rss", "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.StartsWith("Refused: private address (169.254.169.254)", result.Error, StringComparison.Ordinal);
        Assert.Equal(["http://feeds.example.com/rss", "https://cdn.example.net/rss"], handler.Requested);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "Only http and https")]
    [InlineData("http://admin:pw@feeds.example.com/", "user name or password")]
    [InlineData("http://[::ffff:127.0.0.1]/", "private address")]
    [InlineData("http://10.0.0.1/", "private address")]
    [InlineData("http://2130706433/", "private address (127.0.0.1)")]
    [InlineData("http://0x7f.1/", "private address (127.0.0.1)")]
    [InlineData("//169.254.169.254/latest/meta-data/", "private address (169.254.169.254)")]
    [InlineData("http://[::ffff:a9fe:a9fe]/", "private address")]
    [InlineData("http://foo.localhost/", "private address (foo.localhost)")]
    [InlineData("http://metadata.google.internal/", "private address (metadata.google.internal)")]
    [InlineData("javascript:alert(1)", "Only http and https")]
    [InlineData("data:text/html,<b>x</b>", "Only http and https")]
    [InlineData("gopher://feeds.example.com/", "Only http and https")]
    [InlineData("http://user@feeds.example.com/", "user name or password")]
    public async Task Fetch_RedirectToAForbiddenAddress_IsRefused(string target, string expected)
    {
        var handler = new ScriptedHandler(new Dictionary<string, string> { ["https://feeds.example.com/rss"] = target });
        var fetcher = new SafeFetcher(new OneClientFactory(handler), Options.Create(new IntakeOptions()));

        var result = await fetcher.FetchAsync("https://feeds.example.com/rss", "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(handler.Requested);
    }

    [Fact]
    public async Task Connect_HostNameResolvingToLoopback_IsRefusedAfterResolution()
    {
        var refused = await Assert.ThrowsAsync<FetchRefusedException>(
            () => SafeFetcher.ConnectAsync(new DnsEndPoint("localhost", 80), allowPrivate: false, CancellationToken.None).AsTask());

        Assert.StartsWith("Refused: private address (", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("foo.localhost")]
    [InlineData("LocalHost.")]
    [InlineData("nas.local")]
    [InlineData("router.home.arpa")]
    public async Task Connect_LocalName_IsRefusedWithoutAskingDns(string host)
    {
        var refused = await Assert.ThrowsAsync<FetchRefusedException>(
            () => SafeFetcher.ConnectAsync(new DnsEndPoint(host, 80), allowPrivate: false, CancellationToken.None).AsTask());

        Assert.Equal($"Refused: private address ({host}). Feeds and pages are fetched only from public addresses.", refused.Message);
    }

    /// <summary>Answers each scripted address with a 302 to the next, and anything else with 200.</summary>
    private sealed class ScriptedHandler(Dictionary<string, string> redirects) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.AbsoluteUri;
            Requested.Add(url);
            var response = redirects.TryGetValue(url, out var next)
                ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri(next, UriKind.RelativeOrAbsolute) } }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("secret") };
            return Task.FromResult(response);
        }
    }

    private sealed class OneClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
