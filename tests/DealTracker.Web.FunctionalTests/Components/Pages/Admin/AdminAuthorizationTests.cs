using System.Net;
using System.Reflection;
using System.Text;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Admin;

/// <summary>
/// Every editor page and every write endpoint is refused to anonymous visitors on the server: pages
/// send them to sign in, the API answers 401, and nothing is read or written. The pages and endpoints
/// are found by reflection and from the routing table, so a new one is covered without editing this test.
/// </summary>
public sealed class AdminAuthorizationTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static TheoryData<string> AdminPages()
    {
        var data = new TheoryData<string>();
        foreach (var route in typeof(Program).Assembly.GetTypes()
                     .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
                     .Select(r => r.Template)
                     .Where(t => t.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))
                     .Distinct()
                     .Order())
        {
            data.Add(Concrete(route));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Get_AdminPageAnonymously_RedirectsToSignInWithoutData(string path)
    {
        var client = _app.CreateBrowserLikeClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=", response.Headers.Location?.Query, StringComparison.Ordinal);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void AdminPages_Found_IncludeTheDesk()
    {
        Assert.Contains("/admin", AdminPages().Cast<object[]>().Select(row => (string)row[0]));
    }

    [Fact]
    public async Task WriteEndpoints_Anonymous_Answer401AndChangeNothing()
    {
        var writes = WriteEndpoints();
        Assert.NotEmpty(writes);
        var before = await CountsAsync();
        var client = _app.CreateBrowserLikeClient();

        foreach (var (method, path) in writes)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent("""{"version":0,"reason":"test","outletId":1,"headline":"Anonymous write","claims":[]}""", Encoding.UTF8, "application/json"),
            };
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}, not 401.");
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task WriteEndpoints_SignedInWithoutARole_Answer403()
    {
        await _app.EnsureAccountAsync("no-role@dealtracker.test", "a passphrase with no role", DealTracker.Web.Accounts.Roles.Editor);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DealTracker.Web.Accounts.EditorUser>>();
            var user = await users.FindByEmailAsync("no-role@dealtracker.test");
            await users.RemoveFromRoleAsync(user!, DealTracker.Web.Accounts.Roles.Editor);
        }

        var client = await _app.CreateSignedInClientAsync("no-role@dealtracker.test", "a passphrase with no role");

        var response = await client.PostAsync("/api/claims/1/retract", new StringContent("""{"version":0,"reason":"x"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Get_AccountsPageAsEditor_IsRefused()
    {
        var client = await _app.CreateEditorClientAsync();

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task HistoryApi_Anonymous_Answers401()
    {
        var response = await _app.CreateBrowserLikeClient().GetAsync("/api/history/Report/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private List<(string Method, string Path)> WriteEndpoints() =>
        [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                        && e.RoutePattern.RawText != "/api/extract")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (m, Concrete(e.RoutePattern.RawText!))))];

    private async Task<(int Reports, int Claims, int Outlets, int Changes)> CountsAsync()
    {
        await using var db = _app.CreateDbContext();
        return (await db.Reports.CountAsync(), await db.Claims.CountAsync(c => c.Status == DealTracker.Domain.Claims.ClaimStatus.Standing),
                await db.Outlets.CountAsync(), await db.ChangeRecords.CountAsync());
    }

    // "/admin/reports/{id:int}" → "/admin/reports/1"
    private static string Concrete(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", "1");
}
