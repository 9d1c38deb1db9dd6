namespace DealTracker.Domain.Figures;

/// <summary>
/// Money as other countries' wires write it (issue 13): scale words of Spanish, Portuguese, French, Italian and Dutch
/// ("100 millones", "US$ 1,6 bilhão", "17,4 mil milhões", "300 milioni", "$600 miljoen"), the linker between scale and
/// currency name ("de dólares", "di euro", "d'euros"), lower-case ISO codes in wire copy ("1 bln usd", "usd 5m"), the
/// Korean wires' glued "Won1,000 billion" (a table prefix) and a bracketed prior-year figure between number and scale in
/// Nordic releases ("EUR 23.9 (22.0) million"). Each check compares a bounded number of characters at one place.
/// </summary>
internal static partial class CurrencyReader
{
    // Longest first, so "mil milhões" wins over "mil" (which stays the English wires' million) and "milhões" over "milhão".
    private static readonly (string Form, decimal Factor)[] _foreignScaleWords = new (string Form, decimal Factor)[]
    {
        ("mil millones", 1e9m), ("mil milhões", 1e9m), ("mil milhoes", 1e9m),
        ("millones", 1e6m), ("millón", 1e6m), ("millon", 1e6m), ("billones", 1e12m), ("billón", 1e12m),
        ("milhões", 1e6m), ("milhoes", 1e6m), ("milhão", 1e6m), ("milhao", 1e6m),
        ("bilhões", 1e9m), ("bilhoes", 1e9m), ("bilhão", 1e9m), ("bilhao", 1e9m),
        ("millions", 1e6m), ("milioni", 1e6m), ("milione", 1e6m), ("miliardi", 1e9m), ("miliardo", 1e9m),
        ("miljoen", 1e6m), ("miljard", 1e9m),
    }.OrderByDescending(w => w.Form.Length).ToArray();

    /// <summary>A foreign scale word after one to three spaces or a hyphen: "100 millones", "1,6 bilhão", "17,4 mil milhões".</summary>
    private static ScaleWord? ForeignScale(string s, int p)
    {
        var w = p;
        while (w < s.Length && w - p < 3 && s[w] is ' ' or '\u00A0' or '\u2009' or '\u202F')
        {
            w++;
        }

        if (w == p && w < s.Length && s[w] == '-')
        {
            w++;
        }

        foreach (var (form, factor) in _foreignScaleWords)
        {
            if (MatchesWord(s, w, form))
            {
                return new ScaleWord(w + form.Length, factor, false, Continental: true);
            }
        }

        return null;
    }

    /// <summary>
    /// "EUR 23.9 (22.0) million": the prior-year figure in brackets between a number and its scale, as Nordic releases
    /// write it. The scale after the brackets is the number's; the span runs over the brackets.
    /// </summary>
    private static ScaleWord? PriorYearScale(string s, int p)
    {
        var n = s.Length;
        if (p + 2 >= n || s[p] != ' ' || s[p + 1] != '(')
        {
            return null;
        }

        var q = p + 2;
        if (q < n && s[q] is '-' or '−')
        {
            q++;
        }

        var digitsStart = q;
        while (q < n && q - digitsStart < 15 && (char.IsAsciiDigit(s[q]) || (s[q] is '.' or ',' && q + 1 < n && char.IsAsciiDigit(s[q + 1]))))
        {
            q++;
        }

        if (q == digitsStart || q >= n || s[q] != ')' || !char.IsAsciiDigit(s[q - 1]))
        {
            return null;
        }

        return q + 1 < n && s[q + 1] == ' ' ? ReadOneScale(s, q + 1) ?? ForeignScale(s, q + 1) : null;
    }

    /// <summary>
    /// Past the word joining a scale to a currency name in Romance copy: " de " ("millones de dólares"), " di " ("miliardi di
    /// euro"), " d'"/" d’" ("millions d'euros"). <paramref name="p"/> itself when none is written.
    /// </summary>
    private static int SkipLinker(string s, int p)
    {
        var n = s.Length;
        if (p + 3 >= n || s[p] != ' ' || char.ToLowerInvariant(s[p + 1]) != 'd')
        {
            return p;
        }

        if (s[p + 2] is '\'' or '’' && char.IsLetter(s[p + 3]))
        {
            return p + 3;
        }

        return s[p + 2] is 'e' or 'i' && s[p + 3] == ' ' ? SkipDoubledLinker(s, p + 4) : p;
    }

    /// <summary>
    /// A lower-case ISO code the table reads ("usd", "eur"), at <paramref name="p"/>, as whole word; wire copy writes them so
    /// after a scale ("1 bln usd") and before one ("usd 5m"), where alone they would be too often other words.
    /// </summary>
    private static string? LowerCode(string s, int p)
    {
        if (p + 3 > s.Length || !char.IsAsciiLetterLower(s[p]) || !char.IsAsciiLetterLower(s[p + 1]) || !char.IsAsciiLetterLower(s[p + 2]))
        {
            return null;
        }

        if ((p > 0 && char.IsLetterOrDigit(s[p - 1])) || IsLetterAt(s, p + 3))
        {
            return null;
        }

        var code = s.Substring(p, 3).ToUpperInvariant();
        return Currencies.IsKnown(code) && !_codesNotRead.Contains(code) ? code : null;
    }

    /// <summary>"usd 5m", "eur 2.5 bln": a lower-case code and one space before the number, read only before a scale.</summary>
    private static PrefixCurrency? LowerCodePrefix(string s, int numberStart, int floor)
    {
        var start = numberStart - 4;
        if (start < floor || s[numberStart - 1] != ' ')
        {
            return null;
        }

        return LowerCode(s, start) is { } code ? new PrefixCurrency(start, code, false, false, NeedsScale: true) : null;
    }
}
