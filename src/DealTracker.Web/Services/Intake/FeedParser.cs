using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DealTracker.Domain.Text;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Services.Intake;

/// <summary>One entry of a feed: its title, absolute link, date and summary as plain text.</summary>
public sealed record FeedEntry(string Title, string? Link, DateTime? PublishedAt, string? Summary)
{
    /// <summary>The day of <see cref="PublishedAt"/> in the feed's own zone (the day an outlet dates its piece).</summary>
    public DateOnly? PublishedOn { get; init; }
}

/// <summary>A feed as read: its title and entries.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedEntry> Entries);

/// <summary>A body that is not a feed DealTracker can read; the message says why.</summary>
public sealed class FeedFormatException(string message) : Exception(message);

/// <summary>
/// Reads RSS 2.0 (and 0.9x) and Atom with System.ServiceModel.Syndication, RSS 1.0 (RDF) with LINQ to XML, and
/// JSON Feed (1.0, 1.1) with System.Text.Json. XML is read safely and forgivingly: a DTD is skipped, never
/// processed (no entity expansion, no external entities, nothing read from disk or network); HTML named entities
/// such as <c>&amp;nbsp;</c> are read as the characters they name; the encoding is the one the document declares
/// (windows-1252 and the other code pages too), else the HTTP charset, else UTF-8. An entry's date that cannot be
/// read leaves the date empty rather than failing the feed.
/// </summary>
public static partial class FeedParser
{
    /// <summary>The longest title made from an entry's text when the entry has no title.</summary>
    public const int MaxMadeTitleLength = 160;

    /// <summary>
    /// Elements nested deeper than this are no feed (<see cref="RefuseDeepNesting"/>). Real feeds nest a few dozen deep; 10,000 deep is
    /// still read (in about 0.3 s), 150,000 deep took over a minute.
    /// </summary>
    public const int MaxDepth = 16_384;

    /// <summary>The most entries a feed may hold unless the caller says otherwise (<see cref="IntakeOptions.MaxEntriesPerFeed"/>).</summary>
    public const int DefaultMaxEntries = 10_000;

    private static readonly XNamespace _rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The entries of <paramref name="body"/>; relative links resolve against <c>xml:base</c>, then <paramref name="baseUrl"/>.
    /// <paramref name="charset"/> (from the Content-Type header) is used only when the document declares no encoding. A feed of more
    /// than <paramref name="maxEntries"/> entries is refused ("Too many entries…"): its items are counted as they are read, so the
    /// work of a parse, and of the poll that takes its entries in, stays bounded whatever the feed holds.
    /// </summary>
    /// <exception cref="FeedFormatException">The body is not an RSS, Atom or JSON feed, or holds more than <paramref name="maxEntries"/> entries.</exception>
    public static ParsedFeed Parse(byte[] body, Uri baseUrl, string? charset = null, int maxEntries = DefaultMaxEntries)
    {
        var start = 0;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            start = 3;
        }

        while (start < body.Length && body[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= body.Length)
        {
            throw new FeedFormatException("Not a feed: the response is empty.");
        }

        return body[start] == (byte)'{' ? ParseJson(body.AsMemory(start), baseUrl, maxEntries) : ParseXml(body, baseUrl, charset, maxEntries);
    }

    private static ParsedFeed ParseXml(byte[] body, Uri baseUrl, string? charset, int maxEntries)
    {
        try
        {
            RefuseDeepNesting(body, charset);
            using var reader = CreateXmlReader(body, charset);
            reader.MoveToContent();
            if (reader.LocalName == "RDF" && reader.NamespaceURI == _rdf.NamespaceName)
            {
                return ParseLoose(XElement.Load(reader), baseUrl, maxEntries);
            }

            var atom = reader.LocalName == "feed";
            SyndicationFeedFormatter formatter = atom ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                throw new FeedFormatException($"Not a feed: the document is <{reader.LocalName}>, not RSS, RDF or Atom.");
            }

            formatter.DateTimeParser = ParseDate;
            try
            {
                formatter.ReadFrom(reader);
            }
            catch (Exception exception) when (exception is NotSupportedException or FormatException or ArgumentException or InvalidOperationException
                or OverflowException or XmlException)
            {
                // RSS 0.91/0.92 (the formatter reads only version 2.0), or a part it cannot take (a link that is not a URI, an enclosure
                // "length" past a long's range or below 0, markup inside a title, which it reports as an XmlException): the same document
                // read element by element. A document that is not well-formed fails there too, as malformed.
                using var again = CreateXmlReader(body, charset);
                return ParseLoose(XElement.Load(again), baseUrl, maxEntries);
            }

            return Entries(formatter.Feed, baseUrl, atom, maxEntries);
        }
        catch (XmlException exception)
        {
            throw new FeedFormatException($"Not a feed: the XML is malformed ({exception.Message})");
        }
        catch (ArgumentException exception)
        {
            throw new FeedFormatException($"Not a feed: the document's encoding cannot be read ({exception.Message})");
        }
    }

    /// <summary>
    /// Refuses a document nested deeper than <see cref="MaxDepth"/> in one streaming pass, before any reader that builds a tree: reading
    /// nested markup took time growing with the square of its depth (150,000 nested &lt;b&gt; in a 1 MB feed took over a minute, holding
    /// up every other poll).
    /// </summary>
    private static void RefuseDeepNesting(byte[] body, string? charset)
    {
        using var reader = CreateXmlReader(body, charset);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                throw new FeedFormatException($"Not a feed: its elements are nested more than {MaxDepth} deep.");
            }
        }
    }

    private static ParsedFeed Entries(SyndicationFeed feed, Uri baseUrl, bool atom, int maxEntries)
    {
        var entries = new List<FeedEntry>();
        var read = 0;
        foreach (var item in feed.Items)
        {
            Count(ref read, maxEntries);
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var summary = item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text;
            if (Entry(item.Title?.Text, LinkOf(item, baseUrl, atom), published == default ? null : published, summary) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new ParsedFeed(PlainText(feed.Title?.Text), entries);
    }

    /// <summary>
    /// A reader that skips any DTD, with HTML named entities turned into character references first, reading the
    /// body in the encoding it declares or else in <paramref name="charset"/> when that names another encoding than UTF-8.
    /// </summary>
    private static XmlReader CreateXmlReader(byte[] body, string? charset)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        var utf16 = body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF));
        if (utf16)
        {
            return XmlReader.Create(new MemoryStream(body), settings);
        }

        var text = Encoding.Latin1.GetString(body); // byte for byte: entity names and the declaration are ASCII
        body = Encoding.Latin1.GetBytes(HtmlEntityRegex().Replace(text, NumericEntity));
        var declared = body.Length >= 3 && body[0] == 0xEF || XmlEncodingRegex().IsMatch(text.AsSpan(0, Math.Min(text.Length, 256)));
        if (!declared && charset is not null && EncodingOf(charset) is { CodePage: not (65001 or 20127) } encoding)
        {
            return XmlReader.Create(new StringReader(encoding.GetString(body)), settings);
        }

        return XmlReader.Create(new MemoryStream(body), settings);
    }

    /// <summary>The encoding a charset names (code pages such as windows-1252 included), or null when it names none.</summary>
    internal static Encoding? EncodingOf(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>"&amp;rsquo;" as "&amp;#8217;": HTML's named entities are not XML's, and feeds use them all the same.</summary>
    private static string NumericEntity(Match match)
    {
        var decoded = WebUtility.HtmlDecode(match.Value);
        return decoded == match.Value || match.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos"
            ? match.Value
            : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
    }

    /// <summary>
    /// The entry's link: its alternate link (an HTML one first), else for Atom its id when that is a web address,
    /// else any link that is not about editing or attachments. RSS gives a guid as the alternate link only when it
    /// is a permalink. Relative links resolve against their xml:base, then the feed's address.
    /// </summary>
    private static Uri? LinkOf(SyndicationItem item, Uri baseUrl, bool atom)
    {
        var links = item.Links.Where(l => l.Uri is not null).ToList();
        var alternate = links.FirstOrDefault(l => l.RelationshipType is null or "alternate" && l.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) != false)
            ?? links.FirstOrDefault(l => l.RelationshipType is null or "alternate");
        if (alternate is not null)
        {
            return Absolute(alternate.Uri, alternate.BaseUri, baseUrl);
        }

        if (atom && Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && (id.Scheme == Uri.UriSchemeHttp || id.Scheme == Uri.UriSchemeHttps))
        {
            return id;
        }

        var other = links.FirstOrDefault(l => l.RelationshipType is not ("self" or "edit" or "edit-media" or "enclosure" or "replies" or "license"));
        return other is null ? null : Absolute(other.Uri, other.BaseUri, baseUrl);
    }

    private static Uri? Absolute(Uri link, Uri? xmlBase, Uri baseUrl)
    {
        var root = xmlBase is null ? baseUrl : xmlBase.IsAbsoluteUri ? xmlBase : Uri.TryCreate(baseUrl, xmlBase, out var combined) ? combined : baseUrl;
        return link.IsAbsoluteUri ? link : Uri.TryCreate(root, link, out var absolute) ? absolute : null;
    }

    /// <summary>
    /// A feed read element by element, by local names whatever the namespace: RSS 1.0 (RDF) and 0.90 items beside
    /// the channel, RSS 0.9x items in it, Atom entries. The link is &lt;link&gt; (its text, or an alternate's href),
    /// else a permalink guid, else the RDF about or a web-address Atom id.
    /// </summary>
    private static ParsedFeed ParseLoose(XElement root, Uri baseUrl, int maxEntries)
    {
        static XElement? Child(XElement parent, params string[] names) =>
            names.Select(name => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)).FirstOrDefault(e => e is not null);

        var channel = Child(root, "channel");
        var items = root.Elements().Concat(channel?.Elements() ?? []).Where(e => e.Name.LocalName is "item" or "entry");
        var entries = new List<FeedEntry>();
        var read = 0;
        foreach (var item in items)
        {
            Count(ref read, maxEntries);
            var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
            var guid = Child(item, "guid");
            var href = links.Select(l => (string?)l.Attribute("href") is { } h ? ((string?)l.Attribute("rel") is null or "alternate" ? h : null) : l.Value)
                    .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h))
                ?? (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" ? guid.Value : null)
                ?? (string?)item.Attribute(_rdf + "about")
                ?? Child(item, "id")?.Value;
            var link = href is not null && Uri.TryCreate(href.Trim(), UriKind.RelativeOrAbsolute, out var parsed) ? Absolute(parsed, null, baseUrl) : null;
            var date = Child(item, "pubDate", "date", "published", "updated")?.Value;
            DateTimeOffset? published = date is not null && TryParseDate(date, out var at) ? at : null;
            var summary = Child(item, "description", "summary", "encoded", "content");
            if (Entry(Child(item, "title")?.Value, link, published, summary is null ? null : InnerText(summary)) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new ParsedFeed(PlainText(Child(channel ?? root, "title")?.Value), entries);
    }

    /// <summary>
    /// An element's content as HTML: escaped HTML is its text; Atom's inline XHTML is its markup, written without
    /// indentation (indented, markup nested n deep grows by n² spaces: a 2 MB feed ran out of memory).
    /// </summary>
    private static string InnerText(XElement element) =>
        element.HasElements ? string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))) : element.Value;

    /// <summary>
    /// An entry from the parts a feed gives, or null without a web link. A missing title is made from the start of
    /// the summary (RSS and JSON Feed allow items with no title); an entry with neither is left out.
    /// </summary>
    private static FeedEntry? Entry(string? titleHtml, Uri? link, DateTimeOffset? published, string? summaryHtml)
    {
        var summary = PlainText(summaryHtml);
        var title = PlainText(titleHtml) ?? MadeTitle(summary);
        if (title is null)
        {
            return null;
        }

        // An entry with no web link (none at all, or a "javascript:" one) is still news: it is kept without a link.
        var web = link is not null && link.IsAbsoluteUri && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps);
        return new FeedEntry(title, web ? WithoutCredentials(link!).AbsoluteUri : null, published?.UtcDateTime, summary)
        {
            PublishedOn = published is { } at ? DateOnly.FromDateTime(at.DateTime) : null,
        };
    }

    /// <summary>
    /// "https://user:secret@example.com/a" is kept as "https://example.com/a": a user name or password in an item's link is
    /// never stored, shown or followed (the same rule as for feed addresses).
    /// </summary>
    private static Uri WithoutCredentials(Uri link) =>
        link.UserInfo.Length == 0 ? link : new UriBuilder(link) { UserName = string.Empty, Password = string.Empty }.Uri;

    private static string? MadeTitle(string? summary)
    {
        if (summary is null || summary.Length <= MaxMadeTitleLength)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', MaxMadeTitleLength - 1);
        return Limits.Cut(summary, cut > MaxMadeTitleLength / 2 ? cut : MaxMadeTitleLength - 1).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static ParsedFeed ParseJson(ReadOnlyMemory<byte> body, Uri baseUrl, int maxEntries)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String
                || version.GetString()?.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) != true)
            {
                throw new FeedFormatException("Not a feed: the JSON has no JSON Feed \"version\".");
            }

            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedFormatException("Not a feed: the JSON Feed has no \"items\" list.");
            }

            var entries = new List<FeedEntry>();
            var read = 0;
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                Count(ref read, maxEntries);
                // "id" is any unique string; it is the link only when it is a full web address. An empty or blank "url" is no url (it
                // would resolve to the feed's own address).
                var url = new[] { Text(item, "url"), Text(item, "external_url") }.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
                var link = url is not null && Uri.TryCreate(baseUrl, url.Trim(), out var resolved) ? resolved
                    : Uri.TryCreate(Text(item, "id"), UriKind.Absolute, out var id) ? id : null;
                var date = Text(item, "date_published") ?? Text(item, "date_modified");
                DateTimeOffset? published = date is not null && TryParseDate(date, out var at) ? at : null;
                var summary = Text(item, "summary") ?? Text(item, "content_text") ?? Text(item, "content_html");
                if (Entry(Text(item, "title"), link, published, summary) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            return new ParsedFeed(PlainText(Text(root, "title")), entries);
        }
        catch (JsonException exception)
        {
            throw new FeedFormatException($"Not a feed: the JSON is malformed ({exception.Message})");
        }
        catch (InvalidOperationException exception)
        {
            // A string the reader cannot turn into text: an escaped lone surrogate such as "\ud800".
            throw new FeedFormatException($"Not a feed: the JSON holds text that cannot be read ({exception.Message})");
        }
    }

    /// <summary>Counts one more entry read, and refuses the feed when that is more than <paramref name="maxEntries"/>.</summary>
    private static void Count(ref int read, int maxEntries)
    {
        if (++read > maxEntries)
        {
            throw new FeedFormatException(TooManyEntries(maxEntries));
        }
    }

    /// <summary>"Too many entries: the feed holds more than 10,000; a feed is read only when it holds at most 10,000." (a failed poll's error).</summary>
    public static string TooManyEntries(int maxEntries)
    {
        var most = maxEntries.ToString("N0", CultureInfo.InvariantCulture);
        return $"Too many entries: the feed holds more than {most}; a feed is read only when it holds at most {most}.";
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The formatters' date reader: a date that cannot be read is no date (the entry stays), not a broken feed.</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset result)
    {
        if (!TryParseDate(data.DateTimeString ?? "", out result))
        {
            result = default;
        }

        return true;
    }

    /// <summary>
    /// Feeds write dates in many forms; RFC 822 with odd zones and ISO 8601 are both accepted. A date whose zone
    /// takes it outside years 1–9999 (<c>31 Dec 9999 23:59 -0500</c>) is not read.
    /// </summary>
    public static bool TryParseDate(string text, out DateTimeOffset result)
    {
        var value = text.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result))
        {
            return true;
        }

        // "Tue, 01 Dec 2026 14:05:00 GMT" / "EST" / "+0000": drop the weekday and map the zone.
        var match = Rfc822Regex().Match(value);
        if (match.Success && DateTime.TryParse(match.Groups["date"].Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var zone = ZoneOffset(match.Groups["zone"].Value.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant());
            var utcTicks = local.Ticks - zone.Ticks;
            if (utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks)
            {
                result = new DateTimeOffset(local, zone);
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>The offset of an RFC 822 zone: a name (GMT, EST, PDT, CET…), or ±hhmm; an unknown name counts as UTC.</summary>
    private static TimeSpan ZoneOffset(string zone) => zone switch
    {
        "EST" or "CDT" => TimeSpan.FromHours(-5),
        "EDT" => TimeSpan.FromHours(-4),
        "CST" or "MDT" => TimeSpan.FromHours(-6),
        "MST" or "PDT" => TimeSpan.FromHours(-7),
        "PST" => TimeSpan.FromHours(-8),
        "BST" or "CET" => TimeSpan.FromHours(1),
        "CEST" or "EET" => TimeSpan.FromHours(2),
        "EEST" or "MSK" => TimeSpan.FromHours(3),
        "IST" => new TimeSpan(5, 30, 0),
        "HKT" or "SGT" => TimeSpan.FromHours(8),
        "JST" or "KST" => TimeSpan.FromHours(9),
        "AEST" => TimeSpan.FromHours(10),
        "AEDT" => TimeSpan.FromHours(11),
        { Length: 5 } when zone[0] is '+' or '-' && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) && hhmm % 100 < 60 && hhmm <= 1400 =>
            (zone[0] == '-' ? -1 : 1) * new TimeSpan(hhmm / 100, hhmm % 100, 0),
        _ => TimeSpan.Zero,
    };

    /// <summary>
    /// HTML reduced to its text: tags dropped, entities decoded, control characters (NUL, which PostgreSQL cannot
    /// store, and the rest) and bidirectional controls (which would show the text reversed: <see cref="VisibleText.IsBidiControl"/>)
    /// left out, white space collapsed; null when empty or when it shows nothing (only invisible characters such as U+200B, which no
    /// headline may be: <see cref="VisibleText.IsBlank"/>), so a title of nothing visible is no title, as a missing one is.
    /// </summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(WithoutTags(html));
        text = SpaceRegex().Replace(VisibleText.WithoutBidiControls(ControlRegex().Replace(text, "")), " ").Trim();
        return VisibleText.IsBlank(text) ? null : text;
    }

    /// <summary>
    /// Each tag (from a '&lt;' to the next '&gt;') as a space, in one pass: the pattern &lt;[^&gt;]*&gt; scans to the end
    /// from every unclosed '&lt;', so a title of a million of them took minutes.
    /// </summary>
    private static string WithoutTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var position = 0;
        while (html.IndexOf('<', position) is var open and >= 0 && html.IndexOf('>', open) is var close and >= 0)
        {
            text.Append(html, position, open - position).Append(' ');
            position = close + 1;

            // A script's or a style's content is code, not text: it is left out up to its end tag (or the end, when none).
            if (CodeElement(html, open) is { } name)
            {
                var end = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                position = endClose < 0 ? html.Length : endClose + 1;
            }
        }

        return text.Append(html, position, html.Length - position).ToString();
    }

    /// <summary>"script" or "style" when the tag opening at <paramref name="open"/> starts one, else null.</summary>
    private static string? CodeElement(string html, int open)
    {
        foreach (var name in (string[])["script", "style"])
        {
            var after = open + 1 + name.Length;
            if (string.Compare(html, open + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && after < html.Length && (html[after] is '>' or '/' || char.IsWhiteSpace(html[after])))
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntityRegex();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncodingRegex();

    [GeneratedRegex(@"[\p{Cc}-[\t\n\v\f\r\u0085]]", RegexOptions.CultureInvariant)]
    private static partial Regex ControlRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRegex();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Regex();
}
