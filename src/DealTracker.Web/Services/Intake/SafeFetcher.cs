using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace DealTracker.Web.Services.Intake;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>200 with a body within the size cap.</summary>
    Ok,

    /// <summary>304: nothing new since the validators sent.</summary>
    NotModified,

    /// <summary>The server or network failed, or a cap was reached.</summary>
    Failed,

    /// <summary>The address is not allowed (scheme, credentials, private address).</summary>
    Refused,
}

/// <summary>What one fetch came to. <see cref="Error"/> is a message an editor can read.</summary>
public sealed record FetchResult(
    FetchOutcome Outcome, Uri? FinalUrl, int? Status, byte[]? Body, string? ContentType, string? ETag, string? LastModified, string? Error)
{
    /// <summary>The charset the Content-Type header names, if any (for a body that does not declare its own encoding).</summary>
    public string? Charset { get; init; }
}

/// <summary>
/// Fetches feeds and pages safely: only http and https, no credentials, only public addresses (checked in the
/// connection itself, on the IP actually connected to, so DNS rebinding cannot slip past), redirects followed by
/// hand (each hop checked, at most <see cref="IntakeOptions.MaxRedirects"/>), a time cap over the whole fetch and a
/// size cap on the body. Sends conditional GETs when given validators.
/// </summary>
public sealed class SafeFetcher(IHttpClientFactory clients, IOptions<IntakeOptions> options)
{
    /// <summary>The named client: a SocketsHttpHandler with the address check, no automatic redirects, and a bounded retry.</summary>
    public const string ClientName = "intake";

    /// <summary>Fetches <paramref name="url"/> with GET, sending If-None-Match / If-Modified-Since when given; never throws for network or server faults.</summary>
    public async Task<FetchResult> FetchAsync(string url, string accept, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (AddressGuard.CheckUrl(url) is { } invalid)
        {
            return new FetchResult(FetchOutcome.Refused, null, null, null, null, null, null, invalid);
        }

        var uri = new Uri(url.Trim());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var client = clients.CreateClient(ClientName);
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!settings.AllowPrivateAddresses && AddressGuard.CheckHost(uri) is { } local)
                {
                    return Refused(uri, local);
                }

                using var request = BuildRequest(uri, accept, etag, lastModified);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    if (FollowRedirect(uri, location, hop, status, settings, out var next) is { } stopped)
                    {
                        return stopped;
                    }

                    uri = next;
                    continue;
                }

                return await ReadResponseAsync(response, uri, status, etag, lastModified, settings, timeout.Token);
            }
        }
        catch (Exception exception) when (Find<FetchRefusedException>(exception) is { } refused)
        {
            return Refused(uri, refused.Message);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                                          && (exception is OperationCanceledException || Find<TimeoutRejectedException>(exception) is not null))
        {
            return Failed(uri, null, $"Timed out: no complete answer within {settings.TimeoutSeconds} s.");
        }
        catch (HttpRequestException exception)
        {
            return Failed(uri, null, $"Could not connect to {uri.Host}: {Innermost(exception).Message}");
        }
        catch (IOException exception)
        {
            return Failed(uri, null, $"The connection to {uri.Host} failed: {exception.Message}");
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            // A compressed body that does not decompress (bad gzip, brotli or deflate data).
            return Failed(uri, null, $"The response from {uri.Host} could not be read: {exception.Message}");
        }
    }

    /// <summary>A GET of <paramref name="uri"/> with the Accept and User-Agent headers and, when given, the validators.</summary>
    private static HttpRequestMessage BuildRequest(Uri uri, string accept, string? etag, string? lastModified)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.UserAgent.ParseAdd("DealTracker/1.0 (+https://github.com/dealtracker; feed reader)");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        return request;
    }

    /// <summary>
    /// Checks a redirect from <paramref name="uri"/> to <paramref name="location"/>: the result that ends the fetch
    /// (too many hops, or a refused address), or null with <paramref name="next"/> the address to follow.
    /// </summary>
    private static FetchResult? FollowRedirect(Uri uri, Uri location, int hop, int status, IntakeOptions settings, out Uri next)
    {
        if (hop >= settings.MaxRedirects)
        {
            next = uri;
            return Failed(uri, status, $"Too many redirects: more than {settings.MaxRedirects}.");
        }

        next = location.IsAbsoluteUri ? location : new Uri(uri, location);
        if (AddressGuard.CheckUri(next) is { } refused)
        {
            return Refused(next, $"Refused: a redirect to {Describe(next)}. {refused}");
        }

        return null;
    }

    /// <summary>The end of a fetch that was not redirected: not modified, a failure status, or the body within the size cap.</summary>
    private static async Task<FetchResult> ReadResponseAsync(
        HttpResponseMessage response, Uri uri, int status, string? etag, string? lastModified, IntakeOptions settings, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(FetchOutcome.NotModified, uri, status, null, null, Header(response, "ETag") ?? etag, LastModifiedOf(response) ?? lastModified, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            return Failed(uri, status, $"The server answered {status} {response.ReasonPhrase}.".Replace(" .", ".", StringComparison.Ordinal));
        }

        if (response.Content.Headers.ContentLength > settings.MaxBytes)
        {
            return Failed(uri, status, $"Too large: the response is over {Megabytes(settings.MaxBytes)}.");
        }

        var body = await ReadAtMostAsync(response.Content, settings.MaxBytes, cancellationToken);
        if (body is null)
        {
            return Failed(uri, status, $"Too large: the response is over {Megabytes(settings.MaxBytes)}.");
        }

        return new FetchResult(FetchOutcome.Ok, uri, status, body, response.Content.Headers.ContentType?.MediaType,
            Header(response, "ETag"), LastModifiedOf(response), null) { Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', ' ') };
    }

    /// <summary>
    /// The connection step of the intake's handler: resolves the host, refuses it when no address is public
    /// (unless allowed), and connects only to an address that passed the check.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (!allowPrivate && AddressGuard.IsLocalName(endPoint.Host))
        {
            throw new FetchRefusedException(AddressGuard.PrivateAddressMessage(endPoint.Host));
        }

        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = allowPrivate ? addresses : addresses.Where(AddressGuard.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw addresses.Length == 0
                ? new HttpRequestException($"{endPoint.Host} has no address.")
                : new FetchRefusedException(AddressGuard.PrivateAddressMessage(addresses[0]));
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
        }

        throw last!;
    }

    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > maxBytes)
            {
                return null;
            }
        }

        return body.ToArray();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        ?? (response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null);

    private static FetchResult Failed(Uri uri, int? status, string message) =>
        new(FetchOutcome.Failed, uri, status, null, null, null, null, message);

    private static FetchResult Refused(Uri uri, string message) =>
        new(FetchOutcome.Refused, uri, null, null, null, null, null, message);

    private static string Describe(Uri uri) => $"{uri.Scheme}://{uri.Host}";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024} KB");

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
