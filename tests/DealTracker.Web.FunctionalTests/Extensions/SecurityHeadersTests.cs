using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>The security headers on every kind of response: pages, API, static files, not-found, bad requests and server errors.</summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/deals/amazon-openai-2026-round/timeline", HttpStatusCode.OK)]
    [InlineData("/reports/1", HttpStatusCode.OK)]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/api/deals", HttpStatusCode.OK)]
    [InlineData("/api/deals/no-such-deal", HttpStatusCode.NotFound)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/deals/no-such-deal", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/deals/amazon-openai-2026-round/feed.atom", HttpStatusCode.OK)]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode expected)
    {
        var response = await _app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Get_ServerError_AnswersThePlainErrorPageWithTheSecurityHeaders()
    {
        using var failing = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowingPathFilter())));

        var response = await failing.CreateClient().GetAsync("/test-throws");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.DoesNotContain("test failure", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Page_CspAllowsItsInlineImportMapByHashAndNothingInlineElse()
    {
        var response = await _app.CreateClient().GetAsync("/deals");
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success, "the page has Blazor's import map");
        Assert.Contains($"'sha256-{SecurityHeaders.Hash(importMap.Groups[1].Value)}'", csp, StringComparison.Ordinal);
        var scriptSources = csp.Split(';').Single(d => d.Trim().StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe", scriptSources, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", scriptSources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CachedPage_SecondAnswerCarriesTheSameHeaders()
    {
        var client = _app.CreateClient();
        var first = await client.GetAsync("/outlets");
        var second = await client.GetAsync("/outlets");

        AssertSecurityHeaders(second);
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "connect-src 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.Matches(@"script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header.");

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    /// <summary>Adds, after the app's own pipeline, a path whose handler throws (no route of the app should).</summary>
    private sealed class ThrowingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-throws", branch => branch.Run(_ => throw new InvalidOperationException("test failure")));
        };
    }
}
