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
}
