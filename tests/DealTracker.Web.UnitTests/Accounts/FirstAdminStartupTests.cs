using DealTracker.Web.Accounts;
using Microsoft.AspNetCore.Http;

namespace DealTracker.Web.UnitTests.Accounts;

/// <summary>
/// While the first-admin work runs, a request that could need it (a write, an account page) waits for it; a public page
/// read does not.
/// </summary>
public sealed class FirstAdminStartupTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/deals/amazon-openai-investment/compare")]
    [InlineData("HEAD", "/outlets")]
    [InlineData("GET", "/api/claims")]
    public async Task HoldRequestsAsync_PublicReadWhileTheWorkRuns_IsAnsweredAtOnce(string method, string path)
    {
        var work = new TaskCompletionSource();
        var startup = new FirstAdminStartup(() => work.Task);
        var answered = false;

        var request = startup.HoldRequestsAsync(Context(method, path), _ => { answered = true; return Task.CompletedTask; });

        await request.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(answered);
        Assert.False(startup.Start().IsCompleted);
        work.SetResult();
    }

    [Theory]
    [InlineData("POST", "/account/login")]
    [InlineData("GET", "/account/setup")]
    [InlineData("GET", "/Account/Login")]
    [InlineData("POST", "/api/reports")]
    [InlineData("PUT", "/api/claims/1")]
    [InlineData("DELETE", "/api/outlets/reuters/feeds/1")]
    [InlineData("POST", "/_blazor/negotiate")]
    public async Task HoldRequestsAsync_WriteOrAccountPageWhileTheWorkRuns_WaitsUntilItIsDone(string method, string path)
    {
        var work = new TaskCompletionSource();
        var startup = new FirstAdminStartup(() => work.Task);
        var answered = false;

        var request = startup.HoldRequestsAsync(Context(method, path), _ => { answered = true; return Task.CompletedTask; });

        Assert.False(request.IsCompleted);
        Assert.False(answered);
        work.SetResult();
        await request.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(answered);
    }

    [Fact]
    public async Task HoldRequestsAsync_WorkFailed_HeldRequestFailsAndIsNotAnswered()
    {
        var startup = new FirstAdminStartup(() => Task.FromException(new InvalidOperationException("Set both Admin:Email and Admin:Password")));
        var answered = false;

        var request = startup.HoldRequestsAsync(Context("POST", "/account/login"), _ => { answered = true; return Task.CompletedTask; });

        await Assert.ThrowsAsync<InvalidOperationException>(() => request.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(answered);
    }

    private static DefaultHttpContext Context(string method, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        return context;
    }
}
