using System.Globalization;
using System.Text.RegularExpressions;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures;

/// <summary>
/// Finds the money figures in news text: "as much as $50 billion", "~$830B", "$10B or more",
/// "between $8bn and $10bn", "2bn euros", "C$3.8 billion ($3.84 billion)", "Rs 1.8 lakh crore",
/// "1,5 Mrd. €", "half a billion dollars". A number is money only when a currency is written next
/// to it; percentages, counts, years and dates are left alone. A rules engine: numbers are read by
/// <see cref="NumberReader"/>, currencies and scales by <see cref="CurrencyReader"/> from the
/// <see cref="Currencies"/> table, hedges, ranges and conversions here. See docs/extractor.md.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>The longest text <see cref="Extract"/> accepts; callers enforce it.</summary>
    public const int MaxTextLength = 100_000;

    // How far back from a figure hedge words ("in excess of", "an estimated") are looked for.
    private const int HedgeWindow = 48;

    private const string UpToWords =
        @"as\s+much\s+as|as\s+high\s+as|as\s+large\s+as|(?<!\b(?:add|adds|added|adding|sum|sums|summed|summing)\s+)up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than"
        + @"|no\s+higher\s+than|(?:a\s+)?maximum\s+of|(?:just\s+|slightly\s+)?(?:under|below|less\s+than)|bis\s+zu|h(?:ö|oe)chstens"
        + @"|até|hasta|jusqu['’]à|fino\s+a";

    private const string AtLeastWords =
        @"at\s+least|(?:well\s+|just\s+|slightly\s+)?(?:more\s+than|over|above|greater\s+than)|north\s+of"
        + @"|upwards?\s+of|in\s+excess\s+of|exceed(?:ing|ed|s)|(?:a\s+)?minimum\s+of|no\s+less\s+than|not\s+less\s+than|mehr\s+als|mindestens"
        + @"|über|m[aá]s\s+de|mais\s+de|plus\s+de|oltre|ruim|meer\s+dan";

    private const string ApproximatelyWords =
        @"around|about|roughly|nearly|approximately|approx\.|approx|est\.|some|close\s+to|almost"
        + @"|(?:an\s+)?estimated|circa|(?-i:c\.)|rund|etwa|knapp|ca\."
        + @"|cerca\s+de|alrededor\s+de|environ|pr[eè]s\s+de|quasi|bijna|ongeveer|casi|quase";

    // Tried only at word starts (see EndingWords), so anchored with \G.
    private const string PreHedgePattern =
        @"\G(?:(?<upTo>" + UpToWords + ")|(?<atLeast>" + AtLeastWords + ")|(?<approx>" + ApproximatelyWords + @"|[~≈]))\s*\z";

    private const string PostHedgePattern =
        @"\G(?:(?<atLeast>\+(?!\s*[\p{N}\p{Sc}])|-plus(?!\p{L})|\s+or\s+(?:more|above|higher|greater|over)(?!\p{L})(?!\s+than))"
        + @"|(?<approx>\s+or\s+so(?!\p{L}))"
        + @"|(?<upTo>\s+or\s+(?:less|lower|below|under)(?!\p{L})(?!\s+than)))";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// The money figures in <paramref name="text"/>, in order of appearance and never overlapping.
    /// </summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxTextLength"/>.</exception>
    public static IReadOnlyList<ExtractedFigure> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters; at most {MaxTextLength} are read.", nameof(text));
        }

        var figures = new List<ExtractedFigure>();
        var context = CurrencyContext.Of(text);
        foreach (var span in SentenceSplitter.Split(text))
        {
            var sentence = text.Substring(span.Start, span.Length);
            ExtractFromSentence(text, sentence, span.Start, context, figures);
        }

        return figures;
    }

    private static void ExtractFromSentence(string text, string sentence, int offset, CurrencyContext context, List<ExtractedFigure> figures)
    {
        var candidates = Candidates(sentence, context);
        if (candidates.Count == 0)
        {
            return;
        }

        InheritQualifiedDollar(sentence, candidates, context.Dollar);
        var first = figures.Count;

        // End of the last figure taken: hedge words and later figures start after it.
        var floor = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var low = candidates[i];
            if (low.Start < floor)
            {
                continue;
            }

            if (i + 1 < candidates.Count && TryRange(sentence, floor, low, candidates[i + 1]) is { } range)
            {
                figures.Add(Figure(text, sentence, offset, range.Start, range.End, range.Money));
                floor = range.End;
                i++;
                continue;
            }

            // Since the thirty-eighth session: "increase its authorised capital from 4.5 billion to 10 billion pounds": the first level of a
            // change takes the currency written after the second (and its scale, when it has none), as a range's first end does.
            if (low.Currency is null && i + 1 < candidates.Count && ChangeStartWithoutCurrency(sentence, floor, low, candidates[i + 1]) is { } borrowed)
            {
                low = borrowed;
            }

            if (low.Currency is null || low.Value <= 0)
            {
                continue;
            }

            var (start, before) = PreHedge(sentence, floor, low.Start);
            var (afterEnd, after) = PostHedge(sentence, low.End);
            // "$100+ million": the plus before the scale word is a floor too.
            after ??= sentence.AsSpan(low.Start, low.End - low.Start).Contains("+ ", StringComparison.Ordinal) ? Hedge.AtLeast : null;
            var hedge = before ?? (low.Tilde ? Hedge.Approximately : after) ?? Hedge.Exact;
            var end = after == hedge ? afterEnd : low.End;

            figures.Add(Figure(text, sentence, offset, start, end, HedgedAmount.Create(hedge, low.Currency, low.Value, null, null)));
            floor = end;
        }

        LinkConversions(text, figures, first);
    }

    private static ExtractedFigure Figure(string text, string sentence, int offset, int start, int end, HedgedAmount money) =>
        new(text.Substring(offset + start, end - start), offset + start, end - start, money, sentence, offset);

    /// <summary>
    /// Every number in the sentence, in digits or in words, with the currency and scale written around it;
    /// percentages and numbers run into words ("1st", "B2B") left out.
    /// </summary>
    private static List<Candidate> Candidates(string sentence, CurrencyContext context)
    {
        var candidates = new List<Candidate>();
        var n = sentence.Length;
        var i = 0;
        while (i < n)
        {
            var c = sentence[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadDigitsCandidate(sentence, i, candidates, context);
            }
            else if (char.IsAsciiLetter(c) && (i == 0 || !char.IsLetterOrDigit(sentence[i - 1])))
            {
                i = ReadWordsCandidate(sentence, i, candidates, context);
            }
            else
            {
                i++;
            }
        }

        return candidates;
    }

    /// <summary>
    /// Reads the number in digits at <paramref name="i"/>, adding it to <paramref name="candidates"/> when it can be
    /// money. Returns where to read on.
    /// </summary>
    private static int ReadDigitsCandidate(string sentence, int i, List<Candidate> candidates, CurrencyContext context)
    {
        var n = sentence.Length;
        if (i > 0 && char.IsDigit(sentence[i - 1]))
        {
            return i + 1;
        }

        var floor = candidates.Count > 0 ? candidates[^1].End : 0;
        if (SpaceGroupedMoney(sentence, i, floor, context) is { } grouped)
        {
            candidates.Add(grouped);
            return grouped.End;
        }

        if (IndianGroupingTypo(sentence, i, floor, context) is { } typo)
        {
            candidates.Add(typo);
            return typo.End;
        }

        if (NumberReader.TryReadDigits(sentence, i, out var number))
        {
            if (number.Plain && NumberReader.TryReadSpokenDecimals(sentence, number.End, out var decimals, out var decimalsEnd))
            {
                // "12-point-one trillion won", "1-point-5 trillion won": decimals spelled out after the whole number.
                number = number with { End = decimalsEnd, Value = number.Value + decimals, Plain = false };
            }

            if (ReadCandidate(sentence, number, floor, context, EndsRangeWithCurrency(sentence, i, candidates)) is { } candidate)
            {
                candidates.Add(candidate);
                return Math.Max(candidate.End, number.End);
            }

            return number.End;
        }

        // Not an amount ("1.2.3", sixteen digits): skip the whole run.
        while (i < n && (char.IsAsciiDigit(sentence[i]) || (sentence[i] is '.' or ',' && i + 1 < n && char.IsAsciiDigit(sentence[i + 1]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Reads the number in words starting with the word at <paramref name="i"/>, adding it to
    /// <paramref name="candidates"/> when it can be money. Returns where to read on.
    /// </summary>
    private static int ReadWordsCandidate(string sentence, int i, List<Candidate> candidates, CurrencyContext context)
    {
        var n = sentence.Length;
        var wordEnd = i;
        while (wordEnd < n && char.IsAsciiLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        if (NumberReader.MayStartWords(sentence.AsSpan(i, wordEnd - i)) && NumberReader.TryReadWords(sentence, i, out var words))
        {
            if (ReadCandidate(sentence, words, candidates.Count > 0 ? candidates[^1].End : 0, context, false) is { } candidate)
            {
                candidates.Add(candidate);
                return candidate.End;
            }

            // No currency after the whole phrase: none after any shorter phrase inside it either.
            return Math.Max(wordEnd, words.End);
        }

        return ReadForeignWordsCandidate(sentence, i, candidates, context) ?? wordEnd;
    }

    /// <summary>The number with its currency and scale, or null when it cannot be money ("1st", "5%", "2020 dollars").</summary>
    private static Candidate? ReadCandidate(string sentence, NumberToken number, int floor, CurrencyContext context, bool rangeEnd)
    {
        var prefix = number.InWords ? null : CurrencyReader.ReadPrefix(sentence, number.Start, floor);
        var (scale, suffix) = ScaleAndSuffix(sentence, number, prefix, rangeEnd, context);
        number = ContinentalThousands(sentence, number, scale);
        var coreEnd = scale?.End ?? number.End;

        // "1st", "5x", "B2B": a number run into letters is not an amount, unless a symbol follows ("300元").
        if (scale is null && suffix is null && coreEnd < sentence.Length && char.IsLetter(sentence[coreEnd]))
        {
            return null;
        }

        if (PercentRegex().IsMatch(sentence, coreEnd))
        {
            return null;
        }

        if (prefix is { NeedsScale: true } pre && scale is null
            && !(pre.GluedLetter && GroupedInThousands(sentence, number)) && !(pre.Priced && HasTwoDecimals(sentence, number)))
        {
            // "R2", "N95" and "Fr. 5 May" are names and dates; "R849-million", "N40 billion", "N2,500" and "Fr. 18.50" are money.
            prefix = null;
        }

        if (prefix is { } lost && LostSignWithoutItsScale(sentence, lost, number, scale))
        {
            // "Y2K" is no yen, and a back-quote is a rupee only before crore or lakh (FigureExtractor.SubunitForms.cs).
            prefix = null;
        }

        var hasScale = scale is not null || number.Scale is not null;
        var end = coreEnd;
        if (!TryChooseCurrency(sentence, number, hasScale, prefix, suffix, ref end, out var currency, out var generic))
        {
            return null;
        }

        if (CurrencyReader.IsGluedSubunit(sentence, coreEnd, suffix) && !IsPenceSentence(sentence, number, coreEnd + 1))
        {
            // "1080p", "a 5p page", "14c in Sydney": a glued "p" or "c" is pence or cents only where the sentence speaks of prices
            // (FigureExtractor.SubunitForms.cs).
            return null;
        }

        if (currency is null && prefix is null && suffix is null && (BareCroreRupee(sentence, number, coreEnd, context) ?? HindiBareCroreRupee(sentence, coreEnd, context)) is { } rupee)
        {
            // "raised 85 crore from investors": Indian papers write rupees so.
            currency = rupee;
        }

        if (suffix is { Factor: not 1m } unit && end == unit.End)
        {
            // "4,001.50 pence" is £40.015.
            number = number with { Value = number.Value * unit.Factor };
        }

        if (number.Value > HedgedAmount.MaxAmount / (scale?.Factor ?? 1m)) // the largest amount held, 10^27
        {
            // "ninety ninety … trillion lakh crore": no amount news text means.
            return null;
        }

        if (currency is null)
        {
            return new Candidate(number.Start, coreEnd, null, false, false, number.Value, scale?.Factor, false, number.InWords);
        }

        return MoneyCandidate(sentence, number, prefix, suffix, scale, end, currency, generic);
    }

    /// <summary>
    /// The currency of a number: its prefix's, or a suffix naming the same currency more precisely ("US$5 billion
    /// U.S. dollars"), or, without a prefix, its suffix's. False when the suffix says it is no money ("lost 10
    /// pounds", "in 2020 dollars"). <paramref name="end"/> moves past a suffix that is read.
    /// </summary>
    private static bool TryChooseCurrency(
        string sentence,
        NumberToken number,
        bool hasScale,
        PrefixCurrency? prefix,
        SuffixCurrency? suffix,
        ref int end,
        out string? currency,
        out bool generic)
    {
        currency = null;
        generic = false;
        if (prefix is { } pre)
        {
            currency = pre.Code;
            generic = pre.GenericDollar;
            if (suffix is { } suf && (suf.Code == pre.Code || (pre.GenericDollar && (suf.Dollar || suf.Factor > 1m || IsDollarCode(sentence, suf)))))
            {
                // "US$5 billion U.S. dollars", "$5 million Canadian dollars"; since the thirty-fourth session "$1.4 billion CAD" and "$500 mdp".
                currency = suf.Code;
                generic = false;
                end = suf.End;
            }
            else if (pre.GenericDollar && suffix is { Dollar: false, Weak: false } named && end < sentence.Length && sentence[end] == '-' && hasScale)
            {
                // "a $4.1 billion-euro deal": the currency named in the compound is the figure's, the "$" a generic money sign.
                currency = named.Code;
                generic = false;
                end = named.End;
            }
            else if (pre.GenericDollar && suffix is null && DollarCountryAfter(sentence, end) is { } country)
            {
                // "$43.2 billion US last year", "$500 million Cdn".
                currency = country.Code;
                generic = false;
                end = country.End;
            }
        }
        else if (suffix is { } suf)
        {
            // "won" with a thousands figure ("5,000 won"); "pounds" with pence ("29.34 pounds") are money without a scale.
            var needsScale = suf.Weak && !(suf.Code == "KRW" && number.Value >= 1000) && !(suf.Code == "GBP" && HasTwoDecimals(sentence, number))
                && !IsDongPrice(suf, number);
            // A glued "p" makes no year of a price ("a record high of 2077p").
            var gluedPence = suf.Factor == 0.01m && suf.End == number.End + 1;
            if ((needsScale && !hasScale) || (!hasScale && number.Plain && IsYear(number.Value) && !gluedPence)
                || IsWeightPound(sentence, suf) || (!hasScale && IsShareOfEveryUnit(sentence, number)))
            {
                // "lost 10 pounds", "in 2020 dollars", "1.85 billion pounds of copper", "1 in 4 dollars" (FigureExtractor.NotMoney.cs).
                return false;
            }

            currency = suf.Code;
            end = suf.End;
        }

        return true;
    }

    /// <summary>A number with its currency: cents written after it added ("4 dollars 25 cents"), words given their scale.</summary>
    private static Candidate MoneyCandidate(
        string sentence,
        NumberToken number,
        PrefixCurrency? prefix,
        SuffixCurrency? suffix,
        ScaleWord? scale,
        int end,
        string currency,
        bool generic)
    {
        var value = number.Value;
        if (suffix is { Cents: true } cents && end == cents.End && CentsRegex().Match(sentence, end) is { Success: true } centsMatch)
        {
            // "4 dollars 25 cents", "4 dollars and 25 cents".
            value += int.Parse(centsMatch.Groups["cents"].Value, CultureInfo.InvariantCulture) / 100m;
            end += centsMatch.Length;
        }

        // Words carry their scale ("two hundred and fifty million"); digits keep theirs apart, to lend it in ranges.
        var start = prefix?.Start ?? number.Start;
        return number.InWords
            ? new Candidate(start, end, currency, false, false, value * (scale?.Factor ?? 1m), null, number.Approximate, true)
            : new Candidate(start, end, currency, prefix is not null, generic, value, scale?.Factor, prefix?.Tilde == true, false);
    }

    /// <summary>
    /// A bare "$" after a qualified dollar in the same sentence ("C$1.2 billion, up from $900 million"), or in a
    /// text whose note says its dollars are another country's, is that dollar too, except in the brackets of a
    /// conversion ("A$23.6 billion ($17.4 billion)") or right after another figure ("HK$5.8 billion $748 million"), which are US dollars.
    /// </summary>
    private static void InheritQualifiedDollar(string sentence, List<Candidate> candidates, string? textDollar)
    {
        // A note for the whole text ("All figures in Australian dollars") sets the dollar each sentence starts with.
        var dollar = textDollar;

        // Brackets opened and not yet closed before the current candidate, counted in one pass.
        var depth = 0;
        var scanned = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            for (; scanned < candidate.Start; scanned++)
            {
                depth = sentence[scanned] switch
                {
                    '(' or '[' => depth + 1,
                    ')' or ']' when depth > 0 => depth - 1,
                    _ => depth,
                };
            }

            if (candidate is { PrefixCurrency: true, GenericDollar: false } && IsDollar(candidate.Currency) && candidate.Currency != "USD")
            {
                dollar = candidate.Currency;
            }
            else if (candidate.Currency == "USD" && !candidate.GenericDollar)
            {
                dollar = textDollar;
            }
            else if (candidate.GenericDollar && dollar is not null && depth == 0
                     && !(i > 0 && sentence.AsSpan(candidates[i - 1].End, candidate.Start - candidates[i - 1].End).IsWhiteSpace()))
            {
                candidates[i] = candidate with { Currency = dollar, GenericDollar = false };
            }
        }
    }

    /// <summary>An ISO code written after a "$" amount for a currency that writes the sign too ("$1.4 billion CAD", "$5 million MXN").</summary>
    private static bool IsDollarCode(string sentence, SuffixCurrency suffix) =>
        (IsDollar(suffix.Code) || suffix.Code is "MXN" or "ARS" or "CLP" or "COP" or "NAD")
        && suffix.End >= 3 && string.CompareOrdinal(sentence, suffix.End - 3, suffix.Code, 0, 3) == 0;

    private static bool IsDollar(string? code) => code is "USD" or "CAD" or "AUD" or "NZD" or "HKD" or "SGD" or "TWD";

    /// <summary>
    /// A figure in brackets right after another ("A$23.6 billion ($17.4 billion)", "£13.3 million (equivalent to
    /// $17.4 million)", "A$10.2bil (US$7.7bil or RM32bil)") or after ", or" ("Rs 2,912.5 crore, or $631.1 million")
    /// converts it: it is linked to it (<see cref="ExtractedFigure.Converts"/>) and takes its hedge when it has
    /// none of its own.
    /// </summary>
    private static void LinkConversions(string text, List<ExtractedFigure> figures, int first)
    {
        for (var k = first + 1; k < figures.Count; k++)
        {
            var previous = figures[k - 1];
            var figure = figures[k];
            var gap = text.AsSpan(previous.End, figure.Start - previous.End);
            int? converts = null;
            if (ConversionGapRegex().IsMatch(gap))
            {
                converts = k - 1;
            }
            else if (previous.Converts is { } target && ConversionListGapRegex().IsMatch(gap))
            {
                converts = target;
            }

            if (converts is not { } index)
            {
                continue;
            }

            var original = figures[index].Money;
            var money = figure.Money;
            if (money.Hedge == Hedge.Exact && original.Hedge is Hedge.UpTo or Hedge.AtLeast or Hedge.Approximately)
            {
                money = HedgedAmount.Create(original.Hedge, money.Currency, money.Amount, null, null);
            }

            figures[k] = figure with { Money = money, Converts = index };
        }
    }

    /// <summary>"29.34": two digits after the decimal mark, as prices are written.</summary>
    private static bool HasTwoDecimals(string sentence, NumberToken number) =>
        !number.InWords && number.End - number.Start > 3 && sentence[number.End - 3] is '.' or ',';

    /// <summary>The number as written is a year (1800–2199), so "2020 dollars" is a price level, not an amount.</summary>
    private static bool IsYear(decimal number) => number is >= 1800 and < 2200 && number == decimal.Truncate(number);

    /// <summary>
    /// "$15 billion to $25 billion", "$10-13 billion", "between $8bn and $10bn", "from $8 billion to $10 billion",
    /// "10-13 billion euros", "€1 to €2 billion": two numbers joined by a dash or "to" ("and" only after "between"),
    /// one currency between them, the second end's scale lent to a first end written without one. A change
    /// ("raised its target from $6 billion to $8 billion") is two figures.
    /// </summary>
    private static (int Start, int End, HedgedAmount Money)? TryRange(string sentence, int floor, Candidate first, Candidate second)
    {
        var connector = ConnectorRegex().Match(sentence, first.End);
        if (!connector.Success || connector.Index + connector.Length != second.Start)
        {
            return null;
        }

        if (first.InWords != second.InWords)
        {
            return null;
        }

        if (!TryRangeCurrency(first, second, connector.Groups["dash"].Success, out var currency))
        {
            return null;
        }

        var windowStart = WindowStart(sentence, floor, first.Start);
        var before = sentence[windowStart..first.Start];
        var frame = EndingWords(FrameRegex(), before);
        if (connector.Groups["and"].Success && !(frame.Success && frame.Groups["between"].Success))
        {
            return null;
        }

        if (connector.Groups["to"].Success && !frame.Success && EndingWords(ChangeRegex(), before).Success)
        {
            // "Shares rose $2.50 to $45.10", "raised its bid by $2bn to $10bn": a change, then a level.
            return null;
        }

        if (connector.Groups["to"].Success && IsChangeFrom(sentence, floor, windowStart, frame))
        {
            // "raised its target from $6 billion to $8 billion": a change from one level to another.
            return null;
        }

        var low = first.Scale is null && second.Scale is { } lent ? Amounts.Normalise(first.Number * lent) : first.Value;
        var high = second.Value;
        if (low <= 0 || high <= low)
        {
            return null;
        }

        var start = frame.Success ? windowStart + frame.Index : first.Start;
        return (start, second.End, HedgedAmount.Between(low, high, currency));
    }

    /// <summary>
    /// The one currency of two ends of a range, a bare "$" taking the other end's dollar; false when they
    /// differ, when only the second end has one in front ("2025-$10bn"), or when the scales say the ends are
    /// no range ("$38 billion to 2030", "gave $5 to 10 charities").
    /// </summary>
    private static bool TryRangeCurrency(Candidate first, Candidate second, bool dash, out string currency)
    {
        currency = "";
        var firstCurrency = first.GenericDollar && second.Currency is { } c2 && IsDollar(c2) ? c2 : first.Currency;
        var secondCurrency = second.GenericDollar && first.Currency is { } c1 && IsDollar(c1) ? c1 : second.Currency;
        if (firstCurrency is not null && secondCurrency is not null && firstCurrency != secondCurrency)
        {
            return false;
        }

        if (firstCurrency is null && (secondCurrency is null || second.PrefixCurrency))
        {
            // "2025-$10bn" is a year and an amount; "10-13 billion euros" is a range.
            return false;
        }

        if (first.Scale is not null && second.Scale is null)
        {
            // "$38 billion to 2030".
            return false;
        }

        if (first.Scale is null && second.Scale is null && secondCurrency is null && !dash)
        {
            // "gave $5 to 10 charities"; "$5-6 a share" is still a range.
            return false;
        }

        currency = firstCurrency ?? secondCurrency!;
        return true;
    }

    /// <summary>
    /// The first level of a change written without a currency, given the second's: "from 4.01 billion to 4.61 billion Egyptian pounds",
    /// "raised its target from 6 billion to 8 billion dollars". Only a currency written after the second level lends ("from 2020 to $5
    /// billion" lends nothing), and only after "from" and a word of change, as <see cref="TryRange"/> reads a change.
    /// </summary>
    private static Candidate? ChangeStartWithoutCurrency(string sentence, int floor, Candidate first, Candidate second)
    {
        if (second.Currency is not { } currency || second.PrefixCurrency || second.Scale is null || first.InWords != second.InWords
            || (first.Scale is null && IsYear(first.Number)) || (first.Scale is { } own && own != second.Scale))
        {
            return null;
        }

        var connector = ConnectorRegex().Match(sentence, first.End);
        if (!connector.Success || connector.Index + connector.Length != second.Start || !connector.Groups["to"].Success)
        {
            return null;
        }

        var windowStart = WindowStart(sentence, floor, first.Start);
        var frame = EndingWords(FrameRegex(), sentence[windowStart..first.Start]);
        return IsChangeFrom(sentence, floor, windowStart, frame) ? first with { Currency = currency, Scale = second.Scale } : null;
    }

    /// <summary>
    /// Whether <paramref name="frame"/> (the words before a range's first end) is "from" after a word of change in the same clause:
    /// "raised its target from …", not "between …" nor "bids ranged from …".
    /// </summary>
    private static bool IsChangeFrom(string sentence, int floor, int windowStart, Match frame) =>
        frame.Success && !frame.Groups["between"].Success && ChangeWordRegex().IsMatch(ClauseBefore(sentence, floor, windowStart + frame.Index));

    /// <summary>The words before "from", back to the last figure or clause mark, at most 80 characters.</summary>
    private static string ClauseBefore(string sentence, int floor, int from)
    {
        var start = Math.Max(floor, from - 80);
        for (var i = from - 1; i >= start; i--)
        {
            if (sentence[i] is ';' or ':' or '(' or ')')
            {
                start = i + 1;
                break;
            }
        }

        return sentence[start..from];
    }

    /// <summary>The hedge words right before a figure ("as much as", "~") and where they start.</summary>
    private static (int Start, Hedge? Hedge) PreHedge(string sentence, int floor, int figureStart)
    {
        var windowStart = WindowStart(sentence, floor, figureStart);
        var match = EndingWords(PreHedgeRegex(), sentence[windowStart..figureStart]);
        return match.Success ? (windowStart + match.Index, HedgeOf(match)) : (figureStart, null);
    }

    /// <summary>The hedge words right after a figure ("or more", "+") and where they end.</summary>
    private static (int End, Hedge? Hedge) PostHedge(string sentence, int figureEnd)
    {
        var match = PostHedgeRegex().Match(sentence, figureEnd);
        return match.Success ? (figureEnd + match.Length, HedgeOf(match)) : (figureEnd, null);
    }

    /// <summary>
    /// The longest words matching <paramref name="anchored"/> (a <c>\G</c>…<c>\z</c> pattern) that end
    /// <paramref name="window"/>: tried at each word start from the left, so "no more than" wins over "more than".
    /// </summary>
    private static Match EndingWords(Regex anchored, string window)
    {
        for (var i = 0; i < window.Length; i++)
        {
            var c = window[i];
            var wordStart = char.IsLetter(c) ? i == 0 || !char.IsLetterOrDigit(window[i - 1]) : c is '~' or '≈';
            if (wordStart && anchored.Match(window, i) is { Success: true } match)
            {
                return match;
            }
        }

        return Match.Empty;
    }

    private static Hedge HedgeOf(Match match) =>
        match.Groups["upTo"].Success ? Hedge.UpTo
        : match.Groups["atLeast"].Success ? Hedge.AtLeast
        : Hedge.Approximately;

    /// <summary>
    /// Where to start looking back for words before a figure: at most <see cref="HedgeWindow"/> characters back,
    /// not before the last figure, and past any word the window would cut ("some" is not read in "awesome").
    /// </summary>
    private static int WindowStart(string sentence, int floor, int figureStart)
    {
        var start = Math.Max(floor, figureStart - HedgeWindow);
        if (start > floor && char.IsLetterOrDigit(sentence[start - 1]))
        {
            while (start < figureStart && char.IsLetterOrDigit(sentence[start]))
            {
                start++;
            }
        }

        return start;
    }

    [GeneratedRegex(@"\G\s?(?:%|(?i:percent|per\s+cent|pct|percentage\s+points?)(?!\p{L}))", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"\G(?:\s*(?<dash>[-–—‒−])\s*|\s+(?<to>to)\s+|\s+(?<and>and)\s+)", Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConnectorRegex();

    [GeneratedRegex(@"\G(?:(?<between>between)|from)\s+\z", Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FrameRegex();

    [GeneratedRegex(
        @"\G(?:by|up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|gain(?:s|ed)?|lost|lose[s]?|climb(?:s|ed)?|jump(?:s|ed)?"
        + @"|drop(?:s|ped)?|slid|slipped|(?:in|de)creas(?:e[sd]?)|grew|shr(?:ank|unk)|add(?:s|ed)?|cut|rais(?:e[sd]?)|lower(?:s|ed)?"
        + @"|boost(?:s|ed)?|trim(?:s|med)?"
        // Since the general metric sweep, the moves of market reports: "off 9.7p to £2.84", "declined 47.5p to 2036.5p".
        + @"|off|declin(?:e[sd]?)|advanc(?:e[sd]?)|eased|dipped|shed|sank|surged|soared|tumbled|plunged)\s+\z",
        Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeRegex();

    /// <summary>
    /// Since the change-verbs mend: the words of a change, as a class rather than a list of words seen. A change "from $X to $Y" is two
    /// figures, never a range, whatever verb of growth or shrinkage says it, in any form, active or passive ("upsized", "was upsized",
    /// "swelled", "had ballooned", "slumped", "was scaled back"), a phrasal verb with its particle ("scaled back", "ramped up", "pared
    /// down", "was written down") or a verb of revision ("revised", "adjusted", "reset"). Before, "The round was upsized from $1 billion to
    /// $1.5 billion" read as one range, as did "swelled", "ballooned", "slumped" and "scaled back".
    /// </summary>
    private const string GrowthVerbs =
        @"rais(?:e[sd]?|ing)|lift(?:s|ed|ing)?|increas(?:e[sd]?|ing)|boost(?:s|ed|ing)?|hik(?:e[sd]?|ing)|upp(?:ed|ing)|sweeten(?:s|ed|ing)?"
        + @"|upsiz(?:e[sd]?|ing)|enlarg(?:e[sd]?|ing)|expand(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|balloon(?:s|ed|ing)?|mushroom(?:s|ed|ing)?"
        + @"|(?:sky)?rocket(?:s|ed|ing)|spik(?:e[sd]|ing)|leap(?:s|t|ed|ing)?|escalat(?:e[sd]?|ing)|inflat(?:e[sd]?|ing)|multipli(?:es|ed)"
        + @"|rise[sn]?|rose|rising|gr[eo]w(?:s|n|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|surg(?:e[sd]?|ing)|soar(?:s|ed|ing)?"
        + @"|gain(?:s|ed)?|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing)|widen(?:s|ed|ing)?|bump(?:s|ed)?|amplifi(?:es|ed)"
        + @"|accelerat(?:e[sd]|ing)";

    /// <summary>Verbs of shrinkage in every form (see <see cref="GrowthVerbs"/>).</summary>
    private const string ShrinkageVerbs =
        @"cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|downsiz(?:e[sd]?|ing)"
        + @"|shr(?:ink|ank|unk)(?:s|ing)?|slump(?:s|ed|ing)?|tumbl(?:e[sd]?|ing)|plummet(?:s|ed|ing|ted|ting)?|plung(?:e[sd]?|ing)"
        + @"|crash(?:es|ed|ing)?|dwindl(?:e[sd]?|ing)|contract(?:ed|ing)|deflat(?:e[sd]?|ing)|diminish(?:es|ed|ing)?|decreas(?:e[sd]?|ing)"
        + @"|declin(?:e[sd]?|ing)|drop(?:s|ped|ping)?|f[ae]ll(?:s|en|ing)?|sank|sunk|sink(?:s|ing)?|slid(?:es?|ing)?|slipp(?:ed|ing)|dipp(?:ed|ing)"
        + @"|eas(?:ed|ing)|shed(?:s|ding)?|halv(?:e[sd]?|ing)|narrow(?:s|ed|ing)?|erod(?:e[sd]|ing)|sagg(?:ed|ing)|tank(?:ed|ing)";

    /// <summary>Verbs of revision and movement, and phrasal verbs of change with their particle (see <see cref="GrowthVerbs"/>).</summary>
    private const string RevisionVerbs =
        @"revis(?:e[sd]?|ing)|adjust(?:s|ed|ing)?|amend(?:s|ed|ing)?|chang(?:e[sd]?|ing)|mov(?:e[sd]?|ing)|went|shift(?:s|ed|ing)?"
        + @"|upgrad(?:e[sd]|ing)|downgrad(?:e[sd]|ing)|resiz(?:e[sd]|ing)|revalu(?:e[sd]|ing)|repric(?:e[sd]|ing)|reset(?:s|ting)?"
        + @"|(?:scal(?:e[sd]?|ing)|ramp(?:s|ed|ing)?|par(?:e[sd]?|ing)|dial(?:s|l?ed|l?ing)?|step(?:s|ped|ping)?|beef(?:s|ed|ing)?"
        + @"|mark(?:s|ed|ing)?|writ(?:es?|ing|ten)|wrote|knock(?:s|ed|ing)?|ratchet(?:s|ed|ing)?|jack(?:s|ed|ing)?|top(?:s|ped|ping)?"
        + @"|wind(?:s|ing)?|wound|cut(?:s|ting)?|pull(?:s|ed|ing)?|roll(?:s|ed|ing)?|trimm(?:ed|ing)|talk(?:s|ed|ing)?)\s+(?:up|down|back)";

    [GeneratedRegex(
        @"(?<![\p{L}])(?:" + RevisionVerbs + "|" + GrowthVerbs + "|" + ShrinkageVerbs + @")(?![\p{L}])",
        Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeWordRegex();

    // "(" or "[" with at most a few words before the converted figure: "(", "(equivalent to ", "(or ".
    [GeneratedRegex(@"^\s*[(\[]\s*(?:(?:equivalent|equal|equals|or|roughly|about|around|approximately|approx\.|some|nearly|almost|to|at|i\.e\.|c\.)\s+){0,3}$|^,\s*or\s+$", Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConversionGapRegex();

    // A second conversion in the same brackets: "(US$7.7bil or RM32bil)", "($1 billion, £800 million)".
    [GeneratedRegex(@"^\s*(?:,|;|/|or|and)\s*$|^\s*,\s*or\s+$", Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConversionListGapRegex();

    [GeneratedRegex(@"\G\s+(?:and\s+)?(?<cents>[0-9]{1,2})\s+(?:cents?|pence)(?!\p{L})", Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CentsRegex();

    [GeneratedRegex(PreHedgePattern, Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PreHedgeRegex();

    [GeneratedRegex(PostHedgePattern, Options | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostHedgeRegex();

    /// <summary>A number as written, with the currency (null when none is written) and scale around it.</summary>
    private readonly record struct Candidate(
        int Start, int End, string? Currency, bool PrefixCurrency, bool GenericDollar, decimal Number, decimal? Scale, bool Tilde, bool InWords)
    {
        public decimal Value => Amounts.Normalise(Number * (Scale ?? 1m));
    }
}
