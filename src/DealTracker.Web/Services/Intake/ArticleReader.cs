using System.Text;
using System.Text.RegularExpressions;

namespace DealTracker.Web.Services.Intake;

/// <summary>
/// An article's text as read from its page; when <see cref="Succeeded"/> is false, <see cref="Message"/> says what to do. A page that
/// looks paywalled but shows a teaser long enough to read succeeds with <see cref="Paywalled"/> and a <see cref="Message"/> saying so.
/// </summary>
public sealed record ArticleResult(bool Succeeded, string? Title, string? Text, DateTime? PublishedAt, string? Message, bool Refused)
{
    public const string CannotRead = "This page could not be read; paste the text instead.";

    /// <summary>Why a paywalled page gives no article: said in the message after <see cref="CannotRead"/>.</summary>
    public const string PaywallOnly = "The page looks paywalled: it asks readers to subscribe or sign in, and only a teaser is readable.";

    /// <summary>The page looks paywalled (a subscribe or sign-in prompt, a paywall's class name, or schema.org isAccessibleForFree false).</summary>
    public bool Paywalled { get; init; }

    /// <summary>
    /// The message for a paywalled page whose text was read: "may be" because a paywall script's class name is also on many free
    /// pages read whole.
    /// </summary>
    public static string TeaserRead(int length) =>
        $"The page looks paywalled: what was read ({length:N0} characters) may be only its teaser. Check it against the article, and paste the whole text if you have it.";

    /// <summary>The site failed, timed out or could not be reached (a 502 in the API), rather than the page being unreadable.</summary>
    public bool UpstreamFailed { get; init; }
}

/// <summary>
/// Fetches a page with the intake's safe fetcher (same address checks and caps as feeds) and extracts the
/// article text with SmartReader (a port of Mozilla's Readability). Failing and non-HTML pages give
/// <see cref="ArticleResult.CannotRead"/> with the reason. A paywalled page is said to be one: with no readable text, or only a
/// few lines, it cannot be read; with a longer teaser, the teaser is read and flagged (<see cref="ArticleResult.Paywalled"/>).
/// The subscribe and sign-in prompts are never part of the text, nor is the headline repeated at its top (the page's title is
/// <see cref="ArticleResult.Title"/>): a figure in it would be proposed twice.
/// </summary>
public sealed partial class ArticleReader(SafeFetcher fetcher, ILogger<ArticleReader> logger)
{
    /// <summary>Text shorter than this is taken for a paywall or a teaser, not the article.</summary>
    public const int MinimumTextLength = 280;

    /// <summary>
    /// Pages whose elements nest deeper than this are not given to the readability pass: it walks the page recursively, and a page
    /// of 100,000 nested elements overflowed the stack, which no catch can stop (it ended the whole process). Real articles nest a
    /// few dozen deep.
    /// </summary>
    public const int MaxNesting = 500;

    /// <summary>Fetches and reads the page at <paramref name="url"/>; never throws for a bad page or address.</summary>
    public async Task<ArticleResult> ReadAsync(string? url, CancellationToken cancellationToken = default)
    {
        if (AddressGuard.CheckUrl(url) is { } invalid)
        {
            return new ArticleResult(false, null, null, null, invalid, Refused: true);
        }

        var fetched = await fetcher.FetchAsync(url!, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1", null, null, cancellationToken);
        if (fetched.Outcome == FetchOutcome.Refused)
        {
            return new ArticleResult(false, null, null, null, fetched.Error, Refused: true);
        }

        if (fetched.Outcome != FetchOutcome.Ok)
        {
            // A 4xx is the page's answer (gone, paywalled, forbidden), and so is a page that came but is too large or cannot be decoded;
            // no answer, or a 5xx, is the site failing.
            return Failed($"{ArticleResult.CannotRead} ({fetched.Error})") with { UpstreamFailed = fetched.Status is null or >= 500 };
        }

        // Media types are case-insensitive (RFC 9110): TEXT/HTML is a web page too.
        if (fetched.ContentType is { } type && !type.Equals("text/html", StringComparison.OrdinalIgnoreCase) && !type.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
        {
            return Failed($"{ArticleResult.CannotRead} (The address gives {type}, not a web page.)");
        }

        try
        {
            var html = EncodingOf(fetched).GetString(fetched.Body!);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            if (NestingDepth(document) > MaxNesting)
            {
                return Failed($"{ArticleResult.CannotRead} (The page's elements are nested more than {MaxNesting} deep.)");
            }

            var paywalled = Paywall.Marks(html, document);
            var reader = new SmartReader.Reader(fetched.FinalUrl!.AbsoluteUri, html);
            var article = reader.GetArticle();
            var title = FeedParser.PlainText(article.Title);
            var text = article.IsReadable ? Paywall.WithoutPrompts(article.TextContent ?? "") : "";
            text = WithoutHeadline(text, title, document.QuerySelector("h1")?.TextContent);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Failed($"{ArticleResult.CannotRead} ({(paywalled ? ArticleResult.PaywallOnly : "No article text was found on the page.")})") with { Paywalled = paywalled };
            }

            if (text.Length < MinimumTextLength)
            {
                return Failed($"{ArticleResult.CannotRead} ({(paywalled ? ArticleResult.PaywallOnly : "Only a few lines are readable: the page may be behind a paywall.")})")
                    with { Paywalled = paywalled };
            }

            if (text.Length > Domain.Figures.FigureExtractor.MaxTextLength)
            {
                text = text[..Domain.Figures.FigureExtractor.MaxTextLength];
            }

            // A page's placeholder date (1970-01-01, 0001-01-01) is no date, as a feed's is (FeedPoller.EarliestFeedDate).
            var published = article.PublicationDate?.ToUniversalTime() is { } at && at >= FeedPoller.EarliestFeedDate ? at : (DateTime?)null;
            return new ArticleResult(true, title, text, published, paywalled ? ArticleResult.TeaserRead(text.Length) : null, false)
            {
                Paywalled = paywalled,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Reading the article at {Host} failed", fetched.FinalUrl?.Host);
            return Failed($"{ArticleResult.CannotRead} (The page could not be parsed.)");
        }
    }

    /// <summary>The page's encoding: a byte-order mark, else the Content-Type charset, else a &lt;meta charset&gt; near the top, else UTF-8.</summary>
    private static Encoding EncodingOf(FetchResult fetched)
    {
        var body = fetched.Body!;
        switch (body)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return Encoding.UTF8;
            case [0xFF, 0xFE, ..]:
                return Encoding.Unicode;
            case [0xFE, 0xFF, ..]:
                return Encoding.BigEndianUnicode;
        }

        var meta = MetaCharsetRegex().Match(Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 2048)));
        var charset = fetched.Charset ?? (meta.Success ? meta.Groups[1].Value : null);
        return charset is null ? Encoding.UTF8 : FeedParser.EncodingOf(charset) ?? Encoding.UTF8;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetRegex();

    private static ArticleResult Failed(string message) => new(false, null, null, null, message, false);

    /// <summary>
    /// The text without the headline at its top: readability keeps the page's &lt;h1&gt; when it differs from the &lt;title&gt;
    /// ("… | Reuters"), and a figure in it would be proposed again beside the same figure in the first paragraph.
    /// </summary>
    internal static string WithoutHeadline(string text, string? title, string? heading)
    {
        text = text.Trim();
        foreach (var headline in new[] { heading, title })
        {
            var words = Words(headline);
            if (words.Length == 0)
            {
                continue;
            }

            // The headline's words, in order, across whatever white space the page put between them.
            var match = Regex.Match(text, @"^\s*" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"[ \t]*(?:\r?\n|$)", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (match.Success)
            {
                return text[match.Length..].Trim();
            }
        }

        return text;
    }

    private static string[] Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : FeedParser.PlainText(text)?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>How deep the page's elements nest, counted without recursion (the count stops once past <see cref="MaxNesting"/>).</summary>
    private static int NestingDepth(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var deepest = 0;
        var open = new Stack<(AngleSharp.Dom.IElement Element, int Depth)>();
        open.Push((document.DocumentElement, 1));
        while (open.Count > 0 && deepest <= MaxNesting)
        {
            var (element, depth) = open.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                open.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
