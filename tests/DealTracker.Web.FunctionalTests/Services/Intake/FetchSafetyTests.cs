using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Intake;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// With <c>Intake:AllowPrivateAddresses</c> false (the default), the loopback feed server is out of reach in every
/// spelling of its address (decimal, hex, octal, short IPv4; IPv6 forms carrying it; local names), and so is every
/// other private, link-local, reserved or metadata address: a pasted link is a 422 saying why, a watched feed
/// records the refusal as its last error, and the server is never asked.
/// </summary>
public sealed class FetchSafetyTests(IntakeHost intake) : IClassFixture<IntakeHost>
{
    private readonly IntakeHost _intake = intake;
    private readonly DealTrackerAppFactory _app = intake.App;
    private readonly FeedServer _feeds = intake.Feeds;
    private readonly HttpClient _editor = intake.Editor;

    /// <summary>Hosts that reach (or would reach) this machine: each is put in front of the feed server's port.</summary>
    public static readonly TheoryData<string> LoopbackHosts =
    [
        "2130706433", "0x7f.0.0.1", "0x7f000001", "0177.0.0.1", "017700000001", "127.1", "127.000.000.001", "0", "0.0.0.0",
        "[::]", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]",
        "[64:ff9b::7f00:1]", "[2002:7f00:1::1]", "localhost", "LOCALHOST", "localhost.", "foo.localhost", "a.b.localhost.",
        "127.0.0.1.", "printer.local", "metadata.internal", "\uff11\uff12\uff17.0.0.1",
    ];

    /// <summary>Private, link-local, shared, reserved and multicast addresses in the other ranges.</summary>
    public static readonly TheoryData<string> OtherPrivateHosts =
    [
        "169.254.169.254", "[fe80::1]", "[fd00:ec2::254]", "[fc00::1]", "10.0.0.1", "172.16.5.4", "192.168.0.1", "100.64.0.1",
        "100.127.255.254", "198.18.0.1", "198.19.255.255", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1",
        "192.0.0.1", "[ff02::1]", "[64:ff9b::a9fe:a9fe]", "[2002:a9fe:a9fe::1]", "[::ffff:a9fe:a9fe]", "[2001:db8::1]",
    ];

    [Theory]
    [MemberData(nameof(LoopbackHosts))]
    [MemberData(nameof(OtherPrivateHosts))]
    public async Task Article_PrivateAddressInAnySpelling_Is422RefusedAndNeverFetched(string host)
    {
        var url = $"http://{host}:{new Uri(_feeds.BaseUrl).Port}/article.html";

        var response = await _editor.PostAsJsonAsync("/api/article", new { url });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Address refused", problem.GetProperty("title").GetString());
        Assert.StartsWith("Refused: private address (", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_feeds.Requests);
    }

    [Theory]
    [MemberData(nameof(LoopbackHosts))]
    public async Task Poll_FeedOnLoopbackInAnySpelling_RecordsTheRefusalAsItsLastError(string host)
    {
        var id = await _intake.AddFeedAsync("reuters", $"http://{host}:{new Uri(_feeds.BaseUrl).Port}/reuters/technology.xml?case={Guid.NewGuid():N}");

        var poll = await _intake.PollAsync(id);

        Assert.Equal("refused", poll.GetProperty("status").GetString());
        var feed = (await _editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds")).EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == id);
        Assert.StartsWith("Refused: private address (", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Empty(_feeds.Requests);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task Poll_HostNameThatResolvesToAPrivateAddress_IsRefusedAfterResolutionAndNeverRequested()
    {
        // Not a reserved local name, so only the check on the resolved address (in the connection) can stop it.
        var host = Dns.GetHostName();
        var addresses = await Dns.GetHostAddressesAsync(host);
        Assert.True(addresses.Length > 0 && !addresses.Any(AddressGuard.IsPublic), $"{host} should resolve to private addresses only here.");
        Assert.False(AddressGuard.IsLocalName(host));
        var id = await _intake.AddFeedAsync("reuters", $"http://{host}:{new Uri(_feeds.BaseUrl).Port}/reuters/technology.xml?case={Guid.NewGuid():N}");

        var poll = await _intake.PollAsync(id);
        var article = await _editor.PostAsJsonAsync("/api/article", new { url = $"http://{host}:{new Uri(_feeds.BaseUrl).Port}/article.html" });

        Assert.Equal("refused", poll.GetProperty("status").GetString());
        Assert.StartsWith("Refused: private address (", poll.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, article.StatusCode);
        Assert.Empty(_feeds.Requests);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Only http and https")]
    [InlineData("data:text/html,<h1>x</h1>", "Only http and https")]
    [InlineData("file:///etc/passwd", "Only http and https")]
    [InlineData("gopher://127.0.0.1:70/_x", "Only http and https")]
    [InlineData("ftp://example.com/feed.xml", "Only http and https")]
    [InlineData("http://user:pass@example.com/a", "user name or password")]
    [InlineData("http://user@example.com/a", "user name or password")]
    [InlineData("http://:@example.com/a", "user name or password")]
    [InlineData("//example.com/a", "full web address")]
    [InlineData("/a/b.html", "full web address")]
    public async Task Article_AddressNotHttpOrWithCredentials_Is400NamingUrl(string url, string expected)
    {
        var response = await _editor.PostAsJsonAsync("/api/article", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(_feeds.Requests);
    }
}
