using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// Watched feeds end to end: real feed files served on a loopback port, polled through the editors' API into
/// the inbox, read back through <c>GET /api/inbox</c>, made into a report through the editors' write path.
/// </summary>
public sealed class FeedPollingTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new()
    {
        Settings =
        {
            ["Intake:AllowPrivateAddresses"] = "true",
            ["Intake:MaxBytes"] = "262144",
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Poll_ThreeFeeds_LandsEachStoryOnceRankedWithDealFiguresAndSources()
    {
        var reuters = await AddFeedAsync("reuters", "/reuters/technology.xml");
        var techCrunch = await AddFeedAsync("techcrunch", "/techcrunch/ai.atom");
        var information = await AddFeedAsync("axios", "/information/feed.json");

        var first = await PollAsync(reuters);
        var atom = await PollAsync(techCrunch);
        var json = await PollAsync(information);

        Assert.Equal(("ok", 3, 3, 0), (first.GetProperty("status").GetString(), Int(first, "itemCount"), Int(first, "newItems"), Int(first, "duplicates")));
        // The Atom copy of the Amazon story has a near-identical title under another link: recorded as a duplicate, not new.
        Assert.Equal(("ok", 2, 1, 1), (atom.GetProperty("status").GetString(), Int(atom, "itemCount"), Int(atom, "newItems"), Int(atom, "duplicates")));
        // The JSON Feed's first item links to the Reuters story (another case, a fragment, a trailing slash): already in the inbox, and
        // one more copy of it, as this feed carries it for the first time.
        Assert.Equal(("ok", 2, 1, 1), (json.GetProperty("status").GetString(), Int(json, "itemCount"), Int(json, "newItems"), Int(json, "duplicates")));

        var inbox = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox");
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, inbox.GetProperty("total").GetInt32());
        var titles = items.Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Single(titles, t => t!.StartsWith("Amazon in talks to invest up to $50 billion in OpenAI", StringComparison.Ordinal));

        // Ranked: the deal story first, the item naming no tracked party and no figure last.
        var top = items[0];
        Assert.Equal("Amazon in talks to invest up to $50 billion in OpenAI, sources say", top.GetProperty("title").GetString());
        Assert.Equal("reuters", top.GetProperty("outletSlug").GetString());
        Assert.Equal("amazon-openai-2026-round", top.GetProperty("dealSlug").GetString());
        Assert.Equal(new DateTime(2026, 12, 1, 13, 5, 0, DateTimeKind.Utc), top.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
        Assert.Contains("Amazon", top.GetProperty("partiesNamed").GetString());
        Assert.Contains("OpenAI", top.GetProperty("partiesNamed").GetString());
        Assert.Equal(2, top.GetProperty("duplicates").GetInt32());
        var figures = top.GetProperty("extraction").GetProperty("figures").EnumerateArray().ToList();
        var investment = Assert.Single(figures, f => f.GetProperty("metric").GetString() == "investment" && f.GetProperty("text").GetString() == "as much as $50 billion");
        Assert.Equal("upTo", investment.GetProperty("hedge").GetString());
        Assert.Equal(50_000_000_000m, investment.GetProperty("amount").GetDecimal());
        Assert.Contains(figures, f => f.GetProperty("metric").GetString() == "roundSize" && f.GetProperty("hedge").GetString() == "range");
        var sources = top.GetProperty("extraction").GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("kind").GetString() == "named" && s.GetProperty("name").GetString()!.Contains("Wall Street Journal", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.GetProperty("kind").GetString() == "anonymous");

        var last = items[^1];
        Assert.Equal("Copper slips as China demand cools", last.GetProperty("title").GetString());
        Assert.Equal(0, last.GetProperty("score").GetInt32());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("dealSlug").ValueKind);
        Assert.Equal(0, last.GetProperty("figureCount").GetInt32());

        // The duplicate is kept, dismissed, pointing at the story it repeats.
        var dismissed = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox?status=dismissed");
        var duplicate = Assert.Single(dismissed.GetProperty("items").EnumerateArray());
        Assert.Equal("techcrunch", duplicate.GetProperty("outletSlug").GetString());
        Assert.StartsWith("Duplicate", duplicate.GetProperty("dismissReason").GetString(), StringComparison.Ordinal);

        // Filters.
        var withFigures = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox?hasFigures=true&outlet=reuters");
        Assert.Equal(2, withFigures.GetProperty("total").GetInt32());
        var forDeal = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox?deal=amazon-openai-2026-round&order=newest");
        Assert.All(forDeal.GetProperty("items").EnumerateArray(), i => Assert.Equal("amazon-openai-2026-round", i.GetProperty("dealSlug").GetString()));
        Assert.Contains(forDeal.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString()!.StartsWith("OpenAI's annualized revenue", StringComparison.Ordinal));

        // The second poll sends the ETag back, gets 304, and adds nothing.
        var again = await PollAsync(reuters);
        Assert.Equal("notModified", again.GetProperty("status").GetString());
        Assert.Equal(FeedServer.ReutersETag, _host.Feeds.Requests.Last(r => r.Path == "/reuters/technology.xml").IfNoneMatch);
        Assert.Equal(5, (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("total").GetInt32());

        // The outlet's feed list shows the last success and item count.
        var list = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds");
        var feed = Assert.Single(list.EnumerateArray());
        Assert.Equal(3, feed.GetProperty("itemCount").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, feed.GetProperty("lastSuccessAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task Poll_MalformedMissingOversizedAndRedirectLoopFeeds_ShowAVisibleErrorNotACrash()
    {
        var broken = await AddFeedAsync("forbes", "/broken.xml");
        var gone = await AddFeedAsync("forbes", "/gone.xml");
        var big = await AddFeedAsync("forbes", "/big.xml");
        var loop = await AddFeedAsync("forbes", "/loop/1");
        var moved = await AddFeedAsync("forbes", "/moved.xml");

        var results = new[] { await PollAsync(broken), await PollAsync(gone), await PollAsync(big), await PollAsync(loop) };

        Assert.All(results, r => Assert.Equal("failed", r.GetProperty("status").GetString()));
        Assert.StartsWith("Not a feed: the XML is malformed", results[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("The server answered 404 Not Found.", results[1].GetProperty("error").GetString());
        Assert.Equal("Too large: the response is over 256 KB.", results[2].GetProperty("error").GetString());
        Assert.Equal("Too many redirects: more than 5.", results[3].GetProperty("error").GetString());
        Assert.Equal(6, _host.Feeds.Requests.Count(r => r.Path.StartsWith("/loop/", StringComparison.Ordinal)));

        // A single redirect to a feed is followed.
        var followed = await PollAsync(moved);
        Assert.Equal(("ok", 3), (followed.GetProperty("status").GetString(), Int(followed, "newItems")));

        // The outlet page's list shows each error, the failures in a row and the back-off.
        var feeds = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/forbes/feeds")).EnumerateArray().ToList();
        var shown = feeds.Single(f => f.GetProperty("id").GetInt32() == broken);
        Assert.StartsWith("Not a feed", shown.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, shown.GetProperty("failures").GetInt32());
        Assert.True(shown.GetProperty("backoffUntil").GetDateTime() > DateTime.UtcNow.AddMinutes(20));
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("lastSuccessAt").ValueKind);

        var second = await PollAsync(broken);
        Assert.Equal("failed", second.GetProperty("status").GetString());
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(2, (await db.OutletFeeds.SingleAsync(f => f.Id == broken)).Failures);
        Assert.Equal(3, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task Draft_SourceCitedByInitials_ReliesOnThatOutletInTheArticlesWords()
    {
        int wsjId, amazonId;
        await using (var db = _host.App.CreateDbContext())
        {
            wsjId = (await db.Outlets.SingleAsync(o => o.Slug == "wsj")).Id;
            amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
        }

        var itemId = await AddReutersItemAsync(
            "Amazon weighs OpenAI stake",
            "Amazon.com Inc. could invest as much as $40 billion in OpenAI, the WSJ reported. Amazon declined to comment.");

        var draft = (await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}/draft")).GetProperty("draft");

        // As the paste panel reads it: "WSJ" is the Wall Street Journal, "Amazon.com Inc." is Amazon.
        var reliance = Assert.Single(draft.GetProperty("reliances").EnumerateArray());
        Assert.Equal((wsjId, "the WSJ reported"), (reliance.GetProperty("targetOutletId").GetInt32(), reliance.GetProperty("note").GetString()));
        var claims = draft.GetProperty("claims").EnumerateArray().ToList();
        var investment = Assert.Single(claims, c => c.GetProperty("metric").GetString() == "investment");
        Assert.Equal((amazonId, 40_000_000_000m), (investment.GetProperty("partyId").GetInt32(), investment.GetProperty("amount").GetDecimal()));
        Assert.Contains(claims, c => c.GetProperty("metric").GetString() == "response" && c.GetProperty("partyId").GetInt32() == amazonId);
    }

    [Fact]
    public async Task Draft_SourcesCitedByTheirNoun_OffersOnlyTheNamedOutletToAdd()
    {
        var itemId = await AddReutersItemAsync(
            "Amazon weighs OpenAI stake, report says",
            "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to the report. A regulatory filing showed "
                + "earlier funding, its website says, and Semafor reported the talks.");

        var response = await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}/draft");

        // "the report", "a regulatory filing" and "its website" are cited by their noun: no "Add outlet «report»" offer.
        Assert.Equal(["Semafor"], response.GetProperty("sourcesWithoutOutlet").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(response.GetProperty("draft").GetProperty("reliances").EnumerateArray());
    }

    [Fact]
    public async Task Draft_FromInboxItem_SavesAReportWithFiguresInvestorAndRelianceAndMarksItDone()
    {
        await PollAsync(await AddFeedAsync("reuters", "/reuters/technology.xml"));
        var inbox = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox");
        var itemId = inbox.GetProperty("items")[0].GetProperty("id").GetInt32();

        var draft = await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}/draft");

        await using (var db = _host.App.CreateDbContext())
        {
            var reutersId = (await db.Outlets.SingleAsync(o => o.Slug == "reuters")).Id;
            var wsjId = (await db.Outlets.SingleAsync(o => o.Slug == "wsj")).Id;
            var amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
            var report = draft.GetProperty("draft");
            Assert.Equal(reutersId, report.GetProperty("outletId").GetInt32());
            Assert.Equal("Amazon in talks to invest up to $50 billion in OpenAI, sources say", report.GetProperty("headline").GetString());
            Assert.Equal("2026-12-01", report.GetProperty("publishedOn").GetString());
            Assert.Equal(itemId, report.GetProperty("inboxItemId").GetInt32());
            var claims = report.GetProperty("claims").EnumerateArray().ToList();
            var investment = Assert.Single(claims, c => c.GetProperty("metric").GetString() == "investment");
            Assert.Equal((amazonId, "upTo", 50_000_000_000m), (investment.GetProperty("partyId").GetInt32(), investment.GetProperty("hedge").GetString(), investment.GetProperty("amount").GetDecimal()));
            Assert.Contains(claims, c => c.GetProperty("metric").GetString() == "response" && c.GetProperty("partyId").GetInt32() == amazonId);
            var reliance = Assert.Single(report.GetProperty("reliances").EnumerateArray());
            Assert.Equal(wsjId, reliance.GetProperty("targetOutletId").GetInt32());
            Assert.Equal("according to the Wall Street Journal", reliance.GetProperty("note").GetString());
        }

        // Nothing is public until the editor saves: then the report is on the timeline and the item is done.
        var saved = await _host.Editor.PostAsJsonAsync("/api/reports", draft.GetProperty("draft"));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var reportId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var item = await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}");
        Assert.Equal(("done", reportId), (item.GetProperty("status").GetString(), item.GetProperty("reportId").GetInt32()));
        var (_, timeline) = await HtmlPage.GetAsync(_host.App.CreateClient(), "/deals/amazon-openai-2026-round/timeline?outlet=reuters");
        Assert.Contains(timeline.QuerySelectorAll(".dt-entry-title"), e => e.Text() == "Amazon in talks to invest up to $50 billion in OpenAI, sources say");

        // A second report from the same item is refused; dismissing another item keeps its reason.
        var again = await _host.Editor.PostAsJsonAsync("/api/reports", draft.GetProperty("draft"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var copper = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Copper slips as China demand cools").GetProperty("id").GetInt32();
        var refused = await _host.Editor.PostAsJsonAsync($"/api/inbox/{copper}/dismiss", new { reason = "Not about\0 a deal" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cannot hold a NUL character", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var dismissed = await _host.Editor.PostAsJsonAsync($"/api/inbox/{copper}/dismiss", new { reason = "Not about a deal" });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        var dismissedItem = await dismissed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("dismissed", "Not about a deal"), (dismissedItem.GetProperty("status").GetString(), dismissedItem.GetProperty("dismissReason").GetString()));
        Assert.Equal(1, (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Feeds_BadAddressesDuplicatesAndStrangers_AreRefusedWithProblemsAndChangeNothing()
    {
        var cases = new[] { "ftp://feeds.example.com/rss", "https://editor:secret@feeds.example.com/rss", "not a url", "https://example.com/" + new string('a', 2100), "", "https://feeds.example.com/rss\0.xml", "https://feeds.example.com/\r\nrss" };
        foreach (var url in cases)
        {
            var response = await _host.Editor.PostAsJsonAsync("/api/outlets/reuters/feeds", new { url });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), url);
        }

        var id = await AddFeedAsync("reuters", "/reuters/technology.xml");
        var duplicate = await _host.Editor.PostAsJsonAsync("/api/outlets/wsj/feeds", new { url = _host.Feeds.Url("/reuters/technology.xml/") });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("already watched, for Reuters", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Editor.PostAsJsonAsync("/api/outlets/no-such-outlet/feeds", new { url = _host.Feeds.Url("/x.xml") })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Editor.PostAsync("/api/feeds/9999/poll", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Editor.GetAsync("/api/inbox?status=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Editor.GetAsync("/api/inbox?pageSize=1000")).StatusCode);

        var stranger = _host.App.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsJsonAsync("/api/outlets/reuters/feeds", new { url = _host.Feeds.Url("/a.xml") })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _host.Editor.DeleteAsync($"/api/outlets/wsj/feeds/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _host.Editor.DeleteAsync($"/api/outlets/reuters/feeds/{id}")).StatusCode);
        Assert.Empty((await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds")).EnumerateArray());
    }

    [Fact]
    public async Task Article_ReadableHtmlPaywallAndFeed_GivesTextOrAClearMessage()
    {
        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url = _host.Feeds.Url("/article.html") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Amazon is in talks to invest as much as $50 billion in OpenAI", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Technology", article.GetProperty("text").GetString()!.Split('\n')[0], StringComparison.Ordinal);

        foreach (var path in new[] { "/paywall.html", "/information/feed.json", "/gone.xml" })
        {
            var failed = await _host.Editor.PostAsJsonAsync("/api/article", new { url = _host.Feeds.Url(path) });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
            var problem = await failed.Content.ReadFromJsonAsync<JsonElement>();
            Assert.StartsWith("This page could not be read; paste the text instead.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // A failing site is a 502 with the same message (after one retry of the 503), not a 500.
        var down = await _host.Editor.PostAsJsonAsync("/api/article", new { url = _host.Feeds.Url("/down.html") });
        Assert.Equal(HttpStatusCode.BadGateway, down.StatusCode);
        Assert.Equal(
            "This page could not be read; paste the text instead. (The server answered 503 Service Unavailable.)",
            (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(2, _host.Feeds.Requests.Count(r => r.Path == "/down.html"));

        var bad = await _host.Editor.PostAsJsonAsync("/api/article", new { url = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>An inbox item from Reuters with this title and summary, as a poll would store it: its id.</summary>
    private async Task<int> AddReutersItemAsync(string title, string summary)
    {
        await using var db = _host.App.CreateDbContext();
        var slug = string.Join('-', title.ToLowerInvariant().Split(' ', ',').Where(w => w.Length > 0));
        var item = new InboxItem
        {
            OutletId = (await db.Outlets.SingleAsync(o => o.Slug == "reuters")).Id,
            Title = title,
            Summary = summary,
            Link = $"https://www.reuters.com/technology/{slug}/",
            NormalisedLink = $"https://www.reuters.com/technology/{slug}",
            TitleKey = slug.Replace('-', ' '),
            FetchedAt = DateTime.UtcNow,
        };
        db.InboxItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    private Task<int> AddFeedAsync(string outlet, string path) => _host.AddFeedAsync(outlet, _host.Feeds.Url(path));

    private Task<JsonElement> PollAsync(int feedId) => _host.PollAsync(feedId);

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
