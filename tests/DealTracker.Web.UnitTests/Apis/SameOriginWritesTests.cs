using DealTracker.Web.Apis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.UnitTests.Apis;

/// <summary>
/// The cross-site check on a request no test server sends: no Host at all (HTTP/1.0) or one that makes no address. It must refuse a
/// foreign Origin with 403, not throw (a 500), and let a write with no browser headers through.
/// </summary>
public sealed class SameOriginWritesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("[::1")]
    public void Refusal_HostThatMakesNoAddress_RefusesAForeignOriginWith403(string host)
    {
        var request = Post(host);
        request.Headers.Origin = "https://evil.example";

        var refusal = SameOriginWrites.Refusal(request);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ProblemHttpResult>(refusal).StatusCode);
    }

    [Fact]
    public void Refusal_NoBrowserHeadersAndNoHost_LetsTheWriteThrough()
    {
        Assert.Null(SameOriginWrites.Refusal(Post("")));
    }

    private static HttpRequest Post(string host)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        return context.Request;
    }
}
