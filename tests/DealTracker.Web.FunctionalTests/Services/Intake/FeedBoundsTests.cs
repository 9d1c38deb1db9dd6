using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// Hostile and messy feeds served on a loopback port and polled through the editors' API: compression bombs,
/// corrupt compression, a body that lies about its length, one that trickles, DTD tricks, huge item counts,
/// overlong fields, encodings declared only by the HTTP header, bad dates, and the same story under link and
/// title variants. Each ends in a visible status, never a 500, and the inbox holds what an editor expects.
/// </summary>
public sealed class FeedBoundsTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new()
    {
        Settings =
        {
            ["Intake:AllowPrivateAddresses"] = "true",
            ["Intake:MaxBytes"] = "262144",
            ["Intake:TimeoutSeconds"] = "2",
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Poll_CompressionBomb_HitsTheCapOnTheDecompressedSize(string encoding)
    {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bomb</title><description>" + new string(' ', 20 * 1024 * 1024) + "</description></channel></rss>";
        var url = _host.Feeds.Serve("bomb-" + encoding, Compress(Encoding.UTF8.GetBytes(xml), encoding), "application/rss+xml", ("Content-Encoding", encoding));

        var poll = await PollAsync(await AddFeedAsync(url));

        Assert.Equal(("failed", "Too large: the response is over 256 KB."), (poll.GetProperty("status").GetString(), poll.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Poll_CorruptCompressedBody_FailsWithAMessageNotA500(string encoding)
    {
        var url = _host.Feeds.Serve("corrupt-" + encoding, Encoding.ASCII.GetBytes("this is not compressed data at all, not even a little"), "application/rss+xml", ("Content-Encoding", encoding));

        var response = await _host.Editor.PostAsync($"/api/feeds/{await AddFeedAsync(url)}/poll", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var poll = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("failed", poll.GetProperty("status").GetString());
        Assert.StartsWith("The response from 127.0.0.1 could not be read", poll.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ContentLengthOverTheCap_IsRefusedBeforeTheBodyIsRead()
    {
        _host.Feeds.Routes["huge"] = async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = 1L << 32;
            var chunk = new byte[64 * 1024];
            try
            {
                for (var sent = 0L; sent < 1L << 32 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or ConnectionAbortedException)
            {
                // the reader hung up, as it should
            }
        };

        var poll = await PollAsync(await AddFeedAsync(_host.Feeds.Url("/t/huge")));

        Assert.Equal(("failed", "Too large: the response is over 256 KB."), (poll.GetProperty("status").GetString(), poll.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Poll_BodyTrickledByteByByte_TimesOutWithAMessage()
    {
        _host.Feeds.Routes["slow"] = async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            try
            {
                await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", context.RequestAborted);
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(" ", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(200, context.RequestAborted);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or ConnectionAbortedException)
            {
                // the reader gave up, as it should
            }
        };

        var poll = await PollAsync(await AddFeedAsync(_host.Feeds.Url("/t/slow")));

        Assert.Equal(("failed", "Timed out: no complete answer within 2 s."), (poll.GetProperty("status").GetString(), poll.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Poll_BillionLaughsAndExternalEntities_AreNeverExpandedNorRead()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"dt-secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "TOPSECRETMARKER");
        try
        {
            var laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i =>
                $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">")) +
                "]><rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title><link>https://example.com/lol</link></item></channel></rss>";
            var external = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secret}\">]><rss version=\"2.0\"><channel><title>t</title>" +
                "<item><title>Leak &xxe;</title><link>https://example.com/xxe</link></item></channel></rss>";

            var results = new[]
            {
                await PollAsync(await AddFeedAsync(_host.Feeds.Serve("laughs", laughs))),
                await PollAsync(await AddFeedAsync(_host.Feeds.Serve("xxe", external))),
            };

            Assert.All(results, r => Assert.Equal("failed", r.GetProperty("status").GetString()));
            Assert.All(results, r => Assert.StartsWith("Not a feed: the XML is malformed", r.GetProperty("error").GetString(), StringComparison.Ordinal));
            await using var db = _host.App.CreateDbContext();
            Assert.Equal(0, await db.InboxItems.CountAsync());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Poll_ThousandsOfItemsAndOverlongFields_TakesTheCapCutsAndSkipsWithoutA500()
    {
        var items = string.Concat(Enumerable.Range(1, 600).Select(i => $"<item><title>Wire brief {i} on markets {i * 7919 % 1000}</title><link>https://example.com/brief/{i}</link></item>"));
        var many = await PollAsync(await AddFeedAsync(_host.Feeds.Serve("many", Rss(items))));
        Assert.Equal(("ok", 600, 200), (many.GetProperty("status").GetString(), Int(many, "itemCount"), Int(many, "newItems")));

        var longTitle = "Amazon weighs stake " + new string('x', 5000);
        var longLink = "https://example.com/" + new string('p', 3000);
        var longFragment = "https://example.com/short#" + new string('f', 3000);
        var summary = new string('s', 100_000);
        var odd = Rss($"<item><title>{longTitle}</title><link>https://example.com/long-title</link><description>{summary}</description></item>" +
            $"<item><title>Overlong link</title><link>{longLink}</link></item><item><title>Overlong fragment</title><link>{longFragment}</link></item>");

        var poll = await PollAsync(await AddFeedAsync(_host.Feeds.Serve("long", odd)));

        Assert.Equal(("ok", 3, 1), (poll.GetProperty("status").GetString(), Int(poll, "itemCount"), Int(poll, "newItems")));
        await using var db = _host.App.CreateDbContext();
        var item = await db.InboxItems.SingleAsync(i => i.Link == "https://example.com/long-title");
        Assert.Equal((500, 4000), (item.Title.Length, item.Summary!.Length));
        Assert.False(await db.InboxItems.AnyAsync(i => i.Title == "Overlong link" || i.Title == "Overlong fragment"));
    }

    [Fact]
    public async Task Poll_FeedServedAsHtmlInWindows1252WithBadDatesAndHtmlEntities_ReadsEveryItem()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">" +
            "<rss version=\"0.91\"><channel><title>Caf\u00e9 wire</title>" +
            "<item><title>Nvidia\u2019s caf\u00e9&nbsp;deal &ndash; talks</title><link>https://example.com/a</link><pubDate>sometime last week</pubDate></item>" +
            "<item><title>Second story</title><link>https://example.com/b</link><pubDate>Tue, 01 Dec 2026 09:05:00 EST</pubDate></item>" +
            "</channel></rss>";
        var url = _host.Feeds.Serve("cp1252", CodePage1252(xml), "text/html; charset=windows-1252");

        var poll = await PollAsync(await AddFeedAsync(url));

        Assert.Equal(("ok", 2), (poll.GetProperty("status").GetString(), Int(poll, "newItems")));
        await using var db = _host.App.CreateDbContext();
        var first = await db.InboxItems.SingleAsync(i => i.Link == "https://example.com/a");
        Assert.Equal(("Nvidia\u2019s caf\u00e9 deal \u2013 talks", (DateTime?)null), (first.Title, first.PublishedAt));
        var second = await db.InboxItems.SingleAsync(i => i.Link == "https://example.com/b");
        Assert.Equal(new DateTime(2026, 12, 1, 14, 5, 0, DateTimeKind.Utc), second.PublishedAt);
        Assert.Equal("Caf\u00e9 wire", (await db.OutletFeeds.SingleAsync()).Title);
    }

    [Fact]
    public async Task Poll_FeedTurnsMalformed_RecordsTheErrorAndKeepsItsEarlierItems()
    {
        var url = _host.Feeds.Serve("turns", Rss("<item><title>Kept story</title><link>https://example.com/kept</link></item>"));
        var id = await AddFeedAsync(url);
        Assert.Equal("ok", (await PollAsync(id)).GetProperty("status").GetString());

        _host.Feeds.Serve("turns", "<rss version=\"2.0\"><channel><item><title>Broken", "application/rss+xml");
        var poll = await PollAsync(id);

        Assert.Equal("failed", poll.GetProperty("status").GetString());
        var feed = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/forbes/feeds")).EnumerateArray().Single();
        Assert.StartsWith("Not a feed: the XML is malformed", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Int(feed, "itemCount"));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal("Kept story", (await db.InboxItems.SingleAsync()).Title);
    }

    [Fact]
    public async Task Poll_SameStoryUnderLinkVariantsAndOutletSuffixes_IsOneNewInboxItem()
    {
        var wire = _host.Feeds.Serve("wire", Rss(
            "<item><title>Amazon weighs $10 billion OpenAI stake - Reuters</title><link>https://www.example-news.com/world/amazon-stake/?utm_source=rss&amp;b=2&amp;a=1</link></item>"));
        var aggregator = _host.Feeds.Serve("aggregator", Rss(
            "<item><title>Amazon weighs $10 billion OpenAI stake | Reuters</title><link>http://EXAMPLE-news.com:80/world/amazon-stake?a=1&amp;b=2&amp;fbclid=xyz&amp;mc_cid=1#top</link></item>" +
            "<item><title>AMAZON WEIGHS $10 BILLION OPENAI STAKE (Reuters)</title><link>https://mirror.example.org/amazon-stake</link></item>"));
        var wireId = await AddFeedAsync(wire);

        var first = await PollAsync(wireId);
        var second = await PollAsync(await AddFeedAsync(aggregator, "reuters"));
        _host.Feeds.Serve("wire", Rss("<item><title>Amazon weighs $10 billion OpenAI stake - Reuters</title><link>https://example-news.com/world/amazon-stake?a=1&amp;b=2&amp;utm_campaign=later&amp;gclid=9</link></item>"));
        var again = await PollAsync(wireId);

        Assert.Equal((1, 0), (Int(first, "newItems"), Int(first, "duplicates")));
        Assert.Equal((0, 2), (Int(second, "newItems"), Int(second, "duplicates"))); // the same link from another feed, and a mirror's copy
        Assert.Equal((0, 0), (Int(again, "newItems"), Int(again, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(2, (await db.InboxItems.SingleAsync(i => i.Status == InboxStatus.New)).Duplicates);
        Assert.Equal(2, await db.InboxItems.CountAsync());
    }

    [Theory]
    [InlineData("text/html; charset=windows-1252", "")]
    [InlineData("TEXT/HTML; charset=windows-1252", "")]
    [InlineData("text/html", "<meta charset=\"windows-1252\">")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public async Task Article_PageInASingleByteEncoding_ReadsItsAccentedText(string contentType, string meta)
    {
        var paragraph = "<p>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said on Tuesday it would invest as much as \u00a32 billion in the caf\u00e9 chain, " +
            "according to people familiar with the matter, in a deal that would value the business at about \u00a310 billion.</p>";
        var html = $"<!DOCTYPE html><html><head>{meta}<title>SocGen deal</title></head><body><article><h1>SocGen deal</h1>{paragraph}{paragraph}{paragraph}</article></body></html>";
        var url = _host.Feeds.Serve("latin-" + Guid.NewGuid().ToString("N"), CodePage1252(html), contentType);

        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.Contains("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said on Tuesday it would invest as much as \u00a32 billion in the caf\u00e9 chain", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_JsonFeedWithAnEscapedLoneSurrogate_FailsWithAMessageNotA500()
    {
        var url = _host.Feeds.Serve("surrogate", """{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://example.com/s", "title": "Half \ud800"}]}""", "application/feed+json");

        var response = await _host.Editor.PostAsync($"/api/feeds/{await AddFeedAsync(url)}/poll", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var poll = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("failed", poll.GetProperty("status").GetString());
        Assert.StartsWith("Not a feed: the JSON holds text that cannot be read", poll.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_DatesOutsideTheCalendarOrYearsAhead_ReadsTheItemsDatedWhenFetched()
    {
        var json = """
            {"version": "https://jsonfeed.org/version/1.1", "items": [
              {"url": "https://example.com/far", "title": "Zoned past the end of time", "date_published": "Fri, 31 Dec 9999 23:59:59 -0500"},
              {"url": "https://example.com/ahead", "title": "Dated years ahead", "date_published": "2999-01-01T00:00:00Z"},
              {"url": "https://example.com/nul", "title": "Nul\u0000 in the title"}]}
            """;
        var url = _host.Feeds.Serve("dates", json, "application/feed+json");

        var response = await _host.Editor.PostAsync($"/api/feeds/{await AddFeedAsync(url)}/poll", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var poll = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("ok", 3), (poll.GetProperty("status").GetString(), Int(poll, "newItems")));
        await using var db = _host.App.CreateDbContext();
        var items = await db.InboxItems.OrderBy(i => i.Id).Select(i => new { i.Title, i.PublishedAt }).ToListAsync();
        Assert.All(items, i => Assert.Null(i.PublishedAt));
        Assert.Equal("Nul in the title", items[2].Title);
        var newest = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox?order=newest");
        Assert.Equal("Nul in the title", newest.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Poll_SameFeedFiveTimesAtOnce_EachAnswersAndEachStoryLandsOnce()
    {
        var items = string.Concat(Enumerable.Range(1, 30).Select(i => $"<item><title>Concurrent story number {i} about chips</title><link>https://example.com/concurrent/{i}</link></item>"));
        var id = await AddFeedAsync(_host.Feeds.Serve("concurrent", Rss(items)));

        var polls = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _host.Editor.PostAsync($"/api/feeds/{id}/poll", null)));

        Assert.All(polls, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var results = await Task.WhenAll(polls.Select(p => p.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.All(results, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
        Assert.Equal(30, results.Sum(r => Int(r, "newItems")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(30, await db.InboxItems.CountAsync());
        var feed = await db.OutletFeeds.Where(f => f.Id == id).Select(f => new { f.Failures, f.ItemCount }).SingleAsync();
        Assert.Equal((0, 30), (feed.Failures, feed.ItemCount));
    }

    [Fact]
    public async Task Poll_TitlesCutInsideAnEmoji_LandWithWholeCharactersNotA500()
    {
        // A title one character over the column with an emoji at the cut, and an untitled item whose summary (no spaces) is cut for a
        // title right inside an emoji: both used to leave half a character, which failed the poll with a 500 and stopped polling.
        var longTitle = new string('A', 499) + "😀";
        var summary = new string('b', 158) + "😀" + new string('c', 40);
        var items = $"<item><title>{longTitle}</title><link>https://example.com/emoji/1</link></item>"
            + $"<item><description>{summary}</description><link>https://example.com/emoji/2</link></item>";
        var id = await AddFeedAsync(_host.Feeds.Serve("emoji", Rss(items)));

        var poll = await PollAsync(id);

        Assert.Equal(("ok", 2), (poll.GetProperty("status").GetString(), Int(poll, "newItems")));
        await using var db = _host.App.CreateDbContext();
        var titles = await db.InboxItems.Where(i => i.FeedId == id).OrderBy(i => i.Id).Select(i => i.Title).ToListAsync();
        Assert.Equal(new string('A', 499), titles[0]);
        Assert.Equal(new string('b', 158) + "…", titles[1]);
        Assert.All(titles, t => Assert.DoesNotContain(t, char.IsSurrogate));
        var feed = await db.OutletFeeds.SingleAsync(f => f.Id == id);
        Assert.NotNull(feed.LastPolledAt);
    }

    [Fact]
    public async Task Poll_SummaryOfThousandsOfAmounts_KeepsTheItemAndItsInboxPageSmall()
    {
        var summary = string.Concat(Enumerable.Repeat("$1 ", 1333));
        var items = string.Concat(Enumerable.Range(1, 10).Select(i => $"<item><title>Amounts {i}</title><link>https://example.com/amounts/{i}</link><description>{summary}</description></item>"));
        var id = await AddFeedAsync(_host.Feeds.Serve("amounts", Rss(items)), "axios");

        var poll = await PollAsync(id);
        var page = await _host.Editor.GetAsync("/api/inbox?outlet=axios&pageSize=10");

        Assert.Equal(("ok", 10), (poll.GetProperty("status").GetString(), Int(poll, "newItems")));
        var body = await page.Content.ReadAsStringAsync();
        Assert.True(body.Length < 300_000, $"The inbox page is {body.Length:N0} characters."); // 55 MB before the cap
        var first = JsonDocument.Parse(body).RootElement.GetProperty("items")[0];
        var figures = first.GetProperty("extraction").GetProperty("figures");
        Assert.Equal(50, figures.GetArrayLength());
        Assert.All(figures.EnumerateArray(), f => Assert.True(f.GetProperty("sentence").GetString()!.Length <= 160));
    }

    [Fact]
    public async Task Poll_ItemLinkLongerThanAReportsLink_IsLeftOutSoNoDraftIsUnsavable()
    {
        var longLink = "https://example.com/long/" + new string('x', 2040 - 25);
        var items = $"<item><title>Long link story</title><link>{longLink}</link></item><item><title>Short link story</title><link>https://example.com/short</link></item>";
        var id = await AddFeedAsync(_host.Feeds.Serve("long-link", Rss(items)), "axios");

        var poll = await PollAsync(id);

        Assert.Equal(("ok", 1), (poll.GetProperty("status").GetString(), Int(poll, "newItems")));
        // Said, not silent: the poll counts the entry it left out.
        Assert.Equal(1, Int(poll, "skipped"));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(["Short link story"], await db.InboxItems.Where(i => i.FeedId == id).Select(i => i.Title).ToListAsync());
    }

    [Fact]
    public async Task Article_PageNestedTwentyThousandDeep_Answers422AndTheAppStaysUp()
    {
        // 100,000 nested elements overflowed the readability pass's stack, which ended the whole process; such a page is refused first.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>" + string.Concat(Enumerable.Repeat("Amazon is in talks to invest $50 billion. ", 20))
            + "</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";
        var url = _host.Feeds.Serve("deep.html", html, "text/html");

        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            "This page could not be read; paste the text instead. (The page's elements are nested more than 500 deep.)",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _host.Editor.GetAsync("/api/inbox")).StatusCode);
    }

    [Fact]
    public async Task Article_PageOverTheSizeCap_Answers422NotASiteFailure()
    {
        var url = _host.Feeds.Serve("big.html", "<html><body>" + new string('x', 300_000) + "</body></html>", "text/html");

        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            "This page could not be read; paste the text instead. (Too large: the response is over 256 KB.)",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Poll_ServerAskingToRetryInAnHour_IsReportedAsItsOwnAnswerNotATimeOut()
    {
        _host.Feeds.Routes["later"] = context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        };

        var poll = await PollAsync(await AddFeedAsync(_host.Feeds.Url("/t/later")));

        Assert.Equal(("failed", "The server answered 503 Service Unavailable."), (poll.GetProperty("status").GetString(), poll.GetProperty("error").GetString()));
    }

    private static string Rss(string items) => IntakeHost.Rss(items);

    private static byte[] CodePage1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private static byte[] Compress(byte[] body, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }

    private Task<int> AddFeedAsync(string url, string outlet = "forbes") => _host.AddFeedAsync(outlet, url);

    private Task<JsonElement> PollAsync(int feedId) => _host.PollAsync(feedId);

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
