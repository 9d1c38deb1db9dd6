using System.Text;
using DealTracker.Web.Services.Intake;

namespace DealTracker.Web.UnitTests.Services.Intake;

/// <summary>Real-world feed shapes, one at a time: RSS 1.0, Atom's xml:base and link relations, JSON Feed 1.0 and 1.1, encodings, entities, dates.</summary>
public sealed class FeedParserTests
{
    private static readonly Uri _base = new("https://news.example.com/feeds/tech.xml");

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public void Parse_ItemLinkWithAUserNameOrPassword_KeepsTheLinkWithoutThem(string kind)
    {
        const string link = "https://editor:s3cret@news.example.com/deals/a?id=7#top";
        var body = kind switch
        {
            "rss" => $"<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>{link}</link></item></channel></rss>",
            "atom" => $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title><link href=\"{link}\"/></entry></feed>",
            _ => $$"""{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "title": "A", "url": "{{link}}"}]}""",
        };

        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(body), _base).Entries);

        Assert.Equal("https://news.example.com/deals/a?id=7#top", entry.Link);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://news.example.com/a</link><enclosure url=\"https://e.example.com/a.mp3\" length=\"99999999999999999999\" type=\"audio/mpeg\"/></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://news.example.com/a</link><enclosure url=\"https://e.example.com/a.mp3\" length=\"-5\" type=\"audio/mpeg\"/></item></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title><link href=\"https://news.example.com/a\" length=\"99999999999999999999\"/></entry></feed>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A <i>italic</i> title</title><link>https://news.example.com/a</link></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://news.example.com/a</link><description><p>Amazon to invest <b>$50 billion</b></p></description></item></channel></rss>")]
    public void Parse_WellFormedFeedTheFormatterCannotTake_IsReadElementByElement(string xml)
    {
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base).Entries);

        Assert.Equal("https://news.example.com/a", entry.Link);
        Assert.StartsWith("A", entry.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public void Parse_MarkupNestedDeeperThanTheCap_IsNotAFeed(string kind)
    {
        var nested = string.Concat(Enumerable.Repeat("<b>", 20_000)) + "x" + string.Concat(Enumerable.Repeat("</b>", 20_000));
        var xml = kind == "rss"
            ? $"<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://news.example.com/a</link><description>{nested}</description></item></channel></rss>"
            : $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{nested}</div></content></entry></feed>";

        var refused = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base));

        Assert.Equal($"Not a feed: its elements are nested more than {FeedParser.MaxDepth} deep.", refused.Message);
    }

    [Fact]
    public void Parse_JsonFeedItemWithAnEmptyOrBlankUrl_TakesItsExternalUrl()
    {
        const string json = """{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "4", "url": "", "external_url": "https://example.com/j4", "title": "Empty"}, {"id": "5", "url": " ", "external_url": "https://example.com/j5", "title": "Blank"}]}""";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), _base);

        Assert.Equal(["https://example.com/j4", "https://example.com/j5"], feed.Entries.Select(e => e.Link));
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItemsWithTheirDublinCoreDates()
    {
        const string rdf = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example.com/"><title>Example &amp; Co</title><link>https://news.example.com/</link></channel>
              <item rdf:about="https://news.example.com/a"><title>Nvidia invests $5 billion in Intel</title><link>https://news.example.com/a</link>
                <description>&lt;p&gt;The &lt;b&gt;deal&lt;/b&gt; closed.&lt;/p&gt;</description><dc:date>2026-12-01T13:05:00+01:00</dc:date></item>
              <item rdf:about="/b"><title>Second</title></item>
            </rdf:RDF>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rdf), _base);

        Assert.Equal("Example & Co", feed.Title);
        Assert.Equal(
            [("Nvidia invests $5 billion in Intel", "https://news.example.com/a", (DateTime?)new DateTime(2026, 12, 1, 12, 5, 0, DateTimeKind.Utc), (string?)"The deal closed."),
             ("Second", "https://news.example.com/b", null, null)],
            feed.Entries.Select(e => (e.Title, e.Link, e.PublishedAt, e.Summary)));
    }

    [Fact]
    public void Parse_AtomWithXmlBaseAndSeveralLinks_TakesTheAlternateResolvedAgainstItsBase()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/en/">
              <title type="html">Deals &amp;amp; more</title>
              <entry xml:base="2026/">
                <title type="html">&lt;em&gt;OpenAI&lt;/em&gt; raises $40 billion</title><id>tag:blog.example.org,2026:1</id>
                <link rel="edit" href="/api/entries/1"/><link rel="enclosure" href="audio.mp3"/>
                <link rel="alternate" type="text/html" href="openai-round.html"/>
                <updated>2026-12-01T10:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>SoftBank <b>leads</b> the round.</p></div></content>
              </entry>
              <entry><title>Only an id</title><id>https://blog.example.org/en/only-id</id><updated>2026-12-01T10:00:00Z</updated><link rel="edit" href="/api/2"/></entry>
              <entry><title type="text">No rel</title><id>urn:uuid:1</id><link href="no-rel"/><updated>2026-12-01T10:00:00Z</updated><summary type="html">&lt;p&gt;A &amp;amp; B&lt;/p&gt;</summary></entry>
            </feed>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), _base);

        Assert.Equal(
            [("OpenAI raises $40 billion", "https://blog.example.org/en/2026/openai-round.html", (string?)"SoftBank leads the round."),
             ("Only an id", "https://blog.example.org/en/only-id", null),
             ("No rel", "https://blog.example.org/en/no-rel", "A & B")],
            feed.Entries.Select(e => (e.Title, e.Link, e.Summary)));
    }

    [Theory]
    [InlineData("https://jsonfeed.org/version/1")]
    [InlineData("https://jsonfeed.org/version/1.1")]
    public void Parse_JsonFeed_TakesUrlThenExternalUrlAndAWebIdOnlyKeepsAnItemWithNoLinkAndMakesAMissingTitle(string version)
    {
        var json = $$"""
            { "version": "{{version}}", "title": "Wire",
              "items": [
                { "id": "1", "url": "/posts/1", "title": "Relative url", "date_published": "2026-12-01T09:00:00-05:00" },
                { "id": "2", "external_url": "https://other.example/2", "title": "External" },
                { "id": "3", "title": "Opaque id only" },
                { "id": "https://news.example.com/4", "content_text": "{{new string('w', 10)}} {{string.Join(' ', Enumerable.Repeat("word", 60))}}" }
              ] }
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("\uFEFF" + json), _base);

        Assert.Equal(["https://news.example.com/posts/1", "https://other.example/2", null, "https://news.example.com/4"], feed.Entries.Select(e => e.Link));
        Assert.Equal(new DateTime(2026, 12, 1, 14, 0, 0, DateTimeKind.Utc), feed.Entries[0].PublishedAt);
        var made = feed.Entries[3].Title;
        Assert.True(made.Length <= FeedParser.MaxMadeTitleLength && made.EndsWith('…') && made.StartsWith("wwwwwwwwww word", StringComparison.Ordinal), made);
    }

    [Theory]
    [InlineData("ISO-8859-1", 28591)]
    [InlineData("windows-1252", 1252)]
    public void Parse_DeclaredSingleByteEncoding_ReadsTheNonAsciiText(string name, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var title = codePage == 1252 ? "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\u2019s \u20ac2 billion bet" : "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00bd stake";
        var xml = $"<?xml version=\"1.0\" encoding=\"{name}\"?><rss version=\"2.0\"><channel><title>t</title><item><title>{title}</title><link>https://x.example/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.GetEncoding(codePage).GetBytes(xml), _base);

        Assert.Equal(title, Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_NoDeclaredEncoding_UsesTheHttpCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf\u00e9 \u2013 r\u00e9sum\u00e9</title><link>https://x.example/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.GetEncoding(1252).GetBytes(xml), _base, "windows-1252");

        Assert.Equal("Caf\u00e9 \u2013 r\u00e9sum\u00e9", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_Utf8BodyLabelledUsAscii_KeepsItsNonAsciiText()
    {
        var xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf\u00e9 \u2013 \u20ac5bn</title><link>https://x.example/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base, "us-ascii");

        Assert.Equal("Caf\u00e9 \u2013 \u20ac5bn", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_HtmlEntitiesCdataAndDoubleEscapes_GiveTheText()
    {
        const string xml = """
            <rss version="2.0"><channel><title>t</title>
              <item><title>Apple&rsquo;s &ldquo;AI&rdquo;&nbsp;push &mdash; &eacute;lan</title><link>https://x.example/1</link></item>
              <item><title><![CDATA[AT&T <b>bets</b> $2bn]]></title><link>https://x.example/2</link></item>
              <item><title>Q&amp;amp;A &amp;#8220;quoted&amp;#8221;</title><link>https://x.example/3</link></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);

        Assert.Equal(["Apple\u2019s \u201cAI\u201d push \u2014 \u00e9lan", "AT&T bets $2bn", "Q&A \u201cquoted\u201d"], feed.Entries.Select(e => e.Title));
    }

    [Theory]
    [InlineData("Tue, 01 Dec 2026 14:05:00 GMT", "2026-12-01T14:05:00Z")]
    [InlineData("Tue, 01 Dec 2026 09:05:00 EST", "2026-12-01T14:05:00Z")]
    [InlineData("Tue, 01 Dec 2026 19:35:00 +0530", "2026-12-01T14:05:00Z")]
    [InlineData("Mon, 01 Dec 2026 14:05:00 Z", "2026-12-01T14:05:00Z")]
    [InlineData("1 Dec 2026 06:05 PST", "2026-12-01T14:05:00Z")]
    [InlineData("Tuesday, 01 December 2026 15:05:00 CET", "2026-12-01T14:05:00Z")]
    [InlineData("2026-12-01T14:05:00Z", "2026-12-01T14:05:00Z")]
    [InlineData("2026-12-01T16:05:00+02:00", "2026-12-01T14:05:00Z")]
    [InlineData("not a date", null)]
    [InlineData("", null)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 -0500", null)]
    [InlineData("01 Jan 0001 00:00:00 +0500", null)]
    [InlineData("Tue, 01 Dec 2026 14:05:00 +1459", "2026-12-01T14:05:00Z")]
    public void Parse_RssDates_ReadsOddZonesAndLeavesAnUnreadableDateEmpty(string date, string? expected)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>t</title><item><title>A</title><link>https://x.example/a</link><pubDate>{date}</pubDate></item>" +
            "<item><title>B</title><link>https://x.example/b</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);

        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal(expected, feed.Entries[0].PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_RssItemWithoutLink_UsesAPermalinkGuidOnlyElseKeepsItWithNoLink()
    {
        const string xml = """
            <rss version="2.0"><channel><title>t</title>
              <item><title>Permalink</title><guid>https://x.example/permalink</guid></item>
              <item><title>Not a permalink</title><guid isPermaLink="false">https://x.example/?p=123</guid></item>
              <item><description>An item with no title but a description.</description><link>https://x.example/untitled</link></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);

        Assert.Equal(
            [("Permalink", "https://x.example/permalink"), ("Not a permalink", null), ("An item with no title but a description.", "https://x.example/untitled")],
            feed.Entries.Select(e => (e.Title, (string?)e.Link)));
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>", "&c;")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")]
    [InlineData("<!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %p;]>", "safe")]
    public void Parse_DtdTricks_AreNeverExpandedNorFetched(string doctype, string title)
    {
        var xml = $"<?xml version=\"1.0\"?>{doctype}<rss version=\"2.0\"><channel><title>t</title><item><title>{title}</title><link>https://x.example/a</link></item></channel></rss>";

        try
        {
            var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);
            Assert.Equal("safe", Assert.Single(feed.Entries).Title);
        }
        catch (FeedFormatException refused)
        {
            Assert.StartsWith("Not a feed: the XML is malformed", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_Rss091WithTheNetscapeDoctype_IsRead()
    {
        const string xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old wire</title><item><title>Old story</title><link>https://x.example/old</link></item></channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.Latin1.GetBytes(xml), _base);

        Assert.Equal(("Old wire", "Old story"), (feed.Title, Assert.Single(feed.Entries).Title));
    }

    [Theory]
    [InlineData("Fri, 31 Dec 9999 23:59:59 -0500")]
    [InlineData("01 Jan 0001 00:00:00 +0500")]
    public void Parse_JsonFeedAndRss091DateOutsideTheCalendarOnceZoned_LeavesTheDateEmpty(string date)
    {
        var json = $"{{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{{\"url\": \"https://x.example/a\", \"title\": \"A\", \"date_published\": \"{date}\"}}]}}";
        var rss = $"<rss version=\"0.91\"><channel><title>t</title><item><title>A</title><link>https://x.example/a</link><pubDate>{date}</pubDate></item></channel></rss>";

        var entries = new[] { json, rss }.Select(body => Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(body), _base).Entries));

        Assert.All(entries, entry => Assert.Null(entry.PublishedAt));
    }

    [Fact]
    public void Parse_JsonFeedWithAnEscapedLoneSurrogate_IsNotAFeed()
    {
        const string json = """{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://x.example/a", "title": "Half \ud800 a character"}]}""";

        var refused = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(json), _base));

        Assert.StartsWith("Not a feed: the JSON holds text that cannot be read", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ControlCharactersInJsonFeedText_AreLeftOut()
    {
        const string json = """{"version": "https://jsonfeed.org/version/1.1", "title": "Wire\u0000", "items": [{"url": "https://x.example/a", "title": "Nul\u0000 and bell\u0007 gone,\ttab kept", "summary": "\u001b[31mred"}]}""";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), _base);

        var entry = Assert.Single(feed.Entries);
        Assert.Equal(("Wire", "Nul and bell gone, tab kept", "[31mred"), (feed.Title, entry.Title, entry.Summary));
    }

    [Theory]
    [InlineData("0.91")]
    [InlineData("rdf")]
    public void Parse_MarkupNestedTenThousandDeep_IsReadWithoutIndentingIt(string kind)
    {
        const int depth = 10_000;
        var description = "<description>" + string.Concat(Enumerable.Repeat("<b>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</b>", depth)) + "</description>";
        var item = $"<item><title>Deep</title><link>https://x.example/deep</link>{description}</item>";
        var xml = kind == "rdf"
            ? $"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">{item}</rdf:RDF>"
            : $"<rss version=\"{kind}\"><channel><title>t</title>{item}</channel></rss>";
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);

        Assert.Equal("deep text", Assert.Single(feed.Entries).Summary);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 64L * 1024 * 1024); // indented, 10,000 deep was 200 MB of spaces
    }

    [Theory]
    [InlineData("<b>Bold</b> and <<<", "Bold and <<<")]
    [InlineData("a < b > c", "a c")]
    [InlineData("x &lt;y&gt; <i>z", "x <y> z")]
    public void PlainText_Tags_AreDroppedUpToTheNextClosingBracket(string html, string expected) =>
        Assert.Equal(expected, FeedParser.PlainText(html));

    [Fact]
    public void PlainText_AMillionUnclosedAngleBrackets_KeepsThemAsText()
    {
        var html = "Title " + new string('<', 1_000_000); // the old pattern <[^>]*> took about 40 s on this (docs/operations.md)

        var text = FeedParser.PlainText(html);

        Assert.Equal(html, text);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("json")]
    public void Parse_TitleOfOnlyInvisibleCharacters_IsNoTitleAndOneIsMadeFromTheSummary(string kind)
    {
        var body = kind == "rss"
            ? "<rss version=\"2.0\"><channel><title>T</title><item><title>&#x200B;&#x200B;</title><link>https://news.example.com/a</link><description>Amazon weighs a $50 billion stake.</description></item></channel></rss>"
            : """{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "title": "\u200b\u00ad", "url": "https://news.example.com/a", "summary": "Amazon weighs a $50 billion stake."}]}""";

        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(body), _base).Entries);

        Assert.Equal("Amazon weighs a $50 billion stake.", entry.Title);
    }

    [Fact]
    public void Parse_TitlesWithBidiControls_KeepTheTextWithoutThem()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>&#x202E;evil title&#x202C;</title><item><title>&#x2067;Amazon&#x2069; to invest</title><link>https://news.example.com/a</link><description>&#x202E;reversed</description></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _base);

        var entry = Assert.Single(feed.Entries);
        Assert.Equal(("evil title", "Amazon to invest", "reversed"), (feed.Title, entry.Title, entry.Summary));
    }
}
