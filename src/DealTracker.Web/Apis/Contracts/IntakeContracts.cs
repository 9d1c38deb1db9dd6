using DealTracker.Web.Services.Intake;

namespace DealTracker.Web.Apis.Contracts;

/// <summary>A feed address to watch.</summary>
public sealed record FeedRequest(string? Url);

/// <summary>Why an inbox item is set aside (optional).</summary>
public sealed record DismissRequest(string? Reason);

/// <summary>A page to read the article from.</summary>
public sealed record ArticleRequest(string? Url);

/// <summary>The article text read from a page.</summary>
public sealed record ArticleDto(string? Title, string Text, DateTime? Published)
{
    /// <summary>The page looks paywalled: <see cref="Text"/> may be only its teaser, and <see cref="Warning"/> says so.</summary>
    public bool Paywalled { get; init; }

    /// <summary>For a paywalled page, that what was read may be only its teaser; null otherwise.</summary>
    public string? Warning { get; init; }
}

/// <summary>
/// A report prefilled from an inbox item: <c>draft</c> is a <c>POST /api/reports</c> body (send it as it is, or
/// corrected), and the sources the text names that match no outlet, or no one.
/// </summary>
public sealed record InboxDraftDto(CreateReportRequest Draft, IReadOnlyList<string> SourcesWithoutOutlet, IReadOnlyList<string> AnonymousSources)
{
    public static InboxDraftDto From(InboxDraft draft) =>
        new(CreateReportRequest.From(draft.Draft), draft.SourcesWithoutOutlet, draft.AnonymousSources);
}
