using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;

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
        if (OutletId is null && string.IsNullOrWhiteSpace(NewOutletName))
        {
            errors[nameof(OutletId)] = "Pick the outlet that published the report (add it first if it is not listed yet).";
        }

        Check(errors, nameof(NewOutletName), NewOutletName, Limits.Name, "An outlet name");

        if (string.IsNullOrWhiteSpace(Headline) && string.IsNullOrWhiteSpace(Summary))
        {
            errors[nameof(Headline)] = "Give the headline, or a one-sentence summary when the headline is not known.";
        }

        Check(errors, nameof(Headline), Headline, Limits.Headline, "A headline");
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

        if (RetrievedOn is { } retrieved)
        {
            if (retrieved > today)
            {
                errors[nameof(RetrievedOn)] = "The retrieved date cannot be in the future.";
            }
            else if (PublishedOn is { } start && retrieved < start)
            {
                errors[nameof(RetrievedOn)] = "The report cannot have been read before it was published.";
            }
        }
    }

    /// <summary>The form a date field accepts, as the editor writes it: "YYYY-MM-DD", "YYYY-MM" or "YYYY".</summary>
    public static string DateForm(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "YYYY-MM",
        DatePrecision.Year => "YYYY",
        _ => "YYYY-MM-DD",
    };

    /// <summary>
    /// Keeps <paramref name="note"/> (the paste panel's "Relies on anonymous sources: …") in the source note: the whole note when it is
    /// empty, else after the editor's own words, which are never replaced; nothing when it says so already or there is no room.
    /// </summary>
    public bool KeepSourceNote(string note)
    {
        var own = SourceNote?.Trim();
        if (string.IsNullOrEmpty(own))
        {
            SourceNote = note;
            return true;
        }

        if (own.Contains(note, StringComparison.OrdinalIgnoreCase) || own.Length + 1 + note.Length > Limits.Note)
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
            if (reliance is null)
            {
                errors[$"Reliances[{i}]"] = "Pick either the report or the outlet it relies on.";
                continue;
            }

            var targets = (reliance.TargetReportId is null ? 0 : 1) + (reliance.TargetOutletId is null ? 0 : 1)
                + (string.IsNullOrWhiteSpace(reliance.NewOutletName) ? 0 : 1);
            if (targets != 1)
            {
                errors[$"Reliances[{i}]"] = "Pick either the report or the outlet it relies on.";
            }
            else if (reliance.NewOutletName?.Trim() is { Length: > Limits.Name })
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
        for (var i = 0; Claims.Count <= Limits.ClaimsPerReport && i < Claims.Count; i++)
        {
            if (Claims[i] is null)
            {
                errors[$"Claims[{i}]"] = "A claim cannot be empty.";
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
        if (value is { Length: > 0 } && value.Trim().Length > max)
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
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
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

    /// <summary>The rules a claim must meet, as field → message.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (DealId <= 0)
        {
            errors[nameof(DealId)] = "Pick the deal the claim is about.";
        }

        if (string.IsNullOrWhiteSpace(Statement) && !IsMoney)
        {
            errors[nameof(Statement)] = "Say what the report claims, in a sentence.";
        }

        ReportDraft.Check(errors, nameof(Statement), Statement, Limits.Statement, "A statement");
        ReportDraft.Check(errors, nameof(Quote), Quote, Limits.Quote, "A quote");
        ReportDraft.Check(errors, nameof(Note), Note, Limits.Note, "A note");
        if (!IsMoney)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Quote))
        {
            errors[nameof(Quote)] = "A figure needs its quote: the report's exact words, such as \"as much as $50 billion\".";
        }

        if (!CurrencyCode.IsValid(Currency))
        {
            errors[nameof(Currency)] = "Give the currency as a three-letter code, such as USD.";
        }

        if (Hedge == Hedge.Range)
        {
            if (Low is not > 0)
            {
                errors[nameof(Low)] = "The low end must be a positive amount.";
            }

            if (High is not > 0)
            {
                errors[nameof(High)] = "The high end must be a positive amount.";
            }
            else if (High > HedgedAmount.MaxAmount)
            {
                errors[nameof(High)] = TooLarge;
            }
            else if (Low is > 0 && High <= Low)
            {
                errors[nameof(High)] = "The high end must be above the low end.";
            }
        }
        else if (Amount is not > 0)
        {
            errors[nameof(Amount)] = "The amount must be positive.";
        }
        else if (Amount > HedgedAmount.MaxAmount)
        {
            errors[nameof(Amount)] = TooLarge;
        }

        return errors;
    }

    private const string TooLarge = "The amount must be at most 10^27 (1,000,000,000,000,000,000,000,000,000) in its currency's units.";

    /// <summary>
    /// The hedged amount the draft describes; null (never an exception) while it describes none: not a money
    /// metric, no three-letter currency, or amounts that are not positive and in order. Safe for a preview.
    /// </summary>
    public HedgedAmount? ToMoney() => !IsMoney || !CurrencyCode.IsValid(Currency) ? null : Hedge switch
    {
        Hedge.Range when Low is > 0 && High > Low && High <= HedgedAmount.MaxAmount => HedgedAmount.Between(Low.Value, High!.Value, Currency),
        not Hedge.Range when Amount is > 0 and <= HedgedAmount.MaxAmount => HedgedAmount.Create(Hedge, Currency, Amount, null, null),
        _ => null,
    };
}
