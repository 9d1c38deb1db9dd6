using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Xml;
using DealTracker.Web.Hosting;
using DealTracker.Web.Services.Pages;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary>
/// The feed of new reports on a deal: Atom 1.0 (RFC 4287) at <c>/deals/{slug}/feed.atom</c>, one entry
/// per report with claims on the deal, newest first. Written with <see cref="XmlWriter"/>, so every
/// piece of text from the store is escaped by the writer, never pasted into markup.
/// </summary>
public static class FeedApi
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's address for a deal (the deal pages link to it).</summary>
    public static string PathFor(string slug) => $"/deals/{Uri.EscapeDataString(slug)}/feed.atom";

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/deals/{slug}/feed.atom", GetAsync)
            .WithTags("Feed")
            .WithName("GetDealFeed")
            .WithSummary("The deal's feed of new reports (Atom 1.0)")
            .WithDescription($"One entry per report with claims on the deal, newest first (the order reports were entered), at most {FeedQuery.MaxEntries}; "
                + "each entry's summary lists the figures the report states in their hedge words and says when it was retracted.")
            .Produces(StatusCodes.Status200OK, typeof(string), "application/atom+xml")
            .AsPublicRead();
        return endpoints;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        [Description("The deal's slug, such as amazon-openai-2026-round.")] string slug,
        HttpRequest request, FeedQuery query, CancellationToken cancellationToken)
    {
        if (await query.GetAsync(slug, cancellationToken) is not { } feed)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Bytes(Write(feed, request), ContentType);
    }

    /// <summary>The feed as UTF-8 Atom XML, with absolute links on the configured PublicBaseUrl (or, without one, the request's own address).</summary>
    public static byte[] Write(DealFeed feed, HttpRequest request)
    {
        var address = request.HttpContext.RequestServices.GetRequiredService<PublicAddress>();
        string Absolute(string path) => address.Absolute(request, path);

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteElementString("id", AtomNamespace, $"tag:dealtracker,2026:deal:{feed.DealId.ToString(CultureInfo.InvariantCulture)}");
            WriteText(writer, "title", $"DealTracker: {feed.Title}");
            WriteText(writer, "subtitle", "New reports on this deal, newest first: the figures each states, in its own hedge words.");
            WriteTime(writer, "updated", feed.Updated);
            WriteLink(writer, "self", Absolute(PathFor(feed.Slug)), "application/atom+xml", null);
            WriteLink(writer, "alternate", Absolute($"/deals/{Uri.EscapeDataString(feed.Slug)}"), "text/html", null);
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, "DealTracker");
            writer.WriteElementString("uri", AtomNamespace, Absolute("/"));
            writer.WriteEndElement();
            writer.WriteStartElement("generator", AtomNamespace);
            writer.WriteString("DealTracker");
            writer.WriteEndElement();

            foreach (var entry in feed.Entries)
            {
                var id = entry.ReportId.ToString(CultureInfo.InvariantCulture);
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("id", AtomNamespace, $"tag:dealtracker,2026:report:{id}");
                WriteText(writer, "title", entry.Title);
                WriteTime(writer, "updated", entry.Updated);
                if (entry.Published is { } published)
                {
                    WriteTime(writer, "published", published);
                }

                WriteLink(writer, "alternate", Absolute($"/reports/{id}"), "text/html", null);
                if (entry.Link is { } link)
                {
                    WriteLink(writer, "related", link, null, $"The report on {entry.Outlet}’s site");
                }

                WriteText(writer, "summary", entry.Summary);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteText(XmlWriter writer, string name, string text)
    {
        writer.WriteStartElement(name, AtomNamespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(XmlSafe(text));
        writer.WriteEndElement();
    }

    // RFC 3339 in UTC, as Atom's date constructs require: 2026-01-29T00:00:00Z.
    private static void WriteTime(XmlWriter writer, string name, DateTime utc) =>
        writer.WriteElementString(name, AtomNamespace, utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static void WriteLink(XmlWriter writer, string rel, string href, string? type, string? title)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            writer.WriteAttributeString("type", type);
        }

        writer.WriteAttributeString("href", XmlSafe(href));
        if (title is not null)
        {
            writer.WriteAttributeString("title", XmlSafe(title));
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Text with the characters XML 1.0 cannot carry (control characters, lone surrogates) left out:
    /// the writer escapes markup, but would refuse these and fail the whole feed.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length && firstBad < 0; i++)
        {
            if (!IsXmlCharAt(text, i, out var width))
            {
                firstBad = i;
            }
            else
            {
                i += width - 1;
            }
        }

        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsXmlCharAt(text, i, out var width))
            {
                clean.Append(text, i, width);
                i += width - 1;
            }
        }

        return clean.ToString();
    }

    private static bool IsXmlCharAt(string text, int index, out int width)
    {
        width = 1;
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return XmlConvert.IsXmlSurrogatePair(text[index + 1], text[index]);
        }

        return XmlConvert.IsXmlChar(text[index]);
    }
}
