using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.Apis.Contracts;

// What the read API answers. The value shapes it shares with the export file (MoneyDto, PartialDateDto,
// NamedRef, RelianceDto) live with that file format in Services/Exchange/ExchangeValues.cs.

/// <summary>
/// One page of a list: the items, how many there are in all, and <paramref name="Next"/>, the cursor of the page after it (null on
/// the last page): <c>?cursor=…</c> reads that page from where this one stopped, in time that does not grow with its depth.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, string? Next = null);

public sealed record ReportDto(
    int Id, NamedRef Outlet, string? Headline, string Summary, string? Url, PartialDateDto? Published, string? RetrievedOn,
    string Status, string? RetractionReason, IReadOnlyList<string> Deals, int Claims,
    IReadOnlyList<RelianceDto> ReliesOn, IReadOnlyList<OriginDto> Origins);

public sealed record ClaimDto(
    int Id, int ReportId, string Deal, string Metric, NamedRef? Party, string Statement, string? Quote, MoneyDto? Money,
    string? TalksStage, string Status, string? RetractionReason, string? Note,
    string OutletName, string OutletSlug, PartialDateDto? ReportDate,
    IReadOnlyList<RelianceDto> ReliesOn, IReadOnlyList<OriginDto> Origins);

/// <summary>
/// An independent origin of a report's figures, found by following its reliance chains to their roots:
/// the outlet, and the report at the root when it is in the store (the report itself when it relies on
/// no one). A circle of reports relying on each other is one origin with no outlet and no report.
/// </summary>
public sealed record OriginDto(NamedRef? Outlet, int? ReportId, string Label);

public sealed record OutletDto(int Id, string Slug, string Name, string Kind, string? Homepage, int Reports, int Claims, int Original, int First);

public sealed record EventDto(int Id, string Deal, string Title, string? Description, PartialDateDto? Occurred);
