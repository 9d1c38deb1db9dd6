using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// A client whose requests reach the app from a chosen peer address (as a reverse proxy's would),
/// with the given forwarded headers. It keeps cookies itself and sends every one back whatever its
/// Secure flag, as a proxy in front of the app would pass them, and follows no redirects.
/// </summary>
public static class PeerClient
{
    public static HttpClient Create(DealTrackerAppFactory app, string peer, string? forwardedFor = null, string? forwardedProto = null, string host = "dealtracker.example")
    {
        var address = IPAddress.Parse(peer);
        var server = app.Server;
        var client = new HttpClient(new CookieJar { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = address) })
        {
            BaseAddress = new Uri($"http://{host}/"),
        };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client;
    }

    /// <summary>Cookies by name, sent back on every request; every Set-Cookie line is kept for assertions.</summary>
    public sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var lines))
            {
                foreach (var line in lines)
                {
                    var pair = line.Split(';', 2)[0];
                    var name = pair.Split('=', 2)[0];
                    var value = pair.Split('=', 2)[1];
                    if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        _cookies.Remove(name);
                    }
                    else
                    {
                        _cookies[name] = value;
                    }
                }
            }

            return response;
        }
    }
}
