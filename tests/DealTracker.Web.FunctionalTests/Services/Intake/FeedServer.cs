using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// A real HTTP server on a loopback port serving the feed files in Feeds/ (RSS in the shape of a Reuters wire
/// feed, Atom, JSON Feed, a malformed feed, article pages), with ETag / 304 on the Reuters feed, a redirect loop,
/// a redirect to a feed, and an oversized feed. It records the If-None-Match each request sent.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    public const string ReutersETag = "\"reuters-technology-v1\"";

    private readonly WebApplication _app;

    private FeedServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Each request's path and the If-None-Match it sent (empty when none).</summary>
    public ConcurrentQueue<(string Path, string IfNoneMatch)> Requests { get; } = new();

    public string Url(string path) => BaseUrl + path;

    /// <summary>Answers a test's own paths under <c>/t/</c>: what each writes (status, headers, body) is up to the test.</summary>
    public ConcurrentDictionary<string, RequestDelegate> Routes { get; } = new();

    /// <summary>Serves <paramref name="body"/> at <c>/t/{name}</c> with the Content-Type given; returns its address.</summary>
    public string Serve(string name, byte[] body, string contentType, params (string Name, string Value)[] headers)
    {
        Routes[name] = async context =>
        {
            context.Response.ContentType = contentType;
            foreach (var (header, value) in headers)
            {
                context.Response.Headers[header] = value;
            }

            await context.Response.Body.WriteAsync(body);
        };
        return Url("/t/" + name);
    }

    /// <summary>Serves <paramref name="text"/> as UTF-8 at <c>/t/{name}</c>; returns its address.</summary>
    public string Serve(string name, string text, string contentType = "application/rss+xml") =>
        Serve(name, System.Text.Encoding.UTF8.GetBytes(text), contentType);

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        var folder = Path.Combine(AppContext.BaseDirectory, "Services", "Intake", "Feeds");

        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers.IfNoneMatch.ToString()));
            await next(context);
        });
        app.MapGet("/reuters/technology.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == ReutersETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = ReutersETag;
            context.Response.Headers.LastModified = "Tue, 01 Dec 2026 14:20:00 GMT";
            await File(context, folder, "reuters-technology.xml", "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/techcrunch/ai.atom", context => File(context, folder, "techcrunch-ai.atom", "application/atom+xml; charset=utf-8"));
        app.MapGet("/information/feed.json", context => File(context, folder, "the-information.json", "application/feed+json"));
        app.MapGet("/broken.xml", context => File(context, folder, "broken.xml", "application/rss+xml"));
        app.MapGet("/article.html", context => File(context, folder, "article.html", "text/html; charset=utf-8"));
        app.MapGet("/paywall.html", context => File(context, folder, "paywall.html", "text/html; charset=utf-8"));
        app.MapGet("/gone.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.MapGet("/down.html", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        app.MapGet("/big.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
            var filler = "<item><title>" + new string('x', 1000) + "</title><link>https://example.com/x</link></item>";
            for (var i = 0; i < 400; i++)
            {
                await context.Response.WriteAsync(filler); // about 400 KB, sent without a Content-Length
            }

            await context.Response.WriteAsync("</channel></rss>");
        });
        app.Map("/t/{name}", (HttpContext context, string name) =>
            server.Routes.TryGetValue(name, out var route) ? route(context) : Results.NotFound().ExecuteAsync(context));
        app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        app.MapGet("/moved.xml", () => Results.Redirect("/reuters/technology.xml"));

        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = addresses.Single().TrimEnd('/');
        return server;
    }

    private static async Task File(HttpContext context, string folder, string name, string type)
    {
        context.Response.ContentType = type;
        await context.Response.SendFileAsync(Path.Combine(folder, name));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
