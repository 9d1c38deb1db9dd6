using System.Globalization;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;

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
        Normalise(money.Amount), money.Currency, HedgeNames.Token(money.Hedge), Normalise(money.Low), Normalise(money.High), money.ToHedgeWords());

    /// <summary>2.5 × 1e9 keeps the scale of its factors (2500000000.0): written as 2500000000.</summary>
    internal static decimal? Normalise(decimal? value) => value / 1.0000000000000000000000000000m;
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
        return new(date.ToIsoString(), (precision ?? DatePrecision.Day).ToString().ToLowerInvariant());
    }
}

/// <summary>An outlet or party named by its address and its name.</summary>
public sealed record NamedRef(string Slug, string Name);

/// <summary>
/// What a report relies on: the outlet whose reporting it leans on, how (<c>cites</c>, <c>summarises</c>,
/// <c>repeats</c>), and the report relied on when that piece is in the store (else null).
/// </summary>
public sealed record RelianceDto(NamedRef Outlet, string Kind, int? ReportId);

/// <summary>How the API and the export file write enum values and days: camelCase words, yyyy-MM-dd.</summary>
internal static class ExchangeText
{
    public static string Token<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
