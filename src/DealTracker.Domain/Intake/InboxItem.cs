using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.Intake;

/// <summary>
/// A piece found in a watched feed, waiting for an editor: its title, link, date and summary, what the
/// extractor found in them, and the tracked deal it probably concerns. Nothing here is public: it enters the
/// record only when an editor saves a report from it.
/// </summary>
public class InboxItem
{
    public int Id { get; set; }

    /// <summary>The feed it first came from (null once that feed is removed).</summary>
    public int? FeedId { get; set; }

    public OutletFeed? Feed { get; set; }

    public int OutletId { get; set; }

    public Outlet? Outlet { get; set; }

    public required string Title { get; set; }

    /// <summary>The link as the feed gave it.</summary>
    public required string Link { get; set; }

    /// <summary>The link's story key (<see cref="StoryLinks.Key"/>; <see cref="Reports.Links.Normalise"/> for items stored before it): one item per link.</summary>
    public required string NormalisedLink { get; set; }

    /// <summary>The title reduced to its words (<see cref="Headlines.Key"/>), to find the same story under another link.</summary>
    public required string TitleKey { get; set; }

    /// <summary>
    /// The title's story words (<see cref="Headlines.StoryWords"/> of <see cref="TitleKey"/>), stored and indexed so a poll finds the
    /// same story under another link by looking its words up. Always worked out from <see cref="TitleKey"/>; null in the store only for
    /// items stored before it (the next polls fill those of the last days).
    /// </summary>
    public string? StoryWords
    {
        get => Headlines.StoryWords(TitleKey);
        private set => _ = value;
    }

    /// <summary>When the feed says the piece was published (UTC), when it says.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>
    /// The day the feed says the piece was published, in the feed's own zone ("Mon, 01 Dec 2025 23:30:00 EST" is 1 December, though
    /// 2 December in UTC): the date its report is prefilled with. Null with <see cref="PublishedAt"/>, and for items stored before it.
    /// </summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The feed's summary of the piece, as plain text.</summary>
    public string? Summary { get; set; }

    public InboxStatus Status { get; set; }

    public string? DismissReason { get; set; }

    /// <summary>When an editor made a report from it or dismissed it (UTC).</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>The report an editor saved from it.</summary>
    public int? ReportId { get; set; }

    public Report? Report { get; set; }

    /// <summary>The tracked deal it probably concerns, by the parties it names and its figures.</summary>
    public int? DealId { get; set; }

    public Deal? Deal { get; set; }

    /// <summary>The tracked parties named in the title and summary, comma-separated.</summary>
    public string? PartiesNamed { get; set; }

    /// <summary>How many money figures the extractor found in the title and summary.</summary>
    public int FigureCount { get; set; }

    /// <summary>What the extractor and context reader found, as JSON (figures with metric and investor, sources, organisations).</summary>
    public string? Extraction { get; set; }

    /// <summary>Higher is more likely worth a report; 0 when it names no tracked party and no figure (ranked last).</summary>
    public int Score { get; set; }

    /// <summary>For an item recorded as a duplicate (same story under another link), the item it repeats; such items are dismissed on arrival.</summary>
    public int? DuplicateOfId { get; set; }

    public InboxItem? DuplicateOf { get; set; }

    /// <summary>How many more times the same story came in (same link, or a near-identical title in any feed).</summary>
    public int Duplicates { get; set; }

    public DateTime FetchedAt { get; set; }

    /// <summary>
    /// What the inbox sorts by after the score: <see cref="PublishedAt"/>, else <see cref="FetchedAt"/>. Always worked out from them,
    /// and stored so an index serves the inbox's order.
    /// </summary>
    public DateTime SortAt
    {
        get => PublishedAt ?? FetchedAt;
        private set => _ = value;
    }
}
