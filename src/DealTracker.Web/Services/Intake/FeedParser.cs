using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Services.Intake;

/// <summary>One entry of a feed: its title, absolute link, date and summary as plain text.</summary>
public sealed record FeedEntry(string Title, string Link, DateTime? PublishedAt, string? Summary);

/// <summary>A feed as read: its title and entries.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedEntry> Entries);

/// <summary>A body that is not a feed DealTracker can read; the message says why.</summary>
public sealed class FeedFormatException(string message) : Exception(message);

/// <summary>
/// Reads RSS 2.0 and Atom with System.ServiceModel.Syndication (DTDs prohibited, no external entities) and
/// JSON Feed (1.0, 1.1) with System.Text.Json.
/// </summary>
public static partial class FeedParser
{
    /// <summary>The entries of <paramref name="body"/>; relative links resolve against <paramref name="baseUrl"/>.</summary>
    /// <exception cref="FeedFormatException">The body is not an RSS, Atom or JSON feed.</exception>
    public static ParsedFeed Parse(byte[] body, Uri baseUrl)
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

        return body[start] == (byte)'{' ? ParseJson(body.AsMemory(start), baseUrl) : ParseXml(body, baseUrl);
    }

    private static ParsedFeed ParseXml(byte[] body, Uri baseUrl)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        try
        {
            using var stream = new MemoryStream(body);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                throw new FeedFormatException($"Not a feed: the document is <{reader.LocalName}>, not RSS 2.0 or Atom.");
            }

            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var entries = new List<FeedEntry>();
            foreach (var item in feed.Items)
            {
                var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
                if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id))
                {
                    link = id;
                }

                var title = PlainText(item.Title?.Text);
                if (link is null || string.IsNullOrWhiteSpace(title))
                {
                    continue;
                }

                var absolute = link.IsAbsoluteUri ? link : new Uri(baseUrl, link);
                var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
                var summary = PlainText(item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text);
                entries.Add(new FeedEntry(title, absolute.AbsoluteUri, published == default ? null : published.UtcDateTime, summary));
            }

            return new ParsedFeed(PlainText(feed.Title?.Text), entries);
        }
        catch (XmlException exception)
        {
            throw new FeedFormatException($"Not a feed: the XML is malformed ({exception.Message})");
        }
    }

    private static ParsedFeed ParseJson(ReadOnlyMemory<byte> body, Uri baseUrl)
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
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var url = Text(item, "url") ?? Text(item, "external_url") ?? Text(item, "id");
                var title = PlainText(Text(item, "title"));
                if (url is null || !Uri.TryCreate(baseUrl, url, out var link) || string.IsNullOrWhiteSpace(title))
                {
                    continue;
                }

                var date = Text(item, "date_published") ?? Text(item, "date_modified");
                DateTime? published = date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed.UtcDateTime
                    : null;
                var summary = PlainText(Text(item, "summary") ?? Text(item, "content_text") ?? Text(item, "content_html"));
                entries.Add(new FeedEntry(title, link.AbsoluteUri, published, summary));
            }

            return new ParsedFeed(PlainText(Text(root, "title")), entries);
        }
        catch (JsonException exception)
        {
            throw new FeedFormatException($"Not a feed: the JSON is malformed ({exception.Message})");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Feeds write dates in many forms; RFC 822 with odd zones and ISO 8601 are both accepted.</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset result)
    {
        var value = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result))
        {
            return true;
        }

        // "Tue, 01 Dec 2026 14:05:00 GMT" / "EST" / "+0000": drop the weekday and map the zone.
        var match = Rfc822Regex().Match(value);
        if (match.Success && DateTime.TryParse(match.Groups["date"].Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var zone = match.Groups["zone"].Value.ToUpperInvariant() switch
            {
                "" or "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
                "EST" => TimeSpan.FromHours(-5),
                "EDT" => TimeSpan.FromHours(-4),
                "CST" => TimeSpan.FromHours(-6),
                "CDT" => TimeSpan.FromHours(-5),
                "MST" => TimeSpan.FromHours(-7),
                "MDT" => TimeSpan.FromHours(-6),
                "PST" => TimeSpan.FromHours(-8),
                "PDT" => TimeSpan.FromHours(-7),
                var offset when offset.Length == 5 && int.TryParse(offset.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) =>
                    (offset[0] == '-' ? -1 : 1) * new TimeSpan(hhmm / 100, hhmm % 100, 0),
                _ => TimeSpan.Zero,
            };
            result = new DateTimeOffset(local, zone);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>HTML reduced to its text: tags dropped, entities decoded, white space collapsed; null when empty.</summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(TagRegex().Replace(html, " "));
        text = SpaceRegex().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRegex();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(?<date>\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[A-Za-z]{1,4}|[+-]\d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Regex();
}
