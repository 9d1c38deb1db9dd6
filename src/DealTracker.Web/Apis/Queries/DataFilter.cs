using DealTracker.Domain.Claims;
using DealTracker.Domain.Reports;

namespace DealTracker.Web.Apis.Queries;

/// <summary>
/// The filters of the data lists (API, exports): resolved ids, parsed values, a page. Built by
/// <c>Apis/ListParameters</c>, which turns bad input into a 400 before anything is queried.
/// </summary>
public sealed record DataFilter(
    int? DealId = null,
    int? OutletId = null,
    int? PartyId = null,
    Metric? Metric = null,
    string? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = DataFilter.DefaultPageSize,
    DatedKey? After = null)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>
    /// True when nothing but the outlet (and the page) narrows the list, so its total is the outlets' kept counts.
    /// Compared with an empty filter, so a filter field added later counts as narrowing without anyone listing it here.
    /// </summary>
    public bool NarrowsByOutletAtMost => this with { OutletId = null, Page = 1, PageSize = DefaultPageSize, After = null } == new DataFilter();

    /// <summary>
    /// How many items come before this page: a long, so no page number can overflow it. None when the page starts after a key
    /// (<see cref="After"/>, a cursor): the key finds the page, whatever its depth.
    /// </summary>
    public long Skip => After is not null ? 0 : (Math.Max(Page, 1) - 1L) * Math.Max(PageSize, 1);

    /// <summary>True when the page starts past the last of <paramref name="total"/> items: an empty page, not the first one.</summary>
    public bool IsPastEnd(int total) => Skip >= total;

    public ClaimStatus? ClaimStatus => Status switch
    {
        "standing" => Domain.Claims.ClaimStatus.Standing,
        "retracted" => Domain.Claims.ClaimStatus.Retracted,
        _ => null,
    };

    public ReportStatus? ReportStatus => Status switch
    {
        "standing" => Domain.Reports.ReportStatus.Standing,
        "retracted" => Domain.Reports.ReportStatus.Retracted,
        _ => null,
    };
}

/// <summary>
/// Where a page of a dated list starts (keyset paging): after the item dated <paramref name="On"/> (null: undated, which sort last)
/// with the id <paramref name="Id"/>, in the lists' order (dated first, by day, then by id).
/// </summary>
public sealed record DatedKey(DateOnly? On, int Id);
