using System.Text;

namespace DealTracker.Web.Services.Intake;

/// <summary>An article's text as read from its page; when <see cref="Succeeded"/> is false, <see cref="Message"/> says what to do.</summary>
public sealed record ArticleResult(bool Succeeded, string? Title, string? Text, DateTime? PublishedAt, string? Message, bool Refused)
{
    public const string CannotRead = "This page could not be read; paste the text instead.";

    /// <summary>The site failed, timed out or could not be reached (a 502 in the API), rather than the page being unreadable.</summary>
    public bool UpstreamFailed { get; init; }
}

/// <summary>
/// Fetches a page with the intake's safe fetcher (same address checks and caps as feeds) and extracts the
/// article text with SmartReader (a port of Mozilla's Readability). Paywalled, failing and non-HTML pages
/// give <see cref="ArticleResult.CannotRead"/> with the reason.
/// </summary>
public sealed class ArticleReader(SafeFetcher fetcher, ILogger<ArticleReader> logger)
{
    /// <summary>Text shorter than this is taken for a paywall or a teaser, not the article.</summary>
    public const int MinimumTextLength = 280;

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
            // A 4xx is the page's answer (gone, paywalled, forbidden); anything else is the site failing.
            return Failed($"{ArticleResult.CannotRead} ({fetched.Error})") with { UpstreamFailed = fetched.Status is not (>= 400 and < 500) };
        }

        if (fetched.ContentType is { } type && type != "text/html" && type != "application/xhtml+xml")
        {
            return Failed($"{ArticleResult.CannotRead} (The address gives {type}, not a web page.)");
        }

        try
        {
            var encoding = fetched.Charset is { } charset ? FeedParser.EncodingOf(charset) ?? Encoding.UTF8 : Encoding.UTF8;
            var html = encoding.GetString(fetched.Body!);
            var reader = new SmartReader.Reader(fetched.FinalUrl!.AbsoluteUri, html);
            var article = reader.GetArticle();
            var text = article.TextContent?.Trim();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(text))
            {
                return Failed($"{ArticleResult.CannotRead} (No article text was found on the page.)");
            }

            if (text.Length < MinimumTextLength)
            {
                return Failed($"{ArticleResult.CannotRead} (Only a few lines are readable: the page may be behind a paywall.)");
            }

            if (text.Length > Domain.Figures.FigureExtractor.MaxTextLength)
            {
                text = text[..Domain.Figures.FigureExtractor.MaxTextLength];
            }

            return new ArticleResult(true, FeedParser.PlainText(article.Title), text, article.PublicationDate?.ToUniversalTime(), null, false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Reading the article at {Host} failed", fetched.FinalUrl?.Host);
            return Failed($"{ArticleResult.CannotRead} (The page could not be parsed.)");
        }
    }

    private static ArticleResult Failed(string message) => new(false, null, null, null, message, false);
}
