using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Apis;

/// <summary>
/// A hedged amount, the same shape everywhere in the API: <c>amount</c> the stated number in
/// currency units (null for a range), <c>hedge</c> one of exact, upTo, atLeast, approximately,
/// range (the words of <c>/api/extract</c>), <c>low</c>/<c>high</c> a range's ends, <c>words</c>
/// the figure as the pages write it ("up to $50B").
/// </summary>
public sealed record MoneyDto(decimal? Amount, string Currency, string Hedge, decimal? Low, decimal? High, string Words)
{
    public static MoneyDto? From(HedgedAmount? money) => money is null ? null : new(
        Amounts.Normalise(money.Amount), money.Currency, EnumNames.Token(money.Hedge), Amounts.Normalise(money.Low), Amounts.Normalise(money.High),
        money.ToHedgeWords());
}

/// <summary>A date as precise as it is known: <c>date</c> "2026-01-29", "2025-11" or "2026"; <c>precision</c> day, month or year.</summary>
public sealed record PartialDateDto(string Date, string Precision)
{
    public static PartialDateDto? From(DateOnly? start, DatePrecision? precision)
    {
        if (start is not { } day)
        {
            return null;
        }

        var date = PartialDate.From(day, precision ?? DatePrecision.Day);
        return new(date.ToIsoString(), EnumNames.Token(precision ?? DatePrecision.Day));
    }
}

/// <summary>An outlet or party named by its address and its name.</summary>
public sealed record NamedRef(string Slug, string Name);

/// <summary>One page of a list: the items, and how many there are in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

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
/// What a report relies on: the outlet whose reporting it leans on, how (<c>cites</c>, <c>summarises</c>,
/// <c>repeats</c>), and the report relied on when that piece is in the store (else null).
/// </summary>
public sealed record RelianceDto(NamedRef Outlet, string Kind, int? ReportId);

/// <summary>
/// An independent origin of a report's figures, found by following its reliance chains to their roots:
/// the outlet, and the report at the root when it is in the store (the report itself when it relies on
/// no one). A circle of reports relying on each other is one origin with no outlet and no report.
/// </summary>
public sealed record OriginDto(NamedRef? Outlet, int? ReportId, string Label);

public sealed record OutletDto(string Slug, string Name, string Kind, string? Homepage, int Reports, int Claims, int Original, int First);

public sealed record EventDto(int Id, string Deal, string Title, string? Description, PartialDateDto? Occurred);
