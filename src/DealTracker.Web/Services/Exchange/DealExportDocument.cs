namespace DealTracker.Web.Services.Exchange;

/// <summary>
/// A deal's reports and claims as one JSON document: what <c>/api/deals/{slug}/export.json</c>
/// writes and the import reads. Outlets and parties travel by slug; reports by their id in the
/// exporting store (used only to link reliances and events inside the file).
/// </summary>
public sealed record DealExportDocument(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    ExportDeal Deal,
    IReadOnlyList<ExportOutlet> Outlets,
    IReadOnlyList<ExportParty> Parties,
    IReadOnlyList<ExportReport> Reports,
    IReadOnlyList<ExportEvent> Events)
{
    public const string FormatName = "dealtracker/deal-export";

    public const int CurrentVersion = 1;
}

public sealed record ExportDeal(string Slug, string Title, string Summary, string Stage, string? StageNote, IReadOnlyList<ExportDealParty> Parties);

public sealed record ExportDealParty(string Party, string Role, string? Note);

public sealed record ExportOutlet(string Slug, string Name, string Kind, string? Homepage);

public sealed record ExportParty(string Slug, string Name, string Kind, string? Description, string? Affiliation);

/// <summary>
/// One report of the file. <c>reliesOn</c> is for data users and is not read by the import: what the
/// report relies on, with the outlet's name, as the read API writes it (<c>reportId</c> set only when
/// that report is in the file, like <c>reliances</c>).
/// </summary>
public sealed record ExportReport(
    int Id, string Outlet, string? Headline, string Summary, string? Url, PartialDateDto? Published, string? RetrievedOn,
    string? SourceNote, string Status, string? RetractionReason, IReadOnlyList<ExportReliance> Reliances, IReadOnlyList<ExportClaim> Claims,
    IReadOnlyList<RelianceDto>? ReliesOn = null);

/// <summary>What a report relies on: another report of the file (<c>report</c>) or an outlet's reporting (<c>outlet</c>).</summary>
public sealed record ExportReliance(int? Report, string? Outlet, string Kind, string? Note);

public sealed record ExportClaim(
    string Metric, string? Party, string Statement, string? Quote, MoneyDto? Money, string? TalksStage, string Status,
    string? RetractionReason, string? Note);

public sealed record ExportEvent(string Title, string? Description, PartialDateDto? Occurred, IReadOnlyList<int> Reports);
