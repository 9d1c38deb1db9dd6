using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// A tiny web server on a loopback port serving fixed files (feeds, article pages) for the intake to read.
/// The browser tests' app allows private addresses (<c>Intake:AllowPrivateAddresses</c>) so it can fetch them.
/// </summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, (string ContentType, string Body)> _files = new(StringComparer.Ordinal);

    private LoopbackFeedServer(WebApplication app) => _app = app;

    /// <summary>The root address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Root { get; private set; } = default!;

    public static async Task<LoopbackFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackFeedServer(app);
        app.Run(async context =>
        {
            (string ContentType, string Body) file;
            lock (server._files)
            {
                if (!server._files.TryGetValue(context.Request.Path.Value ?? "/", out file))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }

            context.Response.ContentType = file.ContentType;
            await context.Response.WriteAsync(file.Body);
        });
        await app.StartAsync();
        server.Root = new Uri(app.Urls.First());
        return server;
    }

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> ("/wire.xml") and returns its full address.</summary>
    public string Serve(string path, string contentType, string body)
    {
        lock (_files)
        {
            _files[path] = (contentType, body);
        }

        return new Uri(Root, path).ToString();
    }

    /// <summary>An address on this server (served or not).</summary>
    public string Url(string path) => new Uri(Root, path).ToString();

    /// <summary>An RSS 2.0 feed of these items (title, link, description, published).</summary>
    public static string Rss(string title, params (string Title, string Link, string Description, DateTimeOffset Published)[] items) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>{WebUtility.HtmlEncode(title)}</title>
            <link>https://example.com/</link>
            <description>Test feed</description>
            {string.Concat(items.Select(i => $"""
            <item>
              <title>{WebUtility.HtmlEncode(i.Title)}</title>
              <link>{WebUtility.HtmlEncode(i.Link)}</link>
              <guid>{WebUtility.HtmlEncode(i.Link)}</guid>
              <description>{WebUtility.HtmlEncode(i.Description)}</description>
              <pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
            </item>
            """))}
          </channel>
        </rss>
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
