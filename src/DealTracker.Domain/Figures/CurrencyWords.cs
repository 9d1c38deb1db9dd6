namespace DealTracker.Domain.Figures;

/// <summary>The ways news text names a currency, each mapped to its ISO 4217 code.</summary>
internal static class CurrencyWords
{
    /// <summary>
    /// ISO codes read before or after a number ("USD 5 billion", "5 billion USD"), upper case only.
    /// TRY is left out: it is also an English word in headlines.
    /// </summary>
    public const string CodePattern =
        "USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|CAD|AUD|HKD|SGD|NZD|KRW|SEK|NOK|DKK|BRL|MXN|ZAR|SAR|AED|ILS|PLN|TWD|RUB";

    /// <summary>Symbols and abbreviations read before a number: "$", "US$", "€", "Rs.".</summary>
    public const string PrefixPattern =
        @"US\$|C\$|CA\$|A\$|AU\$|HK\$|S\$|SG\$|NZ\$|R\$|CN¥|" + CodePattern + @"|Rs\.?|\$|€|£|¥|₹|₩";

    /// <summary>Currency names read after a number, any case: "dollars", "2bn euros", "Swiss francs".</summary>
    public const string NamePattern =
        @"(?:u\.s\.|us|american|canadian|australian|hong\s+kong|singapore|new\s+zealand|(?:new\s+)?taiwan(?:ese)?)\s+dollars?"
        + @"|dollars?|euros?|(?:british\s+)?pounds?(?:\s+sterling)?|sterling|(?:japanese\s+)?yen"
        + @"|(?:chinese\s+)?(?:yuan|renminbi)|(?:indian\s+)?rupees?|(?:swiss\s+)?francs?";

    /// <summary>The ISO code for a prefix symbol or code matched by <see cref="PrefixPattern"/>.</summary>
    public static string FromPrefix(string prefix) => prefix switch
    {
        "$" or "US$" => "USD",
        "C$" or "CA$" => "CAD",
        "A$" or "AU$" => "AUD",
        "HK$" => "HKD",
        "S$" or "SG$" => "SGD",
        "NZ$" => "NZD",
        "R$" => "BRL",
        "CN¥" or "RMB" => "CNY",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" or "Rs" or "Rs." => "INR",
        "₩" => "KRW",
        _ => prefix,
    };

    /// <summary>The ISO code for a currency name matched by <see cref="NamePattern"/>, or for an ISO code.</summary>
    public static string FromSuffix(string suffix)
    {
        if (suffix.Length == 3 && suffix.All(char.IsAsciiLetterUpper))
        {
            return suffix == "RMB" ? "CNY" : suffix;
        }

        var name = suffix.ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("canadian", StringComparison.Ordinal) => "CAD",
            _ when name.Contains("australian", StringComparison.Ordinal) => "AUD",
            _ when name.Contains("hong", StringComparison.Ordinal) => "HKD",
            _ when name.Contains("singapore", StringComparison.Ordinal) => "SGD",
            _ when name.Contains("zealand", StringComparison.Ordinal) => "NZD",
            _ when name.Contains("taiwan", StringComparison.Ordinal) => "TWD",
            _ when name.Contains("dollar", StringComparison.Ordinal) => "USD",
            _ when name.Contains("euro", StringComparison.Ordinal) => "EUR",
            _ when name.Contains("pound", StringComparison.Ordinal) || name.Contains("sterling", StringComparison.Ordinal) => "GBP",
            _ when name.Contains("yen", StringComparison.Ordinal) => "JPY",
            _ when name.Contains("yuan", StringComparison.Ordinal) || name.Contains("renminbi", StringComparison.Ordinal) => "CNY",
            _ when name.Contains("rupee", StringComparison.Ordinal) => "INR",
            _ when name.Contains("franc", StringComparison.Ordinal) => "CHF",
            _ => throw new ArgumentException($"'{suffix}' is not a currency name.", nameof(suffix)),
        };
    }

    /// <summary>True for a bare "pound"/"pounds", said of weight as often as of money, so read only with a scale.</summary>
    public static bool IsBarePound(string suffix) =>
        suffix.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && !suffix.Contains("sterling", StringComparison.OrdinalIgnoreCase);
}
