using System.Globalization;

namespace DealTracker.Domain.Money;

/// <summary>Readable money: "$50B", "€1.2M", "CNY 5B"; and the full value for hover text.</summary>
public static class MoneyFormat
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    private static readonly (decimal Scale, string Suffix)[] _scales =
    [
        (1_000_000_000_000m, "T"),
        (1_000_000_000m, "B"),
        (1_000_000m, "M"),
    ];

    /// <summary>The symbol written before the number, or null when the ISO code is written instead.</summary>
    public static string? Symbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => null,
    };

    /// <summary>"$50B", "$1.25B", "$400M", "$750,000", "CHF 2B".</summary>
    public static string Compact(decimal value, string currency)
    {
        var number = CompactNumber(value);
        return Symbol(currency) is { } symbol ? symbol + number : $"{currency} {number}";
    }

    /// <summary>"50,000,000,000 USD": every digit, for hover text and detail views.</summary>
    public static string Full(decimal value, string currency) =>
        $"{value.ToString("#,##0.##", _invariant)} {currency}";

    private static string CompactNumber(decimal value)
    {
        for (var i = 0; i < _scales.Length; i++)
        {
            var (scale, suffix) = _scales[i];
            if (Math.Abs(value) >= scale)
            {
                var scaled = Math.Round(value / scale, 2, MidpointRounding.AwayFromZero);
                if (Math.Abs(scaled) >= 1000 && i > 0)
                {
                    // Rounding reached the next scale: "$1T", not "$1000B".
                    (scale, suffix) = _scales[i - 1];
                    scaled = Math.Round(value / scale, 2, MidpointRounding.AwayFromZero);
                }

                return scaled.ToString("0.##", _invariant) + suffix;
            }
        }

        return value.ToString("#,##0.##", _invariant);
    }
}
