namespace DealTracker.Web.Services.Editing;

/// <summary>
/// Every size limit of the write path, in one place: the drafts (forms and API), the importer and
/// the pages read them from here, and docs/api.md ("Limits") gives each with its reason. Text limits
/// count characters after trimming: Unicode characters (<see cref="Length"/>), as PostgreSQL's <c>varchar(n)</c> does, so an emoji
/// or a CJK character outside the basic plane is one character, not the two UTF-16 units it takes. A draft over a limit is refused
/// with a message naming the field, and nothing is stored.
/// </summary>
public static class Limits
{
    /// <summary>Claims one report can state. A real report states a handful of figures (the seed's most is 6); 100 is generous.</summary>
    public const int ClaimsPerReport = 100;

    /// <summary>What one report can rely on. Real reports cite one to three others; 20 leaves room for a round-up.</summary>
    public const int ReliancesPerReport = 20;

    /// <summary>Parties in one deal with their roles (a syndicated round can list dozens of investors).</summary>
    public const int PartiesPerDeal = 50;

    /// <summary>A slug (imports only: editors never type one): the store's column.</summary>
    public const int Slug = 120;

    /// <summary>An outlet's or a party's name (the longest real names are under 80 characters).</summary>
    public const int Name = 200;

    /// <summary>A report's headline (news headlines run to about 150 characters).</summary>
    public const int Headline = 500;

    /// <summary>A report's summary, a deal's summary, an event's or a party's description: a paragraph.</summary>
    public const int Summary = 2000;

    /// <summary>A party's description: two or three sentences (the store's column).</summary>
    public const int Description = 500;

    /// <summary>A link (report, outlet homepage): the store's column length, above the longest news address seen.</summary>
    public const int Url = 2000;

    /// <summary>A claim's statement: one or two sentences.</summary>
    public const int Statement = 1000;

    /// <summary>A claim's quote: the report's exact words, up to a short paragraph.</summary>
    public const int Quote = 2000;

    /// <summary>A claim's note and a report's source note: a few sentences.</summary>
    public const int Note = 1000;

    /// <summary>A reliance's note, a deal's stage note, a party's role note: a sentence or two (the store's column).</summary>
    public const int ShortNote = 500;

    /// <summary>A retraction reason (report or claim).</summary>
    public const int Reason = 1000;

    /// <summary>An event's title: a line.</summary>
    public const int Title = 300;

    /// <summary>A deal's title: a line (the store's column).</summary>
    public const int DealTitle = 200;

    /// <summary>
    /// The earliest date a report, its reading or an event may carry: news of deals tracked here is modern, and a year such as 0001
    /// is a client's default value, not a date. The latest is today (no date in the future).
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The longest text a form field sends to the server (what the paste panel reads, <c>FigureExtractor.MaxTextLength</c>): far above
    /// every field's own limit, so a text over its limit reaches the server and is refused beside its field. Longer text stays in
    /// the browser, which says so beside the field (wwwroot/app.js, <c>dtMaxFieldText</c>).
    /// </summary>
    public const int FieldText = 100_000;

    /// <summary>
    /// The largest message the circuit takes from a browser (SignalR's <c>MaximumReceiveMessageSize</c>, 32 KB by default): a field's
    /// text of <see cref="FieldText"/> characters at the worst encoding (6 bytes for an escaped control character), with room.
    /// </summary>
    public const long CircuitMessageBytes = 1024 * 1024;

    /// <summary>Reports in one import file. 10,000 is over ten times the largest deal in the synthetic store.</summary>
    public const int ReportsPerImport = 10_000;

    /// <summary>Outlets, parties or events in one import file (each).</summary>
    public const int CatalogItemsPerImport = 5_000;

    /// <summary>
    /// The largest import body. 10,000 reports exported with a few claims each take about 15 MB of
    /// indented JSON; 32 MB leaves room for longer texts while keeping one request's memory bounded.
    /// </summary>
    public const long ImportBytes = 32L * 1024 * 1024;

    /// <summary>Figures the timeline shows per report; the rest are counted, with a link to the report.</summary>
    public const int TimelineClaimsPerReport = 8;

    /// <summary>Characters of a statement or quote the timeline shows (the report page shows them whole).</summary>
    public const int TimelineText = 300;

    /// <summary>Figures a feed entry lists; the rest are counted ("and 92 more figures").</summary>
    public const int FeedFiguresPerEntry = 10;

    /// <summary>Claims a report page carries in its structured data (JSON-LD); the page itself shows them all.</summary>
    public const int JsonLdClaims = 20;

    /// <summary>
    /// The characters <paramref name="text"/> holds, as every limit counts them: Unicode scalar values (an emoji such as "💰" is one,
    /// where <see cref="string.Length"/> counts its two UTF-16 units; a lone surrogate counts one). PostgreSQL's <c>varchar(n)</c>
    /// counts the same, so a text within a limit fits the column of that length on both providers.
    /// </summary>
    public static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Text cut to at most <paramref name="max"/> characters to fit a column, never between the two halves of a surrogate pair (an
    /// emoji cut in half is no text: PostgreSQL refuses it and normalising it throws).
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Cut(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];

    /// <summary>Text cut to <paramref name="max"/> characters, with "…" when cut.</summary>
    public static string Clip(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1), "…");
}
