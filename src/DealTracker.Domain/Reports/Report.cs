using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.History;
using DealTracker.Domain.Outlets;

namespace DealTracker.Domain.Reports;

/// <summary>
/// One published piece by one outlet. Headline, link and dates are kept only when known:
/// a piece known only from another article's account of it has a summary instead of an
/// invented headline, and no date where none was given.
/// </summary>
public class Report : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    public int OutletId { get; set; }

    public Outlet? Outlet { get; set; }

    /// <summary>The headline as published, when known.</summary>
    public string? Headline { get; set; }

    /// <summary>What the piece reported, in a sentence.</summary>
    public required string Summary { get; set; }

    private string? _url;

    /// <summary>The link to the piece (http or https only), when known. Setting it sets <see cref="LinkKey"/>.</summary>
    public string? Url
    {
        get => _url;
        set
        {
            _url = value;
            LinkKey = KeyOf(value);
        }
    }

    /// <summary>
    /// The link's story key (<see cref="Intake.StoryLinks.Key"/>: any spelling of one story's link has the same one), stored and
    /// indexed so a duplicate link is found by one exact lookup; the link itself when it has no key; null only when there is no link.
    /// </summary>
    public string? LinkKey { get; private set; }

    /// <summary>The longest <see cref="LinkKey"/> (in UTF-8 bytes, under PostgreSQL's btree entry limit) stored as it is; a longer one (a link of non-ASCII words, percent-encoded) is stored as its hash.</summary>
    public const int LinkKeyLength = 2000;

    /// <summary>What <see cref="LinkKey"/> holds for <paramref name="url"/>.</summary>
    public static string? KeyOf(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var key = Intake.StoryLinks.Key(url) ?? url;
        return System.Text.Encoding.UTF8.GetByteCount(key) <= LinkKeyLength
            ? key
            : "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The first day the piece may have been published on (see <see cref="PublishedPrecision"/>).</summary>
    public DateOnly? PublishedOn { get; set; }

    public DatePrecision? PublishedPrecision { get; set; }

    /// <summary>The last day the piece may have been published on: what "as of" views filter on.</summary>
    public DateOnly? PublishedUntil { get; set; }

    /// <summary>When the piece was read for this store, when known.</summary>
    public DateOnly? RetrievedOn { get; set; }

    /// <summary>Where the account of this report comes from, when it was not read first-hand.</summary>
    public string? SourceNote { get; set; }

    public ReportStatus Status { get; set; }

    public string? RetractionReason { get; set; }

    public List<Claim> Claims { get; set; } = [];

    public List<Reliance> Reliances { get; set; } = [];

    /// <summary>The published date as precise as it is known, or null when no date was given.</summary>
    public PartialDate? Published
    {
        get => PublishedOn is { } start ? PartialDate.From(start, PublishedPrecision ?? DatePrecision.Day) : null;
        set
        {
            PublishedOn = value?.Start;
            PublishedPrecision = value?.Precision;
            PublishedUntil = value?.End;
        }
    }
}
