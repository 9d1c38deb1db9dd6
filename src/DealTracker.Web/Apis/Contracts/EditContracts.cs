using System.Text.Json.Serialization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.Apis.Contracts;

// What the editors' write API takes. Each request maps to the editor's draft (Services/Editing), which
// holds the rules (ReportDraft.Validate, Limits): the API has no rules of its own. The drafts' UI-only
// fields (a new outlet typed into the picker, the status and retraction reason shown on the form) are
// not part of these requests: an outlet is picked by id, and retraction has its own endpoints.

/// <summary>The id and version of a saved item: send the version back with the next edit.</summary>
public sealed record SavedItem(int Id, int Version);

/// <summary>A retraction: the version the editor saw, and the reason readers will see.</summary>
public sealed record RetractionRequest(int Version, string? Reason);

/// <summary>The fields of a report that both entering and editing send.</summary>
public abstract record ReportRequest
{
    /// <summary>The outlet that published the report (its id).</summary>
    public int? OutletId { get; init; }

    public string? Headline { get; init; }

    public string? Summary { get; init; }

    public string? Url { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public DatePrecision PublishedPrecision { get; init; } = DatePrecision.Day;

    public DateOnly? RetrievedOn { get; init; }

    public string? SourceNote { get; init; }

    /// <summary>What the report relies on: another report, or an outlet's reporting. Leave it out, or send [], for none.</summary>
    public List<RelianceRequest> Reliances { get; init; } = [];

    /// <summary>The claims the report states. Leave it out, or send [], for none.</summary>
    public List<ReportClaimRequest> Claims { get; init; } = [];

    /// <summary>The editor's draft of this request (lists checked for null first: see RequestBodies.NullLists).</summary>
    protected ReportDraft ToDraft(int? id, int version) => new()
    {
        Id = id,
        Version = version,
        OutletId = OutletId,
        Headline = Headline,
        Summary = Summary,
        Url = Url,
        PublishedOn = PublishedOn,
        PublishedPrecision = PublishedPrecision,
        RetrievedOn = RetrievedOn,
        SourceNote = SourceNote,
        Reliances = [.. (Reliances ?? []).Select(r => r.ToDraft())],
        Claims = [.. (Claims ?? []).Select(c => c.ToDraft())],
    };
}

/// <summary><c>POST /api/reports</c>: a new report with its claims and what it relies on.</summary>
public sealed record CreateReportRequest : ReportRequest
{
    /// <summary>The inbox item the report is made from (as <c>GET /api/inbox/{id}/draft</c> gives it): saving marks the item done.</summary>
    public int? InboxItemId { get; init; }

    public ReportDraft ToDraft()
    {
        var draft = ToDraft(id: null, version: 0);
        draft.InboxItemId = InboxItemId;
        return draft;
    }

    /// <summary>The request an editor's draft stands for (the inbox's prefilled draft): its UI-only fields left out.</summary>
    public static CreateReportRequest From(ReportDraft draft) => new()
    {
        OutletId = draft.OutletId,
        Headline = draft.Headline,
        Summary = draft.Summary,
        Url = draft.Url,
        PublishedOn = draft.PublishedOn,
        PublishedPrecision = draft.PublishedPrecision,
        RetrievedOn = draft.RetrievedOn,
        SourceNote = draft.SourceNote,
        Reliances = [.. draft.Reliances.Select(RelianceRequest.From)],
        Claims = [.. draft.Claims.Select(ReportClaimRequest.From)],
        InboxItemId = draft.InboxItemId,
    };
}

/// <summary><c>PUT /api/reports/{id}</c>: an edit of a report. Claims left out are kept; a claim with an id edits that claim.</summary>
public sealed record UpdateReportRequest : ReportRequest
{
    /// <summary>The version the edit starts from: a 409 when someone saved the report since.</summary>
    public int Version { get; init; }

    public ReportDraft ToDraft(int id) => ToDraft(id, Version);
}

/// <summary>Something a report relies on: another report (<c>targetReportId</c>) or an outlet's reporting (<c>targetOutletId</c>), one of the two.</summary>
public sealed record RelianceRequest
{
    public int? TargetReportId { get; init; }

    public int? TargetOutletId { get; init; }

    public RelianceKind Kind { get; init; } = RelianceKind.Cites;

    public string? Note { get; init; }

    public RelianceDraft ToDraft() => new() { TargetReportId = TargetReportId, TargetOutletId = TargetOutletId, Kind = Kind, Note = Note };

    public static RelianceRequest From(RelianceDraft draft) => new()
    {
        TargetReportId = draft.TargetReportId, TargetOutletId = draft.TargetOutletId, Kind = draft.Kind, Note = draft.Note,
    };
}

/// <summary>The fields of a claim. Money metrics carry a hedged amount and its verbatim quote.</summary>
public abstract record ClaimRequest
{
    public int DealId { get; init; }

    public Metric Metric { get; init; } = Metric.Investment;

    public int? PartyId { get; init; }

    public string? Statement { get; init; }

    public string? Quote { get; init; }

    public string Currency { get; init; } = "USD";

    public Hedge Hedge { get; init; } = Hedge.Exact;

    [JsonConverter(typeof(AmountJsonConverter))]
    public decimal? Amount { get; init; }

    [JsonConverter(typeof(AmountJsonConverter))]
    public decimal? Low { get; init; }

    [JsonConverter(typeof(AmountJsonConverter))]
    public decimal? High { get; init; }

    public TalksStage? TalksStage { get; init; }

    public string? Note { get; init; }

    protected ClaimDraft ToDraft(int? id, int version) => new()
    {
        Id = id,
        Version = version,
        DealId = DealId,
        Metric = Metric,
        PartyId = PartyId,
        Statement = Statement,
        Quote = Quote,
        Currency = Currency,
        Hedge = Hedge,
        Amount = Amount,
        Low = Low,
        High = High,
        TalksStage = TalksStage,
        Note = Note,
        RefuseIgnoredFields = true,
    };
}

/// <summary>A claim of a report: a new one (no <c>id</c>), or, in an edit of the report, one of its claims (its <c>id</c> and <c>version</c>).</summary>
public sealed record ReportClaimRequest : ClaimRequest
{
    public int? Id { get; init; }

    public int Version { get; init; }

    public ClaimDraft ToDraft() => ToDraft(Id, Version);

    /// <summary>
    /// The request a draft stands for, with only the fields its metric takes (a figure the article's context left as a context claim
    /// keeps its quote, not its amount), so it can be sent to <c>POST /api/reports</c> as it is.
    /// </summary>
    public static ReportClaimRequest From(ClaimDraft draft)
    {
        var money = draft.IsMoney;
        var range = money && draft.Hedge == Hedge.Range;
        return new()
        {
            Id = draft.Id, Version = draft.Version, DealId = draft.DealId, Metric = draft.Metric, PartyId = draft.PartyId,
            Statement = draft.Statement, Quote = draft.Quote, Currency = money ? draft.Currency : "USD", Hedge = money ? draft.Hedge : Hedge.Exact,
            Amount = money && !range ? draft.Amount : null, Low = range ? draft.Low : null, High = range ? draft.High : null,
            TalksStage = draft.Metric == Metric.StageOfTalks ? draft.TalksStage : null, Note = draft.Note,
        };
    }
}

/// <summary><c>PUT /api/claims/{id}</c>: an edit of one claim (not its status: a claim is retracted on its own).</summary>
public sealed record UpdateClaimRequest : ClaimRequest
{
    /// <summary>The version the edit starts from: a 409 when someone saved the claim since.</summary>
    public int Version { get; init; }

    public ClaimDraft ToDraft() => ToDraft(id: null, Version);
}
