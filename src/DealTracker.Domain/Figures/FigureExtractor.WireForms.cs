namespace DealTracker.Domain.Figures;

/// <summary>
/// Money forms of the wires the plain reading misses: digits grouped by plain spaces ("1 234 567 euros", "1 234,5 Mio. €")
/// and a scale letter after a space ("USD 47.5 M", "5 M USD"), each read only when a currency is written with the number.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>
    /// The number at <paramref name="i"/> read with plain spaces between groups of three, when that reading is money:
    /// without a scale ("€1 234 567", "1 234 euros"), or with two groups or a decimal comma ("1 234,5 Mio. €"). One group
    /// before a scale ("May 5 100 million euros") is left to the plain reading. Null otherwise.
    /// </summary>
    private static Candidate? SpaceGroupedMoney(string sentence, int i, int floor, CurrencyContext context)
    {
        if (!NumberReader.TryReadDigits(sentence, i, out var grouped, plainSpaceGroups: true))
        {
            return null;
        }

        if (ReadCandidate(sentence, grouped, floor, context, false) is not { Currency: not null } candidate)
        {
            return null;
        }

        var written = sentence.AsSpan(grouped.Start, grouped.End - grouped.Start);
        var groups = written.Count(' ');
        return candidate.Scale is null || groups >= 2 || written.Contains(',') ? candidate : null;
    }

    /// <summary>
    /// The scale and the currency after a number. A scale letter after a space ("47.5 M") is read only when a currency is
    /// written before the number ("USD 47.5 M"), before the range it ends (<paramref name="rangeEnd"/>: "$2-3 M", "USD 2 to 3 M")
    /// or right after the letter ("5 M USD", "3 M dollars"): "47.5 M users" is no money.
    /// </summary>
    private static (ScaleWord? Scale, SuffixCurrency? Suffix) ScaleAndSuffix(
        string sentence, NumberToken number, PrefixCurrency? prefix, bool rangeEnd, CurrencyContext context)
    {
        var written = prefix is { NeedsScale: false } || rangeEnd;
        var scale = CurrencyReader.ReadScale(sentence, number.End, spacedLetter: written && !number.InWords);
        var suffix = CurrencyReader.ReadSuffix(sentence, scale?.End ?? number.End, scale?.Abbreviation == true, context, scale is not null || number.Scale is not null);
        if (scale is null && suffix is null && prefix is null && !number.InWords
            && CurrencyReader.ReadScale(sentence, number.End, spacedLetter: true) is { } letter
            && CurrencyReader.ReadSuffix(sentence, letter.End, true, context, true) is { } after)
        {
            return (letter, after);
        }

        return (scale, suffix);
    }

    /// <summary>
    /// True when the number at <paramref name="start"/> ends a range whose first end has a currency: "$2-3 M", "USD 2 to 3 M".
    /// </summary>
    private static bool EndsRangeWithCurrency(string sentence, int start, List<Candidate> candidates)
    {
        if (candidates.Count == 0 || candidates[^1] is not { Currency: not null } first)
        {
            return false;
        }

        var connector = ConnectorRegex().Match(sentence, first.End);
        return connector.Success && connector.Index + connector.Length == start;
    }

    /// <summary>Country words written after a bare "$" amount and the dollar each names.</summary>
    private static readonly (string Form, string Code)[] _dollarCountries =
    [
        ("U.S.", "USD"), ("US", "USD"), ("Cdn.", "CAD"), ("Cdn", "CAD"), ("CDN", "CAD"), ("Canadian", "CAD"), ("Australian", "AUD"),
    ];

    /// <summary>Words that may follow such a country word when it names the dollar, not a noun after it ("a $5 billion US plant").</summary>
    private static readonly HashSet<string> _afterDollarCountry =
    [
        "in", "last", "this", "next", "a", "an", "the", "for", "from", "to", "on", "at", "by", "and", "or", "with", "per", "over",
        "since", "during", "as", "that", "which", "annually", "each", "apiece", "while", "but", "after", "before", "when", "versus", "vs",
    ];

    /// <summary>
    /// The dollar a country word right after a bare "$" amount names, as Canadian and Australian papers write it ("annual revenue
    /// was $26.3 billion US in 2022", "$500 million Cdn."), with where the word ends. Read only when the sentence ends, a
    /// punctuation mark or a function word follows it, so "a $5 billion US plant" and "$2 billion Canadian pension" keep the
    /// word for the noun. Null otherwise.
    /// </summary>
    private static (string Code, int End)? DollarCountryAfter(string sentence, int end)
    {
        if (end + 1 >= sentence.Length || sentence[end] != ' ')
        {
            return null;
        }

        foreach (var (form, code) in _dollarCountries)
        {
            var after = end + 1 + form.Length;
            if (string.CompareOrdinal(sentence, end + 1, form, 0, form.Length) != 0 || (after < sentence.Length && char.IsLetterOrDigit(sentence[after])))
            {
                continue;
            }

            if (after >= sentence.Length || sentence[after] is ',' or '.' or ';' or ':' or ')' or ']' or '!' or '?' or '\u2014' or '\u2013'
                || (form.EndsWith('.') && sentence[after] == ' ')
                || (sentence[after] == ' ' && _afterDollarCountry.Contains(NextWord(sentence, after + 1))))
            {
                return (code, after);
            }
        }

        return null;
    }

    private static string NextWord(string sentence, int start)
    {
        var stop = start;
        while (stop < sentence.Length && char.IsLetter(sentence[stop]))
        {
            stop++;
        }

        return sentence[start..stop];
    }
}
