using System.Net;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// Behind a reverse proxy: forwarded headers count only from a known proxy (loopback here), and
/// then decide the client's address (its rate-limit bucket) and scheme (the __Host- cookie, HSTS).
/// </summary>
public sealed class ProxyExtensionsTests : IAsyncLifetime
{
    private const string Proxy = "127.0.0.1";

    private const string Stranger = "203.0.113.9";

    private readonly DealTrackerAppFactory _app = new() { SignInAttemptsPerMinute = 2 };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SignIn_HttpsAtTheTrustedProxy_SetsASecureHostPrefixedCookieAndHsts()
    {
        var client = PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.20", forwardedProto: "https");

        var form = await client.GetAsync("/account/login");
        var response = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);

        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-dt-auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.True(MaxAge(hsts) >= 365 * 24 * 3600, hsts);

        // The session works on the next HTTPS request through the proxy.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ForwardedHttpsFromAnUnknownAddress_IsIgnored()
    {
        var client = PeerClient.Create(_app, Stranger, forwardedFor: "198.51.100.21", forwardedProto: "https");

        var response = await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Get_PlainHttpAtTheProxy_HasNoHsts()
    {
        var response = await PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.22", forwardedProto: "http").GetAsync("/deals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_HostPrefixedCookieOverPlainHttp_IsNotASession()
    {
        var https = PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.23", forwardedProto: "https");
        var signIn = await SignIn.PostAsync(https, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-dt-auth=", StringComparison.Ordinal)).Split(';')[0];

        using var plain = PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.23", forwardedProto: "http");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        var response = await plain.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_BehindTheTrustedProxy_IsRateLimitedPerRealClient()
    {
        var first = PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.1", forwardedProto: "https");
        var second = PeerClient.Create(_app, Proxy, forwardedFor: "198.51.100.2", forwardedProto: "https");

        var firstClient = new[]
        {
            (await SignIn.PostAsync(first, "nobody@dealtracker.test", "wrong password 1")).StatusCode,
            (await SignIn.PostAsync(first, "nobody@dealtracker.test", "wrong password 2")).StatusCode,
            (await SignIn.PostAsync(first, "nobody@dealtracker.test", "wrong password 3")).StatusCode,
        };
        var secondClient = (await SignIn.PostAsync(second, "nobody@dealtracker.test", "wrong password 4")).StatusCode;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], firstClient);
        Assert.Equal(HttpStatusCode.OK, secondClient);
    }

    [Fact]
    public async Task SignIn_ForgedForwardedForFromAnUnknownAddress_SharesTheSendersBucket()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var client = PeerClient.Create(_app, Stranger, forwardedFor: $"192.0.2.{i + 1}");
            statuses.Add((await SignIn.PostAsync(client, "nobody@dealtracker.test", "wrong password " + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static int MaxAge(string hsts) =>
        int.Parse(hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
