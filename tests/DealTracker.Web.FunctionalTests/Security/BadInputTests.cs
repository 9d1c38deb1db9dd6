using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Security;

/// <summary>
/// A table-driven sweep of bad input over every page and endpoint, found from the routing table (and the
/// pages by reflection), anonymously and signed in as an editor: malformed, overflowing and impossible
/// query values, hostile route values, malformed and hostile bodies, junk headers. Nothing may answer
/// 5xx, a page's 4xx is the site's own page, an API 4xx is problem details, and the store is unchanged
/// (every table's row count, highest row id and, where it has one, the sum of its versions).
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private const string DealSlug = "amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _editor = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    /// <summary>Query strings a client can send to any address: every page and endpoint must read them or ignore them.</summary>
    public static readonly string[] BadQueries =
    [
        "page=abc", "page=99999999999", "page=-1", "page=0", "page=1.5", "page=%00", "page=%EF%BC%91", "page=1&page=2",
        "page=10737420&pageSize=200", "page=2147483647&pageSize=200", "page=2147483647", "page=10737420",
        "pageSize=0", "pageSize=abc", "pageSize=99999999999", "pageSize=-5",
        "metric=bogus", "metric=99", "metric=-1", "metric=Investment,Valuation", "status=bogus", "status=",
        "from=2026-02-30", "to=9999-99-99", "from=2026-03-01&to=2026-01-01", "from=0001-01-01&to=9999-12-31", "from=2026-1-5",
        "asOf=2026-02-30", "asOf=0001-01-01", "asOf=9999-12-31", "asOf=yesterday", "asOf=2026-01-28&asOf=2026-01-29",
        "deal=%00", "deal=" + new string('d', 3000), "outlet=%2e%2e%2f%2e%2e%2fetc%2fpasswd", "party=%F0%9F%98%80", "outlet=no-such-outlet",
        "q=%25%5F%5B", "q=" + new string('q', 3000), "q=%00",
        "mode=%00", "returnUrl=/%0d%0aSet-Cookie:%20x=1", "returnUrl=/%01", "returnUrl=//evil.example", "returnUrl=/%5Cevil.example",
        "ReturnUrl=/%00", "ReturnUrl=https://evil.example", "token=%00", "token=" + new string('t', 3000),
        "apply=notabool", "apply=1", "x=%FF%FE", "%FF=1", "a[b][c]=1",
        "inboxItem=abc", "inboxItem=99999999999", "inboxItem=-1", "figures=maybe", "hasFigures=maybe", "order=bogus",
    ];

    /// <summary>
    /// Blazor binds a query value to a typed parameter by throwing when it does not parse (a 500), so every
    /// page takes its query values as text and reads them itself (QueryValues): a new typed one fails here.
    /// </summary>
    [Fact]
    public void SupplyParameterFromQuery_EveryPage_TakesText()
    {
        var typed = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(property => property.IsDefined(typeof(Microsoft.AspNetCore.Components.SupplyParameterFromQueryAttribute), inherit: true))
            .Where(property => property.PropertyType != typeof(string) && property.PropertyType != typeof(string[]))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name} ({property.PropertyType.Name})")
            .ToList();

        Assert.True(typed.Count == 0, "Query values bound to a type throw on bad input: " + string.Join(", ", typed));
    }

    /// <summary>
    /// Route values put in place of every parameter of a route: overlong, unicode, encoded traversal, out of range.
    /// (A NUL, %00, cannot go through the in-memory test server: <see cref="KestrelLimitsTests"/> sends it to Kestrel.)
    /// </summary>
    public static readonly string[] BadRouteValues =
    [
        new string('a', 5000), "d%C3%A9al-%F0%9F%98%80", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2Fappsettings.json",
        "%FF%FE", "%E2%80%AE", "%3Cscript%3E", "0", "-1", "99999999999", "2147483647", "abc",
    ];

    [Fact]
    public async Task Get_EveryRouteWithBadQueryOrRouteValues_AnswersNo5xxAndStoresNothing()
    {
        var routes = GetRoutes();
        Assert.Contains("/deals/{Slug}/timeline", routes);
        Assert.Contains("/api/claims", routes);
        var before = await StoreFingerprint.OfAsync(_app);
        var anonymous = _app.CreateBrowserLikeClient();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var clients = route.StartsWith("/admin", StringComparison.Ordinal) || route.StartsWith("/api/history", StringComparison.Ordinal)
                ? new[] { anonymous, _editor }
                : [anonymous];
            foreach (var client in clients)
            {
                foreach (var query in BadQueries)
                {
                    await CheckAsync(client, HttpMethod.Get, Concrete(route) + "?" + query, null, failures);
                }

                foreach (var value in BadRouteValues.Where(_ => route.Contains('{')))
                {
                    await CheckAsync(client, HttpMethod.Get, Regex.Replace(route, "{[^}]+}", value), null, failures);
                }
            }
        }

        Assert.True(failures.Count == 0, Report(failures));
        Assert.Equal(before, await StoreFingerprint.OfAsync(_app));
    }

    [Fact]
    public async Task Write_EveryWriteEndpointWithBadBodies_AnswersNo5xxAndStoresNothing()
    {
        var writes = WriteRoutes();
        Assert.Contains(("POST", "/api/reports/"), writes);
        Assert.Contains(("PUT", "/api/claims/{id:int}"), writes);
        Assert.Contains(("POST", "/api/extract"), writes);
        var before = await StoreFingerprint.OfAsync(_app);
        var failures = new List<string>();

        foreach (var client in new[] { _app.CreateBrowserLikeClient(), _editor })
        {
            foreach (var (method, route) in writes)
            {
                foreach (var (name, body) in BadBodies())
                {
                    var response = await CheckAsync(client, new HttpMethod(method), Concrete(route), body(), failures, name);
                    if (client == _editor && route.StartsWith("/api/", StringComparison.Ordinal) && response?.StatusCode is < HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{method} {route} with {name} answered {(int)response.StatusCode}: bad input was accepted");
                    }
                }

                foreach (var value in BadRouteValues.Where(_ => route.Contains('{')))
                {
                    await CheckAsync(client, new HttpMethod(method), Regex.Replace(route, "{[^}]+}", value),
                        Json("""{"version":999999,"reason":"bad route value","headline":"Bad route value"}"""), failures);
                }
            }
        }

        Assert.True(failures.Count == 0, Report(failures));
        Assert.Equal(before, await StoreFingerprint.OfAsync(_app));
    }

    [Fact]
    public async Task Get_JunkHeaders_AnswerNo5xx()
    {
        var failures = new List<string>();
        string[] paths = ["/", $"/deals/{DealSlug}/timeline", "/outlets", "/api/claims", $"/api/deals/{DealSlug}", $"/deals/{DealSlug}/feed.atom", "/admin/reports"];
        (string Name, string Value)[] headers =
        [
            ("If-None-Match", "garbage"), ("If-None-Match", "W/\""), ("If-None-Match", "*, \"x\", W/"), ("If-None-Match", new string('"', 8000)),
            ("If-Modified-Since", "yesterday"), ("Accept-Language", "xx-;;;q=abc"), ("Accept-Language", "*;q=2, en;q=-1"),
            ("Accept-Language", string.Join(",", Enumerable.Repeat("en-GB;q=0.5", 2000))), ("Accept", "application/json;q=abc"),
            ("Cookie", ".AspNetCore.Identity.Application=garbage; dt-theme=%00<script>"), ("Cookie", ".AspNetCore.Antiforgery.x=garbage"),
            ("Cookie", "big=" + new string('c', 30_000)), ("Cookie", "=;;=;a"), ("Range", "bytes=-99999999999999999999"),
            ("blazor-enhanced-nav", "on"), ("X-Forwarded-For", "not an address"), ("Host", "evil.example"),
        ];

        foreach (var client in new[] { _app.CreateBrowserLikeClient(), _editor })
        {
            foreach (var path in paths)
            {
                foreach (var (name, value) in headers)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.TryAddWithoutValidation(name, value);
                    var response = await client.SendAsync(request);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"GET {path} with {name}: {Shorten(value)} answered {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/deals/amazon-openai-2026-round/timeline?page=abc", HttpStatusCode.BadRequest, "is not a page number")]
    [InlineData("/deals/amazon-openai-2026-round/timeline?page=99999999999", HttpStatusCode.BadRequest, "is not a page number")]
    [InlineData("/deals/amazon-openai-2026-round/timeline?page=10737420", HttpStatusCode.OK, "There is no page 10737420")]
    [InlineData("/deals/amazon-openai-2026-round/timeline?from=2026-02-30", HttpStatusCode.BadRequest, "is not a date")]
    [InlineData("/outlets?page=abc", HttpStatusCode.BadRequest, "is not a page number")]
    [InlineData("/outlets?page=2147483647", HttpStatusCode.OK, "There is no page 2147483647")]
    [InlineData("/outlets/reuters?page=2147483647", HttpStatusCode.OK, "There is no page 2147483647")]
    [InlineData("/outlets/reuters?page=-1", HttpStatusCode.BadRequest, "is not a page number")]
    [InlineData("/deals/amazon-openai-2026-round?asOf=2026-02-30", HttpStatusCode.BadRequest, "is not a date")]
    [InlineData("/deals/no-such-deal", HttpStatusCode.NotFound, "Not found")]
    [InlineData("/reports/99999999999", HttpStatusCode.NotFound, "Not found")]
    public async Task Get_PageWithBadValue_AnswersTheSitesOwnPageSayingWhy(string path, HttpStatusCode status, string message)
    {
        var (response, page) = await HtmlPage.GetAsync(_app.CreateClient(), path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DealTracker", page.Title, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/claims?page=99999999999", "page")]
    [InlineData("/api/reports?pageSize=abc", "pageSize")]
    [InlineData("/api/events?from=2026-02-30", "from")]
    [InlineData("/api/claims?metric=99", "metric")]
    [InlineData("/api/deals/amazon-openai-2026-round?asOf=2026-02-30", "asOf")]
    public async Task Get_ApiWithBadQueryValue_AnswersProblemNamingTheParameter(string path, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/claims?page=10737420&pageSize=200")]
    [InlineData("/api/reports?page=2147483647&pageSize=200")]
    [InlineData("/api/events?page=2147483647&pageSize=200")]
    public async Task Get_ApiPagePastTheEnd_AnswersAnEmptyPageNotTheFirst(string path)
    {
        var page = await _app.CreateClient().GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("""{"outletId":1,"headline":"Null claims","claims":null}""", "claims")]
    [InlineData("""{"outletId":1,"headline":"Null reliances","reliances":null}""", "reliances")]
    [InlineData("""{"outletId":1,"headline":"Null claim","claims":[null]}""", "claims[0]")]
    [InlineData("""{"outletId":1,"headline":"Wrong type","claims":"many"}""", "claims")]
    [InlineData("""{"outletId":1,"headline":"Unknown metric","claims":[{"dealId":1,"metric":"vibes"}]}""", "claims[0].metric")]
    [InlineData("""{"outletId":1,"headline":"Numeric metric","claims":[{"dealId":1,"metric":99}]}""", "claims[0].metric")]
    [InlineData("""{"outletId":1,"headline":"Impossible date","publishedOn":"2026-02-30"}""", "publishedOn")]
    public async Task CreateReport_BadBody_Answers400NamingTheFieldAndSavesNothing(string body, string field)
    {
        var before = await StoreFingerprint.OfAsync(_app);

        var response = await _editor.PostAsync("/api/reports", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await StoreFingerprint.OfAsync(_app));
    }

    [Fact]
    public async Task UpdateReport_NullClaims_Answers400AndSavesNothing()
    {
        var before = await StoreFingerprint.OfAsync(_app);

        var response = await _editor.PutAsync("/api/reports/1", Json("""{"version":1,"outletId":1,"headline":"Null claims","claims":null}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("claims", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoreFingerprint.OfAsync(_app));
    }

    [Fact]
    public async Task Extract_InvalidUtf8_Answers400Problem()
    {
        var content = new ByteArrayContent([.. "{\"text\": \"$5 billion "u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        var response = await _app.CreateClient().PostAsync("/api/extract", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/theme?mode=dark&returnUrl=/deals%01")]
    [InlineData("/theme?mode=dark&returnUrl=/deals%0d%0aSet-Cookie:%20x=1")]
    public async Task Theme_ReturnAddressWithAControlCharacter_GoesHome(string path)
    {
        var response = await _app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Api_UnknownRoute_AnswersProblemDetails()
    {
        var response = await _app.CreateClient().GetAsync("/api/reports/abc/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage?> CheckAsync(HttpClient client, HttpMethod method, string path, HttpContent? body, List<string> failures, string? what = null)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = body });
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
        {
            failures.Add($"{method} {Shorten(path)}{(what is null ? "" : " with " + what)} failed: {e.Message}");
            return null;
        }

        var status = (int)response.StatusCode;
        var label = $"{method} {Shorten(path)}{(what is null ? "" : " with " + what)} ({(client == _editor ? "editor" : "anonymous")})";
        if (status >= 500)
        {
            failures.Add($"{label} answered {status}");
        }
        else if (status is >= 400 and < 500)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            var absolute = new Uri(client.BaseAddress ?? new Uri("http://localhost"), path).AbsolutePath;
            var isApi = absolute.StartsWith("/api/", StringComparison.Ordinal);
            if (absolute.StartsWith("/openapi/", StringComparison.Ordinal))
            {
                // The OpenAPI document's own 404 for an unknown document name: not a page, not the API.
            }
            else if (isApi && type != "application/problem+json")
            {
                failures.Add($"{label} answered {status} as {type ?? "no content"}, not problem details");
            }
            else if (!isApi && status is 400 or 404 && (type != "text/html" || !(await response.Content.ReadAsStringAsync()).Contains("<h1", StringComparison.Ordinal)))
            {
                failures.Add($"{label} answered {status} as {type ?? "no content"}, not the site's page");
            }
        }

        return response;
    }

    /// <summary>Bodies no write may accept: each is malformed, of the wrong shape or type, or hostile.</summary>
    private static IEnumerable<(string Name, Func<HttpContent?> Body)> BadBodies()
    {
        yield return ("no body", () => null);
        yield return ("empty JSON body", () => Json(""));
        yield return ("truncated JSON", () => Json("""{"headline": """));
        yield return ("invalid UTF-8", () => Bytes([.. "{\"headline\":\"A"u8, 0xC3, 0x28, 0xFF, .. "\",\"text\":\"$5 billion "u8, 0xFE, .. "\"}"u8], "application/json"));
        yield return ("an escaped lone surrogate", () => Json("""{"text":"\ud800 $5 billion","headline":"\udc00","reason":"\ud800","version":999999}"""));
        yield return ("JSON null", () => Json("null"));
        yield return ("a JSON array", () => Json("[]"));
        yield return ("a JSON string", () => Json("\"report\""));
        yield return ("a JSON number", () => Json("42"));
        yield return ("wrong types", () => Json("""{"version":"abc","outletId":"x","headline":5,"claims":"x","reliances":{},"text":7,"reports":"x","reason":[]}"""));
        yield return ("null lists", () => Json("""{"version":999999,"outletId":1,"claims":null,"reliances":null,"reports":null,"outlets":null,"parties":null,"deals":null,"events":null,"text":null}"""));
        yield return ("null list items", () => Json("""{"version":999999,"outletId":1,"claims":[null],"reliances":[null],"reports":[null],"outlets":[null],"parties":[null],"deals":[null],"events":[null]}"""));
        yield return ("nested nulls", () => Json("""{"version":999999,"outletId":1,"claims":[{"dealId":1,"metric":"investment","quote":null,"currency":null,"amount":null,"statement":null}],"reports":[{"claims":null,"reliances":null,"outlet":null}]}"""));
        yield return ("an unknown enum word", () => Json("""{"version":999999,"outletId":1,"status":"bogus","newOutletKind":"bogus","claims":[{"dealId":1,"metric":"vibes","hedge":"maybe"}]}"""));
        yield return ("a numeric enum", () => Json("""{"version":999999,"outletId":1,"status":7,"newOutletKind":42,"claims":[{"dealId":1,"metric":99,"hedge":-1}]}"""));
        yield return ("impossible dates", () => Json("""{"version":999999,"outletId":1,"publishedOn":"2026-02-30","retrievedOn":"9999-99-99"}"""));
        yield return ("huge numbers", () => Json("""{"version":99999999999,"outletId":1e400,"claims":[{"dealId":99999999999,"amount":1e400,"low":-1e30}]}"""));
        yield return ("a huge amount with no headline", () => Json("""{"version":999999,"outletId":1,"claims":[{"dealId":1,"metric":"investment","quote":"$79 octillion","amount":79228162514264337593543950335}]}"""));
        yield return ("deep nesting", () => Json(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("deep nesting in a field", () => Json("""{"claims":""" + new string('[', 5_000) + new string(']', 5_000) + "}"));
        yield return ("an oversized body", () => Json("{\"version\":999999,\"headline\":\"" + new string('a', 3 * 1024 * 1024) + "\",\"text\":\"" + new string('b', 600 * 1024) + "\"}"));
        yield return ("text/plain", () => new StringContent("""{"version":999999,"headline":"x"}""", Encoding.UTF8, "text/plain"));
        yield return ("a form", () => new FormUrlEncodedContent(new Dictionary<string, string> { ["headline"] = "x", ["version"] = "999999", ["Input.Email"] = "x" }));
        yield return ("XML", () => new StringContent("<report><headline>x</headline></report>", Encoding.UTF8, "application/xml"));
        yield return ("no content type", () => Bytes("""{"version":999999,"headline":"x"}"""u8.ToArray(), null));
        yield return ("a bogus charset", () => Bytes("""{"version":999999,"headline":"x"}"""u8.ToArray(), "application/json; charset=bogus-8"));
        yield return ("multipart", () => new MultipartFormDataContent { { new StringContent("x"), "headline" } });
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>Every GET address: the pages found by reflection and every GET endpoint in the routing table.</summary>
    private List<string> GetRoutes()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template);
        var endpoints = RouteEndpoints()
            .Where(e => e.Methods.Contains("GET"))
            .Select(e => e.Pattern);
        return [.. pages.Concat(endpoints).Distinct().Order()];
    }

    /// <summary>Every write endpoint (POST, PUT, PATCH, DELETE) in the routing table, the extract and the page forms included.</summary>
    private List<(string Method, string Route)> WriteRoutes() =>
        [.. RouteEndpoints()
            .SelectMany(e => e.Methods.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE").Select(m => (m, e.Pattern)))
            .Distinct()
            .Order()];

    // The app's own routes: not the static files (MapStaticAssets), the framework's own scripts (/_framework, /_blazor).
    private IEnumerable<(string Pattern, IReadOnlyList<string> Methods)> RouteEndpoints() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith('/') && !raw.StartsWith("/_", StringComparison.Ordinal)
                        && !StaticExtensions.Contains(Path.GetExtension(raw)))
            .Select(e => (e.RoutePattern.RawText!, (IReadOnlyList<string>)(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])));

    private static readonly HashSet<string> StaticExtensions = [".css", ".js", ".mjs", ".svg", ".png", ".ico", ".woff", ".woff2", ".map", ".gz", ".br", ".txt", ".webmanifest", ".html"];

    // "/deals/{Slug}/timeline" → "/deals/amazon-openai-2026-round/timeline"; "/outlets/{Slug}" → "/outlets/reuters".
    private static string Concrete(string template) =>
        Regex.Replace(template, "{[^}]+}", match => match.Value.ToLowerInvariant() switch
        {
            var v when v.Contains(":int", StringComparison.Ordinal) => "1",
            "{itemtype}" => "Report",
            "{slug}" when template.StartsWith("/outlets", StringComparison.Ordinal) => "reuters",
            "{slug}" => DealSlug,
            _ => "x",
        });

    private string Report(List<string> failures) =>
        $"{failures.Count} bad answers:\n{string.Join("\n", failures.Take(60))}\nErrors logged:\n"
        + string.Join("\n", _app.Logs.Messages.Where(m => m.Contains("Unhandled exception", StringComparison.Ordinal)).Select(m => m[..Math.Min(m.Length, 1500)]).Take(5));

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + $"…({text.Length} chars)";
}
