namespace DealTracker.Web.Extensions;

/// <summary>
/// HEAD is answered as GET would be, without the body (RFC 9110 §9.3.2): the pages and read endpoints are mapped for GET only, so
/// HEAD found no route and answered 404, though the CORS policy offers it. The server still knows the request came as HEAD and
/// sends the headers alone; the in-memory test server does not, which is why the test runs on a loopback port.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    });
}
