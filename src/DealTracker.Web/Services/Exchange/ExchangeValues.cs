using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Exchange;

// The values the export file writes, in the words the read API writes them too: the API's contracts
// (Apis/Contracts) reuse these shapes, so a figure, a date or a reliance reads the same in both.

/// <summary>
/// A hedged amount, the same shape everywhere in the API and the export file: <c>amount</c> the stated number in
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

/// <summary>
/// What a report relies on: the outlet whose reporting it leans on, how (<c>cites</c>, <c>summarises</c>,
/// <c>repeats</c>), and the report relied on when that piece is in the store (else null).
/// </summary>
public sealed record RelianceDto(NamedRef Outlet, string Kind, int? ReportId);
