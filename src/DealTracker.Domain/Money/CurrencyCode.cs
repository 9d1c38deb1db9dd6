using System.Diagnostics.CodeAnalysis;

namespace DealTracker.Domain.Money;

/// <summary>The one rule for a currency code: three capital ASCII letters, as ISO 4217 writes them (USD, EUR, JPY).</summary>
public static class CurrencyCode
{
    /// <summary>True for "USD"; false for null, "usd", "US", "USDT", "USD\n" or letters outside ASCII.</summary>
    public static bool IsValid([NotNullWhen(true)] string? code) => code is not null && IsValid(code.AsSpan());

    /// <summary>The same rule on three characters of a longer text (the extractor reads codes in place).</summary>
    public static bool IsValid(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    /// <summary>
    /// True for a code a new figure may be entered in: one of ISO 4217's active codes (<see cref="Active"/>), or one the figure
    /// extractor reads (<see cref="Figures.Currencies"/>, which adds the Deutsche Mark of older deal news), so every figure it
    /// proposes can be saved. "XYZ" and "BTC" have the shape (<see cref="IsValid(string?)"/>) but are no currency. A stored figure
    /// keeps its code: the rule is for entry (forms, API, import), not for reading.
    /// </summary>
    public static bool IsCurrent([NotNullWhen(true)] string? code) =>
        IsValid(code) && (Active.Contains(code) || Figures.Currencies.IsKnown(code));

    /// <summary>ISO 4217's list one (active codes, as published by its maintenance agency in 2025), funds and metals included.</summary>
    public static readonly IReadOnlySet<string> Active = new HashSet<string>(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD",
        "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY",
        "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
        "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR",
        "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD",
        "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN",
        "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
        "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
        "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW",
        "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF",
        "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
    };
}
