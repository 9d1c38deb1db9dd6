namespace DealTracker.Domain.Figures;

/// <summary>
/// The wire spellings of currencies and scales beside the table's: Reuters' "dlrs" ("5 mln dlrs", "12 mln Canadian dlrs"),
/// a scale letter after a space ("USD 47.5 M", "USD 50 K"), a hyphen between an ISO code and the number
/// ("EUR-300-million"), and the dot of a Continental abbreviation ("EUR 1,5 Mrd. for"). Each check looks at a bounded
/// number of characters at one place, so reading stays linear.
/// </summary>
internal static partial class CurrencyReader
{
    // Abbreviations written with a dot in German and French copy: "Mio.", "Mrd.", "Md.", "Mds.".
    private static readonly HashSet<string> _dottedAbbreviations = new(StringComparer.Ordinal) { "mio", "mrd", "md", "mds" };

    /// <summary>A name as the table writes it and as the wires shorten it: "canadian dollars" and "canadian dlrs".</summary>
    private static IEnumerable<string> WireSpellings(string name)
    {
        yield return name;
        if (name.EndsWith("dollars", StringComparison.Ordinal))
        {
            yield return name[..^"dollars".Length] + "dlrs";
        }
        else if (name.EndsWith("dollar", StringComparison.Ordinal))
        {
            yield return name[..^"dollar".Length] + "dlr";
        }
    }

    /// <summary>A name of a dollar: "dollars", "Hong Kong dollar", "dlrs".</summary>
    private static bool IsDollarName(string name) =>
        name.EndsWith("dollar", StringComparison.Ordinal) || name.EndsWith("dollars", StringComparison.Ordinal)
        || name.EndsWith("dlr", StringComparison.Ordinal) || name.EndsWith("dlrs", StringComparison.Ordinal);

    /// <summary>
    /// "M", "B", "K", "T" (any case) after one space: "USD 47.5 M", "$5 B", "5 M USD". Read only where a currency is written
    /// with the number (the caller's choice), and only when the letter stands alone: not "5 M&amp;A", "$20 K-12", "5 M's".
    /// </summary>
    private static ScaleWord? SpacedLetterScale(string s, int p)
    {
        var n = s.Length;
        if (p + 1 >= n || s[p] is not (' ' or '\u00A0'))
        {
            return null;
        }

        decimal? factor = s[p + 1] switch { 't' or 'T' => 1e12m, 'b' or 'B' => 1e9m, 'm' or 'M' => 1e6m, 'k' or 'K' => 1e3m, _ => null };
        var end = p + 2;
        if (factor is null || (end < n && !StandsAlone(s, end)))
        {
            return null;
        }

        return new ScaleWord(end, factor.Value, true);
    }

    /// <summary>
    /// True when the character at <paramref name="end"/> ends a one-letter scale: a space, a closing mark, a dot not starting
    /// "M.A.", a currency symbol ("5 M€"), "/" ("12 M/year"), "+" or "-plus" ("$5 M+", "$5 M-plus").
    /// </summary>
    private static bool StandsAlone(string s, int end) =>
        char.IsWhiteSpace(s[end]) || s[end] is ',' or ';' or ':' or ')' or ']' or '!' or '?' or '"' or '”' or '/' or '+'
        || char.GetUnicodeCategory(s[end]) == System.Globalization.UnicodeCategory.CurrencySymbol
        || (s[end] == '.' && (end + 1 >= s.Length || !char.IsLetterOrDigit(s[end + 1])))
        || (s[end] == '-' && MatchesWord(s, end + 1, "plus"));

    /// <summary>
    /// Past the dot of "Mio."/"Mrd."/"Crs." when the sentence goes on after it ("EUR 1,5 Mrd. for the unit", "Mrd., it said",
    /// "Mrd. €"); not when a capital follows, where the dot may end the sentence.
    /// </summary>
    private static int WithAbbreviationDot(string s, int end, string form)
    {
        if (!(_dottedAbbreviations.Contains(form) || form == "crs") || end + 1 >= s.Length || s[end] != '.')
        {
            return end;
        }

        var next = s[end + 1];
        var goesOn = next is ',' or ';' or ':' or ')' || (next == ' ' && end + 2 < s.Length && !char.IsUpper(s[end + 2]));
        return goesOn ? end + 1 : end;
    }

    /// <summary>
    /// An upper-case ISO code joined to the number by a hyphen, as in "a EUR-300-million loan" or "USD-1.2-billion":
    /// read only before a scale (<see cref="PrefixCurrency.NeedsScale"/>), so "EUR-2" and "USD-10" stay codes.
    /// </summary>
    private static PrefixCurrency? HyphenatedCode(string s, int numberStart, int floor)
    {
        var start = numberStart - 4;
        if (start < floor || s[numberStart - 1] != '-' || (start > 0 && char.IsLetterOrDigit(s[start - 1])))
        {
            return null;
        }

        return IsCode(s, start) is { } iso ? new PrefixCurrency(start, iso, false, false, NeedsScale: true) : null;
    }
}
