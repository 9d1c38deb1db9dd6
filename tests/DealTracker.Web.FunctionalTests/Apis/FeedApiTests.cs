using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>The Atom feed of new reports per deal, read back as XML in the Atom namespace.</summary>
public sealed class FeedApiTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string FeedPath = "/deals/amazon-openai-2026-round/feed.atom";

    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Get_Feed_IsAtomWithTheFeedElementsAndAbsoluteLinks()
    {
        var response = await app.CreateClient().GetAsync(FeedPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(_atom + "feed", feed.Name);
        Assert.StartsWith("tag:dealtracker,2026:deal:", feed.Element(_atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal("DealTracker: Amazon investment in OpenAI (2026 round)", feed.Element(_atom + "title")!.Value);
        Assert.Equal("DealTracker", feed.Element(_atom + "author")!.Element(_atom + "name")!.Value);
        Assert.Equal("http://localhost" + FeedPath, Link(feed, "self"));
        Assert.Equal("http://localhost/deals/amazon-openai-2026-round", Link(feed, "alternate"));
        var updated = Time(feed);
        Assert.Equal(feed.Elements(_atom + "entry").Max(Time), updated);
    }

    [Fact]
    public async Task Get_Feed_HasAnEntryForReutersWithItsFigureWords()
    {
        var reutersId = await ReportIdAsync("Reuters");

        var feed = await FeedAsync(app.CreateClient());

        var entry = Assert.Single(feed.Elements(_atom + "entry"), e => e.Element(_atom + "id")!.Value == $"tag:dealtracker,2026:report:{reutersId}");
        Assert.StartsWith("Reuters: Amazon is in talks to invest as much as $50 billion", entry.Element(_atom + "title")!.Value, StringComparison.Ordinal);
        var summary = entry.Element(_atom + "summary")!.Value;
        Assert.Contains("up to $50B (Amazon’s investment); up to $100B (round size); ~$830B (valuation).", summary, StringComparison.Ordinal);
        Assert.Contains("Published 29 Jan 2026.", summary, StringComparison.Ordinal);
        Assert.Equal("2026-01-29T00:00:00Z", entry.Element(_atom + "published")!.Value);
        Assert.Equal("2026-01-29T00:00:00Z", entry.Element(_atom + "updated")!.Value);
        Assert.Equal($"http://localhost/reports/{reutersId}", Link(entry, "alternate"));
    }

    [Fact]
    public async Task Get_Feed_ListsEveryReportOnTheDealNewestEnteredFirst()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.Reports.Where(r => r.Claims.Any(c => c.Deal!.Slug == "amazon-openai-2026-round"))
            .OrderByDescending(r => r.Id).Select(r => $"tag:dealtracker,2026:report:{r.Id}").ToListAsync();

        var feed = await FeedAsync(app.CreateClient());

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, feed.Elements(_atom + "entry").Select(e => e.Element(_atom + "id")!.Value));
    }

    [Fact]
    public async Task Get_Feed_FollowsTheRulesOfRfc4287()
    {
        var feed = await FeedAsync(app.CreateClient());

        // atom:feed: exactly one id, title, updated; an author (so entries need none); a self link.
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(_atom + name));
        }

        Assert.NotEmpty(feed.Elements(_atom + "author"));
        Assert.Single(feed.Elements(_atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(_atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            // atom:entry: exactly one id, title, updated; at most one published and summary; one alternate link; absolute IRIs.
            foreach (var name in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(_atom + name));
            }

            Assert.True(entry.Elements(_atom + "published").Count() <= 1);
            Assert.Single(entry.Elements(_atom + "summary"));
            Assert.Single(entry.Elements(_atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(Uri.IsWellFormedUriString(entry.Element(_atom + "id")!.Value, UriKind.Absolute));
            Assert.All(entry.Elements(_atom + "link"), l => Assert.True(Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute)));
            Assert.All(entry.Elements(_atom + "updated").Concat(entry.Elements(_atom + "published")), date => Assert.Matches(
                @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", date.Value));
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(_atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task Get_FeedOfUnknownDeal_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/deals/no-such-deal/feed.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_FeedTwiceWithItsETag_Answers304()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync(FeedPath);

        using var request = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_FeedAfterAnEditorEntersAndRetractsAReport_ListsItFirstWithTheTimesAndTheRetraction()
    {
        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        var editor = await fresh.CreateEditorClientAsync();
        int dealId, amazonId;
        await using (var db = fresh.CreateDbContext())
        {
            dealId = (await db.Deals.SingleAsync(d => d.IsFeatured)).Id;
            amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
        }

        var outletId = await TestOutlets.AddAsync(fresh, "Feed test wire");
        var before = DateTime.UtcNow.AddSeconds(-1);
        var created = await editor.PostAsJsonAsync("/api/reports", new Dictionary<string, object?>
        {
            ["outletId"] = outletId,
            ["headline"] = "Amazon <b>weighs</b> a $40 billion stake & more",
            ["url"] = "https://example.com/feed-test?a=1&b=2",
            ["publishedOn"] = "2026-02-02", ["publishedPrecision"] = "day",
            ["claims"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["dealId"] = dealId, ["metric"] = "investment", ["partyId"] = amazonId, ["hedge"] = "range",
                    ["low"] = 30_000_000_000m, ["high"] = 40_000_000_000m, ["currency"] = "USD", ["quote"] = "$30 billion to $40 billion",
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = (await created.Content.ReadFromJsonAsync<Saved>())!;

        var entry = (await FeedAsync(fresh.CreateClient())).Elements(_atom + "entry").First();

        Assert.Equal($"tag:dealtracker,2026:report:{saved.Id}", entry.Element(_atom + "id")!.Value);
        Assert.Equal("Feed test wire: Amazon <b>weighs</b> a $40 billion stake & more", entry.Element(_atom + "title")!.Value);
        Assert.Equal("https://example.com/feed-test?a=1&b=2", (string?)entry.Elements(_atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href"));
        Assert.Equal("2026-02-02T00:00:00Z", entry.Element(_atom + "published")!.Value);
        var entered = Time(entry);
        Assert.InRange(entered, before, DateTime.UtcNow.AddSeconds(1));
        Assert.StartsWith("$30B–$40B (Amazon’s investment).", entry.Element(_atom + "summary")!.Value, StringComparison.Ordinal);

        await Task.Delay(1100); // the feed's times are to the second
        var retracted = await editor.PostAsJsonAsync($"/api/reports/{saved.Id}/retract", new { version = saved.Version, reason = "The outlet withdrew the story" });
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);

        var after = (await FeedAsync(fresh.CreateClient())).Elements(_atom + "entry").First();
        Assert.StartsWith("Retracted: The outlet withdrew the story. $30B–$40B (Amazon’s investment, retracted).", after.Element(_atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.True(Time(after) > entered);
    }

    [Theory]
    [InlineData("Plain <b>text</b> & “quotes”", "Plain <b>text</b> & “quotes”")]
    [InlineData(@"bell\u0007 and null\u0000 left out", "bell and null left out")]
    [InlineData(@"lone \uD800 surrogate, pair \uD83D\uDE00 kept", "lone  surrogate, pair 😀 kept")]
    public void XmlSafe_TextWithCharactersXmlCannotCarry_LeavesThemOut(string text, string expected)
    {
        var unescaped = System.Text.RegularExpressions.Regex.Unescape(text); // \uXXXX written out, so the test data survives as text

        Assert.Equal(expected, Web.Apis.FeedApi.XmlSafe(unescaped));
    }

    private static string? Link(XElement parent, string rel) =>
        (string?)parent.Elements(_atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href");

    private static DateTime Time(XElement parent) =>
        DateTime.Parse(parent.Element(_atom + "updated")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static async Task<XElement> FeedAsync(HttpClient client)
    {
        var response = await client.GetAsync(FeedPath);
        response.EnsureSuccessStatusCode();
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private async Task<int> ReportIdAsync(string outlet)
    {
        await using var db = app.CreateDbContext();
        return await db.Reports.Where(r => r.Outlet!.Name == outlet).Select(r => r.Id).SingleAsync();
    }

    private sealed record Saved(int Id, int Version);
}
