using System.Globalization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>A report as the entry form holds it: its fields, what it relies on, and its claims.</summary>
public sealed class ReportDraft
{
    public int? Id { get; set; }

    /// <summary>The version the editor started from (0 for a new report).</summary>
    public int Version { get; set; }

    public int? OutletId { get; set; }

    /// <summary>A new outlet to create with the report, instead of picking one.</summary>
    public string? NewOutletName { get; set; }

    public OutletKind NewOutletKind { get; set; } = OutletKind.Online;

    public string? Headline { get; set; }

    public string? Summary { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DatePrecision PublishedPrecision { get; set; } = DatePrecision.Day;

    public DateOnly? RetrievedOn { get; set; }

    /// <summary>Where the account comes from when not read first-hand, and whom it leans on ("Relies on anonymous sources: …").</summary>
    public string? SourceNote { get; set; }

    /// <summary>
    /// Text typed into a date field (<see cref="PublishedOn"/>, <see cref="RetrievedOn"/>) that is no date, such as "2026-02-30", by
    /// field. The field's date is not what the editor sees, so a draft holding any is refused (<see cref="Validate"/>), never saved
    /// with the date left out.
    /// </summary>
    public Dictionary<string, string> UnreadDates { get; set; } = [];

    /// <summary>Shown, never edited here: a report is retracted on its own.</summary>
    public ReportStatus Status { get; set; }

    public string? RetractionReason { get; set; }

    public List<RelianceDraft> Reliances { get; set; } = [];

    /// <summary>
    /// The inbox item this new report is made from (see InboxService.BuildDraftAsync): saving the report marks
    /// the item done and links the two, in the same transaction. Ignored when editing an existing report.
    /// </summary>
    public int? InboxItemId { get; set; }

    public List<ClaimDraft> Claims { get; set; } = [];

    /// <summary>The rules a report must meet, as field → message ("Url", "Claims[1].Quote"…).</summary>
    public Dictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        ValidateReportFields(errors, today);
        ValidateCounts(errors);
        ValidateReliances(errors);
        ValidateClaims(errors);
        return errors;
    }

    /// <summary>The report's own fields: outlet, headline or summary, lengths, link and dates.</summary>
    private void ValidateReportFields(Dictionary<string, string> errors, DateOnly today)
    {
        if (OutletId is null && VisibleText.IsBlank(NewOutletName))
        {
            errors[nameof(OutletId)] = "Pick the outlet that published the report (add it first if it is not listed yet).";
        }

        CheckLine(errors, nameof(NewOutletName), NewOutletName, Limits.Name, "An outlet name");

        if (VisibleText.IsBlank(Headline) && VisibleText.IsBlank(Summary))
        {
            errors[nameof(Headline)] = "Give the headline, or a one-sentence summary when the headline is not known.";
        }

        CheckLine(errors, nameof(Headline), Headline, Limits.Headline, "A headline");
        Check(errors, nameof(Summary), Summary, Limits.Summary, "A summary");
        Check(errors, nameof(SourceNote), SourceNote, Limits.Note, "A source note");
        if (!string.IsNullOrWhiteSpace(Url) && !Links.IsSafe(Url.Trim()))
        {
            errors[nameof(Url)] = "A link must be a full web address starting with http:// or https://.";
        }
        else
        {
            Check(errors, nameof(Url), Url, Limits.Url, "A link");
        }

        foreach (var (field, text) in UnreadDates)
        {
            var form = field == nameof(PublishedOn) ? DateForm(PublishedPrecision) : DateForm(DatePrecision.Day);
            errors[field] = $"“{Limits.Clip(text.Trim(), 40)}” is not a date. Write the date as {form}.";
        }

        if (PublishedOn is { } published && PartialDate.From(published, PublishedPrecision).Start > today)
        {
            errors[nameof(PublishedOn)] = "The published date cannot be in the future.";
        }
        else if (PublishedOn < Limits.EarliestDate)
        {
            errors[nameof(PublishedOn)] = TooEarly("published");
        }

        if (RetrievedOn is { } retrieved)
        {
            if (retrieved < Limits.EarliestDate)
            {
                errors[nameof(RetrievedOn)] = TooEarly("retrieved");
            }
            else if (retrieved > today)
            {
                errors[nameof(RetrievedOn)] = "The retrieved date cannot be in the future.";
            }
            else if (PublishedOn is { } start && retrieved < PartialDate.From(start, PublishedPrecision).Start)
            {
                errors[nameof(RetrievedOn)] = "The report cannot have been read before it was published.";
            }
        }
    }

    /// <summary>The message for a date before <see cref="Limits.EarliestDate"/> (0001-01-01 is a default, not a news report's date).</summary>
    internal static string TooEarly(string what) =>
        $"The {what} date must be {Limits.EarliestDate.Year} or later: check the year.";

    /// <summary>The form a date field accepts, as the editor writes it: "YYYY-MM-DD", "YYYY-MM" or "YYYY".</summary>
    public static string DateForm(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "YYYY-MM",
        DatePrecision.Year => "YYYY",
        _ => "YYYY-MM-DD",
    };

    /// <summary>
    /// Reads text typed into a date field known to <paramref name="precision"/> in the form <see cref="DateForm"/> names (single-digit
    /// months and days allowed): the first day of what it names, or null when it is no date in that form.
    /// </summary>
    public static DateOnly? ReadDate(string text, DatePrecision precision)
    {
        string[] formats = precision switch
        {
            DatePrecision.Month => ["yyyy-MM", "yyyy-M"],
            DatePrecision.Year => ["yyyy"],
            _ => ["yyyy-MM-dd", "yyyy-M-d"],
        };
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// Keeps <paramref name="note"/> (the paste panel's "Relies on anonymous sources: …") in the source note: the whole note when it is
    /// empty, else after the editor's own words, which are never replaced; nothing when it says so already or there is no room.
    /// </summary>
    public bool KeepSourceNote(string note)
    {
        var own = SourceNote is null ? null : VisibleText.Trim(SourceNote);
        if (string.IsNullOrEmpty(own))
        {
            SourceNote = note;
            return true;
        }

        if (own.Contains(note, StringComparison.OrdinalIgnoreCase) || Limits.Length(own) + 1 + Limits.Length(note) > Limits.Note)
        {
            return false;
        }

        SourceNote = $"{own} {note}";
        return true;
    }

    /// <summary>The limits on how many reliances and claims a report lists.</summary>
    private void ValidateCounts(Dictionary<string, string> errors)
    {
        if (Reliances.Count > Limits.ReliancesPerReport)
        {
            errors[nameof(Reliances)] = $"A report can rely on at most {Limits.ReliancesPerReport} reports or outlets; this one lists {Reliances.Count}.";
        }

        if (Claims.Count > Limits.ClaimsPerReport)
        {
            errors[nameof(Claims)] = TooManyClaims(Claims.Count);
        }
    }

    /// <summary>Each reliance: a note within its limit and exactly one target, never the report itself.</summary>
    private void ValidateReliances(Dictionary<string, string> errors)
    {
        // Over a count limit, one message: not one per item of a list that is refused anyway.
        for (var i = 0; Reliances.Count <= Limits.ReliancesPerReport && i < Reliances.Count; i++)
        {
            var reliance = Reliances[i];
            Check(errors, $"Reliances[{i}].Note", reliance?.Note, Limits.ShortNote, "A note");
            CheckLine(errors, $"Reliances[{i}].NewOutletName", reliance?.NewOutletName, Limits.Name, "An outlet name");
            if (reliance is null)
            {
                errors[$"Reliances[{i}]"] = "Pick either the report or the outlet it relies on.";
                continue;
            }

            var targets = (reliance.TargetReportId is null ? 0 : 1) + (reliance.TargetOutletId is null ? 0 : 1)
                + (VisibleText.IsBlank(reliance.NewOutletName) ? 0 : 1);
            if (targets != 1)
            {
                errors[$"Reliances[{i}]"] = "Pick either the report or the outlet it relies on.";
            }
            else if ((reliance.NewOutletName is null ? null : VisibleText.Trim(reliance.NewOutletName)) is { } newName && Limits.Length(newName) > Limits.Name)
            {
                errors[$"Reliances[{i}]"] = $"An outlet name can be at most {Limits.Name} characters.";
            }
            else if (Id is { } id && reliance.TargetReportId == id)
            {
                errors[$"Reliances[{i}]"] = "A report cannot rely on itself.";
            }
        }
    }

    /// <summary>Each claim: not empty, and its own rules under "Claims[i].Field".</summary>
    private void ValidateClaims(Dictionary<string, string> errors)
    {
        // As for reliances: over the count limit, only the one message from ValidateCounts.
        var listed = new Dictionary<int, int>();
        for (var i = 0; Claims.Count <= Limits.ClaimsPerReport && i < Claims.Count; i++)
        {
            if (Claims[i] is null)
            {
                errors[$"Claims[{i}]"] = "A claim cannot be empty.";
                continue;
            }

            // One edit per claim: a claim listed twice would keep only its last row, the other silently lost.
            if (Claims[i].Id is { } id && !listed.TryAdd(id, i))
            {
                errors[$"Claims[{i}]"] = $"Claim {id} is listed twice (also as Claims[{listed[id]}]): list each claim once.";
                continue;
            }

            foreach (var (field, message) in Claims[i].Validate())
            {
                errors[$"Claims[{i}].{field}"] = message;
            }
        }
    }

    /// <summary>
    /// The deal a claim added to this report is about, until the editor picks another: the deal its latest
    /// claim names (an inbox draft's matched deal, or the one the editor chose), else <paramref name="featuredDealId"/>
    /// (<see cref="EditorLookups.FeaturedDealIdAsync"/>); 0, to be picked, when there is neither.
    /// </summary>
    public int DealForNewClaims(int? featuredDealId) =>
        Claims.LastOrDefault(c => c is { DealId: > 0 })?.DealId ?? featuredDealId ?? 0;

    /// <summary>The message when a report would state more than <see cref="Limits.ClaimsPerReport"/> claims.</summary>
    internal static string TooManyClaims(int count) =>
        $"A report can state at most {Limits.ClaimsPerReport} claims; this one would have {count}. Split the figures over the reports that state them.";

    internal static void Check(Dictionary<string, string> errors, string field, string? value, int max, string what)
    {
        if (value is { Length: > 0 } && Limits.Length(VisibleText.Trim(value)) > max)
        {
            errors[field] = $"{what} can be at most {max} characters.";
        }
        else if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            errors[field] = $"{what} cannot hold a NUL character.";
        }
        else if (value is not null && value.FirstOrDefault(c => char.IsControl(c) && !char.IsWhiteSpace(c)) is var control and not '\0')
        {
            // A bell, an escape ("\u001b[31m", a terminal's colour code) or another control character is no text a reader can see; the
            // white-space ones (tab, line breaks, the form feed a PDF's copied text carries) are text.
            errors[field] = $"{what} cannot hold a control character (U+{(int)control:X4}).";
        }
        else if (!string.IsNullOrWhiteSpace(value) && VisibleText.IsBlank(value))
        {
            // "\u200b", or combining marks with no letter: no text a reader can see, refused like any text left blank would be.
            errors[field] = $"{what} holds only invisible characters (such as U+{(int)value.First(c => !char.IsWhiteSpace(c)):X4}): write it in visible text, or leave it out.";
        }
    }

    /// <summary>
    /// <see cref="Check"/> for a name or another text of one line (an outlet's or a party's name, a deal's or an event's title, a
    /// headline, a dismissal's reason): also no bidirectional control (<see cref="VisibleText.IsBidiControl"/>), which would show
    /// the name in another order than it is stored and compared ("\u202EsretueR" reads "Reuters").
    /// </summary>
    internal static void CheckLine(Dictionary<string, string> errors, string field, string? value, int max, string what)
    {
        Check(errors, field, value, max, what);
        if (!errors.ContainsKey(field) && VisibleText.FirstBidiControl(value) is { } bidi)
        {
            errors[field] = $"{what} cannot hold a character that reverses or reorders the text around it (U+{(int)bidi:X4}): write it without one.";
        }
    }

    /// <summary>The one check of a free text for every write (<see cref="Check"/>): its length, no NUL or control character, not only invisible characters.</summary>
    internal static string? CheckText(string? value, int max, string what)
    {
        var errors = new Dictionary<string, string>();
        Check(errors, "text", value, max, what);
        return errors.GetValueOrDefault("text");
    }

    internal static string? Clean(string? value) => VisibleText.IsBlank(value) ? null : VisibleText.Trim(value);
}

/// <summary>Something a report relies on: another report, or an outlet when the piece is not known.</summary>
public sealed class RelianceDraft
{
    public int? TargetReportId { get; set; }

    public int? TargetOutletId { get; set; }

    /// <summary>An outlet not yet in the store, created with the report (proposed from "citing Semafor").</summary>
    public string? NewOutletName { get; set; }

    public RelianceKind Kind { get; set; } = RelianceKind.Cites;

    public string? Note { get; set; }
}

/// <summary>A claim as the entry form holds it. Money metrics carry a hedged amount and its verbatim quote.</summary>
public sealed class ClaimDraft
{
    public int? Id { get; set; }

    /// <summary>The report the claim belongs to, once saved (set on load, never read by a save: a claim stays on its report).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? ReportId { get; set; }

    public int Version { get; set; }

    public int DealId { get; set; }

    public Metric Metric { get; set; } = Metric.Investment;

    public int? PartyId { get; set; }

    public string? Statement { get; set; }

    public string? Quote { get; set; }

    public string Currency { get; set; } = "USD";

    public Hedge Hedge { get; set; } = Hedge.Exact;

    public decimal? Amount { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public TalksStage? TalksStage { get; set; }

    public string? Note { get; set; }

    /// <summary>Shown, never edited here: a claim is retracted on its own.</summary>
    public ClaimStatus Status { get; set; }

    public string? RetractionReason { get; set; }

    public bool IsMoney => Metric.IsMoney();

    /// <summary>
    /// A claim the editor adds by hand, of the metric the editor chose (accepted figures come from
    /// <see cref="FigureProposal.ToClaim"/> with the metric the article's context proposes).
    /// </summary>
    public static ClaimDraft New(Metric metric, int dealId)
    {
        var claim = new ClaimDraft { DealId = dealId };
        claim.ChangeMetric(metric);
        return claim;
    }

    /// <summary>Sets the metric; a stage-of-talks claim starts at the early stage.</summary>
    public void ChangeMetric(Metric metric)
    {
        Metric = metric;
        if (metric == Metric.StageOfTalks)
        {
            TalksStage ??= Domain.Claims.TalksStage.Early;
        }
    }

    /// <summary>
    /// Set by the API (<c>Apis/Contracts</c>): every field in the request was sent on purpose, so a field the metric does not take
    /// (an amount on a context claim, a stage on a valuation) is refused rather than dropped, and a stage-of-talks claim must say
    /// its stage. The editor's form keeps what the editor typed before changing the metric, and saves only what the metric takes.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool RefuseIgnoredFields { get; set; }

    /// <summary>
    /// Amounts typed into the editor's form that it could not read (field → why, such as "1,5" or a number past 10^27 in its scale),
    /// as <see cref="ReportDraft.UnreadDates"/>: the field keeps the text and says why at once, and the draft is refused beside it
    /// (<see cref="Validate"/>), never saved with the amount as it was.
    /// </summary>
    public Dictionary<string, string> UnreadAmounts { get; set; } = [];

    /// <summary>The rules a claim must meet, as field → message.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (DealId <= 0)
        {
            errors[nameof(DealId)] = "Pick the deal the claim is about.";
        }

        if (VisibleText.IsBlank(Statement) && !IsMoney)
        {
            errors[nameof(Statement)] = "Say what the report claims, in a sentence.";
        }

        ReportDraft.Check(errors, nameof(Statement), Statement, Limits.Statement, "A statement");
        ReportDraft.Check(errors, nameof(Quote), Quote, Limits.Quote, "A quote");
        ReportDraft.Check(errors, nameof(Note), Note, Limits.Note, "A note");
        if (RefuseIgnoredFields)
        {
            ValidateFieldsTaken(errors);
        }

        if (!IsMoney)
        {
            return errors;
        }

        if (VisibleText.IsBlank(Quote))
        {
            errors[nameof(Quote)] = "A figure needs its quote: the report's exact words, such as \"as much as $50 billion\".";
        }

        if (!CurrencyCode.IsCurrent(Currency))
        {
            errors[nameof(Currency)] = CurrencyCode.IsValid(Currency)
                ? $"“{Currency}” is not a currency: give an ISO 4217 code in use, such as USD, EUR or JPY."
                : "Give the currency as a three-letter code, such as USD.";
        }

        if (Hedge == Hedge.Range)
        {
            CheckAmount(errors, nameof(Low), Low, Hedge, "The low end");
            CheckAmount(errors, nameof(High), High, Hedge, "The high end");
            if (Low is > 0 && High is > 0 && High <= Low && !errors.ContainsKey(nameof(High)))
            {
                errors[nameof(High)] = "The high end must be above the low end.";
            }
        }
        else
        {
            CheckAmount(errors, nameof(Amount), Amount, Hedge, "The amount");
        }

        foreach (var (field, message) in UnreadAmounts)
        {
            errors[field] = message;
        }

        return errors;
    }

    /// <summary>
    /// One amount (or end of a range): positive, with at most <see cref="HedgedAmount.MaxDecimalPlaces"/> decimal places, and small
    /// enough that every value its hedge allows fits (<see cref="HedgedAmount.MaxStated"/>: an "approximately" reaches 10% above).
    /// </summary>
    private static void CheckAmount(Dictionary<string, string> errors, string field, decimal? amount, Hedge hedge, string what)
    {
        if (amount is not > 0)
        {
            errors[field] = field == nameof(Amount) ? "The amount must be positive." : $"{what} must be a positive amount.";
        }
        else if (HedgedAmount.DecimalPlaces(amount.Value) > HedgedAmount.MaxDecimalPlaces)
        {
            errors[field] = TooPrecise;
        }
        else if (amount > HedgedAmount.MaxStated(hedge))
        {
            errors[field] = hedge == Hedge.Approximately ? TooLargeApproximately : TooLarge;
        }
    }

    /// <summary>With <see cref="RefuseIgnoredFields"/>: the fields this claim's metric does not take, and a stage claim's stage.</summary>
    private void ValidateFieldsTaken(Dictionary<string, string> errors)
    {
        var metric = Metric.ToString();
        if (!IsMoney)
        {
            foreach (var (field, value) in (ReadOnlySpan<(string, decimal?)>)[(nameof(Amount), Amount), (nameof(Low), Low), (nameof(High), High)])
            {
                if (value is not null)
                {
                    errors[field] = $"A {Casing.CamelCase(metric)} claim takes no amount: leave \"{Casing.CamelCase(field)}\" out, or pick a money metric ({string.Join(", ", Enum.GetValues<Metric>().Where(m => m.IsMoney()).Select(EnumNames.Token))}).";
                }
            }

            if (Hedge != Hedge.Exact)
            {
                errors[nameof(Hedge)] = $"A {Casing.CamelCase(metric)} claim takes no hedge: it states no amount.";
            }

            if (Currency != "USD")
            {
                errors[nameof(Currency)] = $"A {Casing.CamelCase(metric)} claim takes no currency: it states no amount.";
            }
        }
        else if (Hedge == Hedge.Range && Amount is not null)
        {
            errors[nameof(Amount)] = "A range takes \"low\" and \"high\", not \"amount\".";
        }
        else if (Hedge != Hedge.Range && (Low is not null || High is not null))
        {
            errors[Low is not null ? nameof(Low) : nameof(High)] = "Only a range takes \"low\" and \"high\": send \"amount\", or \"hedge\": \"range\".";
        }

        if (Metric == Metric.StageOfTalks && TalksStage is null)
        {
            errors[nameof(TalksStage)] = $"A stageOfTalks claim needs its stage: \"talksStage\" one of {string.Join(", ", EnumNames.Tokens<Domain.Claims.TalksStage>())}.";
        }
        else if (Metric != Metric.StageOfTalks && TalksStage is not null)
        {
            errors[nameof(TalksStage)] = $"Only a stageOfTalks claim takes \"talksStage\"; a {Casing.CamelCase(metric)} claim does not.";
        }
    }

    private static readonly string TooPrecise =
        $"An amount can have at most {HedgedAmount.MaxDecimalPlaces} decimal places (finer than any currency's smallest unit); write it rounded.";

    private const string TooLargeApproximately =
        "An approximate amount must be at most 909,090,909,090,909,090,909,090,909 in its currency's units: \"approximately\" allows 10% more, and every value it allows must be at most 10^27.";

    private const string TooLarge = "The amount must be at most 10^27 (1,000,000,000,000,000,000,000,000,000) in its currency's units.";

    /// <summary>
    /// The hedged amount the draft describes; null (never an exception) while it describes none: not a money
    /// metric, no three-letter currency, or amounts that are not positive and in order. Safe for a preview.
    /// </summary>
    public HedgedAmount? ToMoney() => !IsMoney || !CurrencyCode.IsValid(Currency) ? null : Hedge switch
    {
        Hedge.Range when Low is > 0 && High > Low && High <= HedgedAmount.MaxAmount => HedgedAmount.Between(Low.Value, High!.Value, Currency),
        not Hedge.Range when Amount is > 0 && Amount <= HedgedAmount.MaxStated(Hedge) => HedgedAmount.Create(Hedge, Currency, Amount, null, null),
        _ => null,
    };
}
