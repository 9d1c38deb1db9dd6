using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures;

/// <summary>A currency written before a number: where it starts and its ISO code.</summary>
/// <param name="Start">Index of its first character ("U" of "U.S. $").</param>
/// <param name="Code">ISO code.</param>
/// <param name="GenericDollar">A bare "$": US dollars unless the words after or around name another dollar.</param>
/// <param name="Tilde">A "~" between the currency and the number ("$~830B").</param>
/// <param name="NeedsScale">A one-letter abbreviation read only before a scale ("R849-million" in South Africa, not "R2").</param>
/// <param name="GluedLetter">A one-letter abbreviation glued to the number ("N2,500", "R36,301"), or "Fr.": read without a scale when the number is grouped in thousands.</param>
/// <param name="Priced">The same signs, read without a scale before a price with two decimals too ("R109.86", "Fr. 18.50"), not before "R2" or "Fr. 5 May".</param>
internal readonly record struct PrefixCurrency(int Start, string Code, bool GenericDollar, bool Tilde, bool NeedsScale = false, bool GluedLetter = false, bool Priced = false);

/// <summary>A currency written after a number: where it ends, its ISO code and how it was written.</summary>
/// <param name="End">Index just past it.</param>
/// <param name="Code">ISO code.</param>
/// <param name="Weak">A name that is money only with a scale ("pounds", "won").</param>
/// <param name="Dollar">A name of a dollar ("dollars", "Canadian dollars").</param>
/// <param name="Cents">The name of a currency with cents or pence written after it ("4 dollars 25 cents").</param>
/// <param name="Factor">What one written unit is worth in the currency: 0.01 for "pence".</param>
internal readonly record struct SuffixCurrency(int End, string Code, bool Weak, bool Dollar, bool Cents, decimal Factor = 1m);

/// <summary>A scale after a number: its factor and where it ends.</summary>
/// <param name="Continental">A word only Continental copy writes ("millones", "Milliarden", "Mrd."), where "1.300" groups thousands.</param>
internal readonly record struct ScaleWord(int End, decimal Factor, bool Abbreviation, bool Continental = false);

/// <summary>
/// Reads the currency written before a number, the scale and the currency after it, from the
/// <see cref="Currencies"/> table. Each lookup compares a bounded number of short strings at one place.
/// </summary>
internal static partial class CurrencyReader
{
    // ISO codes that are also words, read only through their symbols and names.
    private static readonly HashSet<string> _codesNotRead = new(StringComparer.Ordinal) { "TRY", "MAD", "RON", "PEN" };

    // Every form written before a number, longest first: symbols, abbreviations, ISO codes.
    private static readonly (string Form, string Code)[] _prefixes = Currencies.All
        .SelectMany(c => c.Prefixes.Select(p => (Form: p, c.Code)).Concat(_codesNotRead.Contains(c.Code) ? [] : [(Form: c.Code, c.Code)]))
        .GroupBy(p => p.Form, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderByDescending(p => p.Form.Length)
        .ToArray();

    // Symbols written after a number ("75 €", "300元", "1,5 Mrd. €"), longest first.
    private static readonly (string Form, string Code)[] _suffixSymbols = Currencies.All
        .SelectMany(c => c.Suffixes.Select(s => (Form: s, c.Code)))
        .OrderByDescending(p => p.Form.Length)
        .ToArray();

    // Names after a number, bucketed by first letter, longest first: "swiss francs" before "francs".
    private static readonly Dictionary<char, (string Name, string[] Codes, bool Weak)[]> _names = Currencies.All
        .SelectMany(c => c.Names.SelectMany(WireSpellings).Select(n => (Name: n, c.Code, Weak: false)).Concat(c.WeakNames.Select(n => (Name: n, c.Code, Weak: true))))
        .GroupBy(n => n.Name, StringComparer.Ordinal)
        .Select(g => (Name: g.Key, Codes: g.Select(x => x.Code).ToArray(), g.First().Weak))
        .GroupBy(n => n.Name[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).ToArray());

    // Scales: abbreviations attached or after one space, words after spaces or a hyphen.
    private static readonly (string Form, decimal Factor)[] _abbreviations =
    [
        ("tril", 1e12m), ("trn", 1e12m), ("tln", 1e12m), ("tn", 1e12m),
        ("bln", 1e9m), ("bil", 1e9m), ("bn", 1e9m), ("mrd", 1e9m), ("mds", 1e9m), ("md", 1e9m),
        ("mln", 1e6m), ("mio", 1e6m), ("mil", 1e6m), ("mn", 1e6m),
        // Since the thirty-fourth session: the bankers' "mm" after a space ("a $289.1 mm transaction", "$12 MM"), as "$5MM" attached was.
        ("mm", 1e6m),
        // "Rs 70 crs", "Rs 30 Crs.": the plural of "cr" (crore) that Indian wires write.
        ("crs", 1e7m), ("cr", 1e7m), ("lacs", 1e5m), ("lac", 1e5m),
    ];

    private static readonly (string Form, decimal Factor)[] _scaleWords =
    [
        ("trillion", 1e12m), ("billion", 1e9m), ("milliards", 1e9m), ("milliard", 1e9m), ("milliarden", 1e9m), ("milliarde", 1e9m),
        ("millionen", 1e6m), ("million", 1e6m), ("thousand", 1e3m),
        // Misspellings the wires print ("a €1.7 billion ($2 bilion) round").
        ("bilion", 1e9m), ("billon", 1e9m), ("milion", 1e6m), ("millon", 1e6m), ("trilion", 1e12m),
        // A letter doubled or two swapped, as wires and scraped pages print them ("US$2 billioin", "$5 milllion").
        ("billioin", 1e9m), ("billiion", 1e9m), ("billlion", 1e9m), ("biillion", 1e9m), ("billoin", 1e9m),
        ("millioin", 1e6m), ("milliion", 1e6m), ("milllion", 1e6m), ("miillion", 1e6m), ("milloin", 1e6m),
        ("trillioin", 1e12m), ("trilliion", 1e12m), ("trilllion", 1e12m), ("crores", 1e7m), ("crore", 1e7m), ("lakhs", 1e5m), ("lakh", 1e5m),
        // Hindi papers' crore and lakh, the nukta letter precomposed or not ("57.5 करोड़", "48 करोड़ रुपये").
        ("\u0915\u0930\u094B\u095C", 1e7m), ("\u0915\u0930\u094B\u0921\u093C", 1e7m), ("\u0932\u093E\u0916", 1e5m),
    ];

    /// <summary>
    /// The currency written right before <paramref name="numberStart"/>: "$", "US$", "€", "EUR", "Rs.", "hk $",
    /// "U.S. $", with at most one space and an optional "~" between it and the number. Not when glued to a
    /// letter or digit before it ("XS$5").
    /// </summary>
    public static PrefixCurrency? ReadPrefix(string s, int numberStart, int floor)
    {
        var e = numberStart;
        var tilde = false;
        if (HyphenatedCode(s, numberStart, floor) is { } hyphenated)
        {
            return hyphenated;
        }

        if (e > floor && char.IsWhiteSpace(s[e - 1]))
        {
            e--;
        }

        if (e > floor && s[e - 1] is '~')
        {
            tilde = true;
            e--;
            if (e > floor && char.IsWhiteSpace(s[e - 1]))
            {
                e--;
            }
        }

        foreach (var (form, code) in _prefixes)
        {
            var start = e - form.Length;
            if (start < floor || !s.AsSpan(start, form.Length).SequenceEqual(form))
            {
                continue;
            }

            if (Currencies.GluedLetterPrefixes.Contains(form) && e != numberStart)
            {
                // "N40 billion" is naira, "N 5 billion" is left alone.
                continue;
            }

            var stray = StrayLetterBeforeSymbol(s, start, form, floor);

            // Since the twenty-second session: "originally established at$275 million", "will contribute$ 3 billion": a scraper dropped the
            // space between a lower-case word and the sign; the word names no dollar, so the sign stands alone (ScrapedForms).
            if (form == "$" && GluedWordBeforeDollar(s, start, floor) && AttachedQualifiedDollar(s, start, floor) is null)
            {
                return new PrefixCurrency(start, "USD", true, tilde);
            }

            if (start > 0 && char.IsLetterOrDigit(s[start - 1]) && !(form == "$" && AttachedQualifiedDollar(s, start, floor) is not null) && stray is null)
            {
                // "XS$5", "B2B": glued to a word.
                continue;
            }

            if (form == "$")
            {
                // "S$$47.9 million", "U$$ 774mn": a doubled sign is read as one.
                var sign = DoubledDollar(s, start, floor);
                return (AttachedQualifiedDollar(s, sign, floor) ?? QualifiedDollar(s, sign, floor)) is { } qualified
                    ? new PrefixCurrency(qualified.Start, qualified.Code, false, tilde)
                    : new PrefixCurrency(sign, "USD", true, tilde);
            }

            var letter = form.Length == 1 && char.IsAsciiLetter(form[0]);
            // "N2,500", "R109.86", "Fr. 18.50": a glued one-letter sign, or "Fr.", before a grouped number or a price.
            var glued = letter && e == numberStart;
            var swissFranc = form == "Fr.";
            // The won has no subunit in use, so "W1.25" is no price; a lost euro sign "E" is read only before a scale ("E43 million", not "E1,000").
            var lostSign = form is "E" or "Y";
            return new PrefixCurrency(stray ?? start, code, false, tilde, letter || swissFranc || Currencies.PrefixesNeedingScale.Contains(form), (glued && !lostSign) || swissFranc, (glued && form is not ("W" or "E" or "Y")) || swissFranc);
        }

        return tilde ? null : LowerCodePrefix(s, numberStart, floor);
    }

    /// <summary>"us$", "c$", "r$", "Hk$": letters naming a dollar glued to the sign, in any case.</summary>
    private static (int Start, string Code)? AttachedQualifiedDollar(string s, int dollar, int floor)
    {
        var start = dollar;
        while (start > floor && dollar - start < 4 && (char.IsAsciiLetter(s[start - 1]) || s[start - 1] == '.'))
        {
            start--;
        }

        if (start == dollar || (start > 0 && char.IsLetterOrDigit(s[start - 1])))
        {
            return null;
        }

        return Currencies.DollarQualifiers.TryGetValue(s[start..dollar], out var code) ? (start, code) : CodeBeforeDollar(s, start, dollar - start);
    }

    /// <summary>"C $", "hk $", "U.S. $", "us $": letters naming a dollar, a space, then the dollar sign.</summary>
    private static (int Start, string Code)? QualifiedDollar(string s, int dollar, int floor)
    {
        var end = dollar;
        if (end > floor && s[end - 1] == ' ')
        {
            end--;
        }
        else
        {
            return null;
        }

        var start = end;
        while (start > floor && (char.IsAsciiLetter(s[start - 1]) || s[start - 1] == '.'))
        {
            start--;
        }

        if (start == end || (start > 0 && char.IsLetterOrDigit(s[start - 1])) || (start > 0 && s[start - 1] is '\'' or '’'))
        {
            return null;
        }

        var word = s[start..end];

        // "a $5bn deal", "its $5bn": single letters that are words are not read with a space ("A$5bn" is).
        if (word.Length == 1 && !word.Equals("c", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (TwoWordDollarCountry(s, start, word, floor) is { } country)
        {
            return country;
        }

        return Currencies.DollarQualifiers.TryGetValue(word, out var code) ? (start, code) : CodeBeforeDollar(s, start, end - start);
    }

    /// <summary>Since the thirty-fourth session: "Hong Kong $3.1 billion", "New Zealand $40 million": a two-word country before the sign.</summary>
    private static (int Start, string Code)? TwoWordDollarCountry(string s, int start, string word, int floor)
    {
        var (first, code) = word.ToLowerInvariant() switch { "kong" => ("Hong ", "HKD"), "zealand" => ("New ", "NZD"), _ => ("", "") };
        var from = start - first.Length;
        return first.Length > 0 && from >= floor && string.Compare(s, from, first, 0, first.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (from == 0 || !char.IsLetterOrDigit(s[from - 1]))
            ? (from, code)
            : null;
    }

    /// <summary>
    /// The scale right after a number: "B", "m", "k" attached ("$10B"); "bn", "mln", "Mrd" attached or after one
    /// space; "billion", "crore", "Milliarden" after spaces or a hyphen ("$1.5-billion"). "lakh crore" multiplies.
    /// Never runs on into letters ("$5bnx").
    /// </summary>
    public static ScaleWord? ReadScale(string s, int p, bool spacedLetter = false)
    {
        // "$100+ million": a plus between the number and its scale word (the extractor reads the plus as "at least"); since the
        // twenty-third session an abbreviation of two letters or more too ("₹4,000+ Cr"), not a lone letter ("4+ M").
        var first = ReadOneScale(s, p) ?? (p + 1 < s.Length && s[p] == '+' && s[p + 1] == ' ' && ReadOneScale(s, p + 1) is { } plus
            && (!plus.Abbreviation || plus.End - (p + 2) >= 2) ? (ScaleWord?)plus : null)
            ?? (spacedLetter ? SpacedLetterScale(s, p) : null) ?? PriorYearScale(s, p);
        if (first is not { } scale)
        {
            return null;
        }

        // "1.5 lakh crore", "10 thousand crore".
        if (scale.Factor is 1e5m or 1e3m && ReadOneScale(s, scale.End) is { Factor: 1e7m } crore)
        {
            return new ScaleWord(crore.End, scale.Factor * crore.Factor, crore.Abbreviation);
        }

        return scale;
    }

    private static ScaleWord? ReadOneScale(string s, int p)
    {
        var n = s.Length;

        // Attached single letters and "MM": "$10B", "$5m", "$400k", "$5MM".
        if (p < n && char.IsAsciiLetter(s[p]))
        {
            if (p + 1 < n && s[p] is 'M' or 'm' && s[p + 1] is 'M' or 'm' && !IsLetterAt(s, p + 2))
            {
                return new ScaleWord(p + 2, 1e6m, true);
            }

            if (!IsLetterAt(s, p + 1))
            {
                decimal? factor = char.ToLowerInvariant(s[p]) switch { 't' => 1e12m, 'b' => 1e9m, 'm' => 1e6m, 'k' => 1e3m, _ => null };
                if (factor is { } f)
                {
                    return new ScaleWord(p + 1, f, true);
                }
            }
        }

        // Other languages' words first: "17,4 mil milhões" is not "17,4 mil".
        if (ForeignScale(s, p) is { } foreign)
        {
            return foreign;
        }

        // Abbreviations, attached, after one space or a hyphen: "$2.5bn", "$2.5 bn", "US$1.2-bn", "1,5 Mrd.".
        var q = p < n && s[p] is ' ' or '-' ? p + 1 : p;
        foreach (var (form, factor) in _abbreviations)
        {
            if (MatchesWord(s, q, form))
            {
                return new ScaleWord(WithAbbreviationDot(s, q + form.Length, form), factor, true, _dottedAbbreviations.Contains(form));
            }
        }

        // Words after spaces or a hyphen: "$1.25 billion", "$1.5-billion", "R849-million", "15,3 Milliarden".
        var w = p;
        while (w < n && w - p < 3 && s[w] is ' ' or '\u00A0' or '\u2009' or '\u202F')
        {
            w++;
        }

        if (w == p && w < n && s[w] == '-')
        {
            w++;
        }

        foreach (var (form, factor) in _scaleWords)
        {
            if (MatchesWord(s, w, form))
            {
                return new ScaleWord(w + form.Length, factor, false, form.StartsWith("milliard", StringComparison.Ordinal) || form == "millionen");
            }
        }

        return null;
    }

    /// <summary>
    /// The currency written right after a number and its scale: a symbol ("75 €", "300元", "1,5 Mrd. €"), an
    /// upper-case ISO code ("5 billion USD", not when another number follows: "5bn USD 6bn"), or a name, any
    /// case ("2bn euros", "1.5 billion Swiss francs", "a 10-billion-dollar deal"). Names several currencies
    /// share go to the one whose country the text names, else to the first in the table.
    /// </summary>
    public static SuffixCurrency? ReadSuffix(string s, int p, bool afterAbbreviation, CurrencyContext context, bool afterScale = false)
    {
        var n = s.Length;
        var q = p;
        if (afterScale && SkipLinker(s, p) is var linked && linked > p)
        {
            // "100 millones de dólares", "19,6 millions d'euros", "17,5 miliardi di euro": only a name may follow.
            return ReadSuffixName(s, linked, context);
        }

        if (afterAbbreviation && q < n && s[q] == '.' && q + 1 < n && s[q + 1] == ' ')
        {
            // "1,5 Mrd. €"
            q++;
        }

        // "500 mdd", "2,6 MDH": the scale and the currency in one abbreviation (CurrencyReader.ScaledNames.cs).
        if (ScaledNameSuffix(s, q) is { } scaled)
        {
            return scaled;
        }

        // "455p", "nine centavos": a currency's hundredth (CurrencyReader.Subunits.cs).
        if (SubunitSuffix(s, q, AfterGap(s, q), afterScale, context) is { } subunit)
        {
            return subunit;
        }

        // Symbols: attached or after one space.
        var sym = q < n && s[q] is ' ' or '\u00A0' or '\u202F' or '\u2009' ? q + 1 : q;
        if (ReadSuffixSymbol(s, sym) is { } symbol)
        {
            return symbol;
        }

        // Codes and names: after spaces or a hyphen ("5 billion USD", "10-billion-dollar").
        var w = AfterGap(s, q);
        if (w == q)
        {
            return null;
        }

        if (w + 3 <= n && (IsCode(s, w) ?? (afterScale ? LowerCode(s, w) : null)) is { } iso && !IsLetterAt(s, w + 3) && !NumberFollows(s, w + 3))
        {
            return new SuffixCurrency(w + 3, iso, false, false, false);
        }

        if (MatchesWord(s, w, "pence"))
        {
            // "4,001.50 pence": a hundredth of a pound.
            return new SuffixCurrency(w + 5, "GBP", false, false, false, 0.01m);
        }

        return ReadSuffixName(s, w, context);
    }

    /// <summary>Where a code or name after a number starts: past up to three spaces on its line, or one hyphen; <paramref name="q"/> when neither.</summary>
    private static int AfterGap(string s, int q)
    {
        var w = q;
        while (w < s.Length && w - q < 3 && char.IsWhiteSpace(s[w]) && s[w] is not ('\n' or '\r'))
        {
            w++;
        }

        return w == q && w < s.Length && s[w] == '-' ? w + 1 : w;
    }

    /// <summary>A currency symbol at <paramref name="sym"/> ("€", "元", "Fr"), not run into letters when it ends in one.</summary>
    private static SuffixCurrency? ReadSuffixSymbol(string s, int sym)
    {
        var n = s.Length;
        foreach (var (form, code) in _suffixSymbols)
        {
            if (string.CompareOrdinal(s, sym, form, 0, form.Length) == 0 && sym + form.Length <= n
                && (!char.IsAsciiLetter(form[^1]) || !IsLetterAt(s, sym + form.Length)))
            {
                return new SuffixCurrency(sym + form.Length, code, false, false, false);
            }
        }

        return null;
    }

    /// <summary>
    /// A currency name at <paramref name="w"/>, any case ("euros", "Swiss francs", "dollar"); a name several
    /// currencies share goes to the one whose country the text names, else to the first in the table.
    /// </summary>
    private static SuffixCurrency? ReadSuffixName(string s, int w, CurrencyContext context)
    {
        var n = s.Length;
        if (w < n && _names.TryGetValue(char.ToLowerInvariant(s[w]), out var bucket))
        {
            foreach (var (name, codes, weak) in bucket)
            {
                if (MatchesWord(s, w, name))
                {
                    var code = codes.Length == 1 ? codes[0] : context.Choose(codes);
                    var dollar = IsDollarName(name);
                    var cents = code is "USD" or "EUR" or "CAD" or "AUD" or "NZD" or "HKD" or "SGD" && (dollar || name.StartsWith("euro", StringComparison.Ordinal));
                    return new SuffixCurrency(w + name.Length, code, weak, dollar, cents);
                }
            }
        }

        return null;
    }

    /// <summary>An upper-case ISO code the table knows and reads, at <paramref name="p"/>.</summary>
    private static string? IsCode(string s, int p)
    {
        if (p + 3 > s.Length || !CurrencyCode.IsValid(s.AsSpan(p, 3)))
        {
            return null;
        }

        var code = s.Substring(p, 3);
        if (code == "RMB")
        {
            return "CNY";
        }

        return Currencies.IsKnown(code) && !_codesNotRead.Contains(code) ? code : null;
    }

    /// <summary>"5bn USD 6bn": the code belongs to the number after it.</summary>
    private static bool NumberFollows(string s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p < s.Length && (char.IsDigit(s[p]) || char.GetUnicodeCategory(s[p]) == System.Globalization.UnicodeCategory.CurrencySymbol);
    }

    /// <summary>True when <paramref name="word"/> (lower case, single spaces) is written at <paramref name="p"/>, any case, as whole words.</summary>
    private static bool MatchesWord(string s, int p, string word)
    {
        if (p + word.Length > s.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = s[p + i];
            if (word[i] == ' ' ? !(c is ' ' or '\u00A0') : char.ToLowerInvariant(c) != word[i])
            {
                return false;
            }
        }

        return !IsLetterAt(s, p + word.Length);
    }

    private static bool IsLetterAt(string s, int p) => p < s.Length && char.IsLetter(s[p]);
}

/// <summary>
/// What the whole text says about which currency a shared name means: the countries it names
/// ("pesos" in a text about Chile are Chilean pesos), and a note that its dollars are another
/// country's ("All figures in Canadian dollars unless otherwise noted").
/// </summary>
internal sealed partial class CurrencyContext
{
    private static readonly (string Word, string Code)[] _countries = Currencies.All
        .SelectMany(c => c.Countries.Select(w => (Word: w, c.Code)))
        .ToArray();

    private readonly HashSet<string> _named;

    private CurrencyContext(HashSet<string> named, string? dollar)
    {
        _named = named;
        Dollar = dollar;
    }

    public static CurrencyContext Empty { get; } = new([], null);

    /// <summary>The dollar a bare "$" means in this text when a note says so ("figures in Australian dollars"); null for US dollars.</summary>
    public string? Dollar { get; }

    /// <summary>The currencies whose country <paramref name="text"/> names, found by whole-word search, and its dollar note.</summary>
    public static CurrencyContext Of(string text)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, code) in _countries)
        {
            if (!named.Contains(code) && ContainsWord(text, word))
            {
                named.Add(code);
            }
        }

        var note = DollarNoteRegex().Match(text);
        string? dollar = note.Success
            ? note.Groups["q"].Value.ToLowerInvariant() switch
            {
                var q when q.StartsWith("canad", StringComparison.Ordinal) => "CAD",
                var q when q.StartsWith("austral", StringComparison.Ordinal) => "AUD",
                var q when q.StartsWith("new", StringComparison.Ordinal) && q.Contains("zealand", StringComparison.Ordinal) => "NZD",
                var q when q.StartsWith("hong", StringComparison.Ordinal) => "HKD",
                var q when q.StartsWith("singapore", StringComparison.Ordinal) => "SGD",
                _ => "TWD",
            }
            : null;
        return new CurrencyContext(named, dollar);
    }

    // "All figures are in Canadian dollars", "amounts in Australian dollars unless stated", "(in Hong Kong dollars)".
    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?:\b(?:figures|amounts|values|prices|numbers|dollar\s+amounts)\b[^.\n]{0,40}?\bin|\(\s*in)\s+(?<q>canadian|australian|new\s+zealand|hong\s+kong|singapore|(?:new\s+)?taiwan(?:ese)?)\s+dollars\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex DollarNoteRegex();

    /// <summary>The first of <paramref name="codes"/> whose country the text names, else the first.</summary>
    public string Choose(string[] codes)
    {
        foreach (var code in codes)
        {
            if (_named.Contains(code))
            {
                return code;
            }
        }

        return codes[0];
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
