using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Hosting;

/// <summary>
/// The static pages persist no component state, so an anonymous reader's first <c>/</c> after a fresh start makes no
/// Data Protection key (an EF Core save on the first request's path); the sign-in form, which needs one, still gets one,
/// and an editor page still carries its protected component state.
/// </summary>
public sealed class StaticPageRenderModesTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string ServerComponentState = "<!--Blazor-Server-Component-State:";

    [SqliteOnlyFact]
    public async Task Get_HomeOnAFreshStore_NoKeyIsMadeUntilTheSignInForm()
    {
        using var reader = app.CreateBrowserLikeClient();

        var home = await reader.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain(ServerComponentState, await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountKeysAsync());

        var signIn = await reader.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("__RequestVerificationToken", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountKeysAsync());

        using var admin = await app.CreateAdminClientAsync();
        var desk = await admin.GetStringAsync("/admin");
        Assert.Contains(ServerComponentState, desk, StringComparison.Ordinal);
    }

    private async Task<int> CountKeysAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.DataProtectionKeys.CountAsync();
    }
}
