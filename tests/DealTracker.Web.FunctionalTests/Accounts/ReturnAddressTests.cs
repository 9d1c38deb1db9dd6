using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// A local return address with non-ASCII characters is followed percent-encoded, never a 500. On a
/// loopback Kestrel port: only the real server refuses a non-ASCII Location header.
/// </summary>
public sealed class ReturnAddressTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private Uri _address = default!;

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _address = new Uri(address.Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    /// <summary>A client with its own cookies that does not follow redirects.</summary>
    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = _address };

    [Theory]
    [InlineData("/deals?x=1", "/", "/deals?x=1")]
    [InlineData("/é", "/", "/%C3%A9")]
    [InlineData("/%C3%A9", "/", "/%C3%A9")]
    [InlineData("/deals/caf\u00e9?q=\u00fc#\u2603", "/", "/deals/caf%C3%A9?q=%C3%BC#%E2%98%83")]
    [InlineData("/\U0001F600", "/", "/%F0%9F%98%80")]
    [InlineData("//evil.example/é", "/", "/")]
    [InlineData("https://evil.example", "/admin", "/admin")]
    public void LocalOr_Address_IsAsciiAndLocal(string url, string fallback, string expected) =>
        Assert.Equal(expected, LocalPaths.LocalOr(url, fallback));

    [Fact]
    public void LocalOr_LoneSurrogate_FallsBack() =>
        Assert.Equal("/admin", LocalPaths.LocalOr("/bad" + '\uD800', "/admin"));

    [Fact]
    public async Task Theme_NonAsciiReturnAddress_RedirectsPercentEncoded()
    {
        using var client = Client();

        var response = await client.GetAsync("/theme?mode=dark&returnUrl=/%C3%A9");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%A9", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_NonAsciiReturnAddress_SignsInAndRedirectsPercentEncoded()
    {
        using var client = Client();
        var form = await SignIn.FormFieldsAsync(client, "/account/login?ReturnUrl=/%C3%A9");
        form["Input.Email"] = DealTrackerAppFactory.AdminEmail;
        form["Input.Password"] = DealTrackerAppFactory.AdminPassword;

        var response = await client.PostAsync("/account/login?ReturnUrl=/%C3%A9", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/%C3%A9", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dt-auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignOut_NonAsciiReturnAddress_SignsOutAndRedirectsPercentEncoded()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword)).StatusCode);
        var form = await SignIn.FormFieldsAsync(client, "/admin");
        form["returnUrl"] = "/é";

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%A9", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignOut_NonAsciiReturnUrlInTheQuery_SignsOutAndRedirectsPercentEncoded()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(client, DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword)).StatusCode);
        var form = await SignIn.FormFieldsAsync(client, "/admin");
        form["returnUrl"] = "/";

        var response = await client.PostAsync("/account/logout?ReturnUrl=/%C3%A9", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
