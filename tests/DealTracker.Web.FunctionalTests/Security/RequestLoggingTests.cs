using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Hosting;

namespace DealTracker.Web.FunctionalTests.Security;

/// <summary>What the request log says: the status the client got, and never a line a client wrote.</summary>
public sealed class RequestLoggingTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { MinimumLogLevel = "Information" };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/deals/x%0a2026-12-07%2001:35:06.123%20+00:00%20%5BINF%5D%20editor@example.com%20signed%20in.", "\n2026-12-07 01:35:06.123")]
    [InlineData("/deals/x%0d%0a[01:00:00%20ERR]%20FAKE", "\r\n[01:00:00 ERR] FAKE")]
    [InlineData("/deals/x%1b[31mred", "\u001b[31mred")]
    public async Task Get_PathWithControlCharacters_IsLoggedWithThemEscapedOnOneLine(string path, string forged)
    {
        var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await LoggedAsync(m => m.Contains(ControlCharacterEscaper.Escape(forged), StringComparison.Ordinal) && m.Contains("responded 404", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Messages, m => m.Contains(forged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_BodyOfTheWrongType_IsLoggedAs400NotAs500()
    {
        var editor = await _app.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/inbox/1/dismiss", new StringContent("{\"reason\": 5}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await LoggedAsync(m => m.Contains("/api/inbox/1/dismiss", StringComparison.Ordinal) && m.Contains("responded 400", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Messages, m => m.Contains("responded 500", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain; charset=utf-7", "/api/deals", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=utf-7", "/api/extract", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/x-www-form-urlencoded; charset=utf-7", "/account/login", HttpStatusCode.UnsupportedMediaType)]
    public async Task Post_CharsetDotNetWillNotRead_Answers415Not500(string contentType, string path, HttpStatusCode expected)
    {
        var content = new StringContent("{\"text\": \"$1 billion\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _app.CreateClient().PostAsync(path, content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_QuotedUtf8Charset_IsReadAsUtf8()
    {
        var editor = await _app.CreateEditorClientAsync();
        var content = new StringContent("{\"reason\": \"Not about a deal\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=\"utf-8\"");

        var response = await editor.PostAsync("/api/inbox/999/dismiss", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // read, and no such item: not a 500
    }

    /// <summary>Waits until a logged message matches: a request's line is written as its response ends, after the client may have it.</summary>
    private async Task LoggedAsync(Func<string, bool> match)
    {
        for (var i = 0; i < 100 && !_app.Logs.Messages.Any(match); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(_app.Logs.Messages, m => match(m));
    }
}
