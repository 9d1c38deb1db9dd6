using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// Reading an article from its link (<c>POST /api/article</c>, the paste panel's "Fetch text"), pages served on a loopback port:
/// a paywalled page says it is one, its subscribe and sign-in prompts are never article text, and the headline is not read twice.
/// </summary>
public sealed class ArticleReaderTests : IAsyncLifetime
{
    private const string Teaser =
        "<p>SAN FRANCISCO (Reuters) - Amazon is in talks to invest as much as $50 billion in OpenAI, according to people familiar with the matter, "
        + "in what would be one of the largest bets yet by a cloud provider on an artificial intelligence developer.</p>"
        + "<p>The funding round could total $90 billion to $110 billion and would value OpenAI at around $830 billion, the people said. "
        + "The talks are at an early stage and the terms could change, they added.</p>";

    private readonly IntakeHost _host = new() { Settings = { ["Intake:AllowPrivateAddresses"] = "true" } };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    /// <summary>A two-paragraph teaser ending in the subscribe prompt: the teaser is read, said to be one, and the prompt left out.</summary>
    [Theory]
    [InlineData("<p>Subscribe to continue reading. Already a subscriber? Sign in.</p>")]
    [InlineData("<div class=\"paywall-prompt\"><p>This article is for subscribers only.</p><p>Already a subscriber? <a href=\"/login\">Sign in</a></p></div>")]
    public async Task ReadArticle_TeaserBeforeASubscribePrompt_ReadsTheTeaserAndSaysThePageLooksPaywalled(string prompt)
    {
        var url = _host.Feeds.Serve($"teaser-{Guid.NewGuid():N}.html", Page("Amazon weighs OpenAI stake", Teaser + prompt), "text/html; charset=utf-8");

        var article = await ReadAsync(url, HttpStatusCode.OK);

        var text = article.GetProperty("text").GetString()!;
        Assert.EndsWith("the terms could change, they added.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ubscribe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in", text, StringComparison.Ordinal);
        Assert.True(article.GetProperty("paywalled").GetBoolean());
        Assert.Contains("looks paywalled: what was read", article.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    /// <summary>schema.org's isAccessibleForFree false marks the page paywalled even when no prompt is in its text.</summary>
    [Fact]
    public async Task ReadArticle_NotAccessibleForFreeInItsJsonLd_SaysThePageLooksPaywalled()
    {
        const string jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false}</script>";
        var url = _host.Feeds.Serve("not-free.html", Page("Amazon weighs OpenAI stake", Teaser, jsonLd), "text/html; charset=utf-8");

        var article = await ReadAsync(url, HttpStatusCode.OK);

        Assert.True(article.GetProperty("paywalled").GetBoolean());
    }

    /// <summary>A paywall page with a line or two: it cannot be read, and the message says it looks paywalled and asks for the text.</summary>
    [Theory]
    [InlineData("<div class=\"paywall\"><h1>Subscribe to continue reading</h1><p>Already a subscriber? Sign in.</p></div>")]
    [InlineData("<article><h1>Amazon weighs OpenAI stake</h1><p>Amazon is in talks to invest as much as $50 billion in OpenAI.</p><p>Subscribe to read more. Already a subscriber? Sign in.</p></article>")]
    public async Task ReadArticle_ShortPaywallPage_SaysItLooksPaywalledAndAsksForTheText(string body)
    {
        var url = _host.Feeds.Serve($"short-{Guid.NewGuid():N}.html", Page("Subscribe to continue reading", body), "text/html; charset=utf-8");

        var problem = await ReadAsync(url, HttpStatusCode.UnprocessableEntity);

        var detail = problem.GetProperty("detail").GetString();
        Assert.StartsWith("This page could not be read; paste the text instead.", detail, StringComparison.Ordinal);
        Assert.Contains("looks paywalled", detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page's headline (its &lt;h1&gt;, not the &lt;title&gt;) is the article's title, not its first line: its "up to $50 billion"
    /// would be proposed again beside the first paragraph's "as much as $50 billion".
    /// </summary>
    [Fact]
    public async Task ReadArticle_HeadlineAboveTheText_KeepsItOutOfTheTextAndSaysNothingOfAPaywall()
    {
        var article = await ReadAsync(_host.Feeds.Url("/article.html"), HttpStatusCode.OK);

        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("SAN FRANCISCO, Dec 1 (Reuters) - Amazon is in talks", text, StringComparison.Ordinal);
        Assert.DoesNotContain("up to $50 billion", text, StringComparison.Ordinal);
        Assert.False(article.GetProperty("paywalled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("warning").ValueKind);
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z", null)]
    [InlineData("0001-01-01T00:00:00Z", null)]
    [InlineData("2026-12-01T13:05:00Z", "2026-12-01T13:05:00Z")]
    public async Task ReadArticle_PlaceholderPublishedTime_GivesNoDate(string publishedTime, string? expected)
    {
        var head = $"<meta property=\"article:published_time\" content=\"{publishedTime}\">";
        var url = _host.Feeds.Serve($"dated-{Guid.NewGuid():N}.html", Page("Amazon weighs OpenAI stake", Teaser, head), "text/html; charset=utf-8");

        var article = await ReadAsync(url, HttpStatusCode.OK);

        var published = article.GetProperty("published");
        Assert.Equal(expected, published.ValueKind == JsonValueKind.Null ? null : published.GetDateTime().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<JsonElement> ReadAsync(string url, HttpStatusCode expected)
    {
        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url });
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Page(string title, string body, string head = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>";
}
