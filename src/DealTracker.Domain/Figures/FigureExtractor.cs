using System.Globalization;
using System.Text.RegularExpressions;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures;

/// <summary>
/// Finds the money figures in news text: "as much as $50 billion", "~$830B", "$10B or more",
/// "between $8bn and $10bn", "2bn euros". A number is money only when a currency is written
/// next to it; percentages, counts, years and dates are left alone. See docs/extractor.md.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>The longest text <see cref="Extract"/> accepts; callers enforce it.</summary>
    public const int MaxTextLength = 100_000;

    // How far back from a figure hedge words ("in excess of", "an estimated") are looked for.
    private const int HedgeWindow = 48;

    // "2026", "1,250", "2.5": ASCII digits, English separators, at most 15 integer digits (so no decimal
    // overflow even in trillions); never part of a longer number.
    private const string NumberPattern =
        @"(?<![\p{N}.,])(?<num>[0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?|[0-9]{1,15}(?:\.[0-9]{1,6})?)(?!\p{N}|[.,]\p{N})";

    // "B"/"m"/"k" only when attached ("$10B"); "bn"/"mln" attached or after one space; words after spaces or a hyphen.
    private const string ScalePattern =
        @"(?<scale>(?i:mm|[tbmk]))(?!\p{L})"
        + @"|\s?(?<scale>(?i:trn|tln|tn|bln|bn|mln|mn|mio|mil|cr))(?!\p{L})"
        + @"|(?:\s+|-)?(?<scale>(?i:trillion|billion|million|thousand|crore|lakh))(?!\p{L})";

    // An ISO code after the number is not taken when another number follows it ("5bn USD 6bn").
    private const string SuffixPattern =
        @"(?:\s+|-)(?<suf>(?:" + CurrencyWords.CodePattern + @")(?!\p{L})(?!\s*[\p{N}\p{Sc}])"
        + @"|(?i:" + CurrencyWords.NamePattern + @")(?!\p{L}))";

    private const string CandidatePattern =
        @"(?:(?<![\p{L}\p{N}])(?<pre>" + CurrencyWords.PrefixPattern + @")\s*(?:(?<tilde>~)\s*)?)?"
        + NumberPattern + "(?:" + ScalePattern + ")?(?:" + SuffixPattern + ")?";

    private const string UpToWords =
        @"as\s+much\s+as|as\s+high\s+as|as\s+large\s+as|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than"
        + @"|no\s+higher\s+than|(?:a\s+)?maximum\s+of|(?:just\s+|slightly\s+)?(?:under|below|less\s+than)";

    private const string AtLeastWords =
        @"at\s+least|(?:well\s+|just\s+|slightly\s+)?(?:more\s+than|over|above|greater\s+than)|north\s+of"
        + @"|upwards?\s+of|in\s+excess\s+of|exceeding|(?:a\s+)?minimum\s+of|no\s+less\s+than|not\s+less\s+than";

    private const string ApproximatelyWords =
        @"around|about|roughly|nearly|approximately|approx\.|approx|est\.|some|close\s+to|almost"
        + @"|(?:an\s+)?estimated|circa|(?-i:c\.)";

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
        foreach (var span in SentenceSplitter.Split(text))
        {
            var sentence = text.Substring(span.Start, span.Length);
            if (sentence.Any(char.IsAsciiDigit))
            {
                ExtractFromSentence(text, sentence, span.Start, figures);
            }
        }

        return figures;
    }

    private static void ExtractFromSentence(string text, string sentence, int offset, List<ExtractedFigure> figures)
    {
        var candidates = Candidates(sentence);

        // End of the last figure taken: hedge words and later figures start after it.
        var floor = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var first = candidates[i];
            if (first.Start < floor)
            {
                continue;
            }

            if (i + 1 < candidates.Count && TryRange(sentence, floor, first, candidates[i + 1]) is { } range)
            {
                figures.Add(Figure(text, sentence, offset, range.Start, range.End, range.Money));
                floor = range.End;
                i++;
                continue;
            }

            if (first.Currency is null || first.Value <= 0)
            {
                continue;
            }

            var (start, before) = PreHedge(sentence, floor, first.Start);
            var (afterEnd, after) = PostHedge(sentence, first.End);
            var hedge = before ?? (first.Tilde ? Hedge.Approximately : after) ?? Hedge.Exact;
            var end = after == hedge ? afterEnd : first.End;

            figures.Add(Figure(text, sentence, offset, start, end, HedgedAmount.Create(hedge, first.Currency, first.Value, null, null)));
            floor = end;
        }
    }

    private static ExtractedFigure Figure(string text, string sentence, int offset, int start, int end, HedgedAmount money) =>
        new(text.Substring(offset + start, end - start), offset + start, end - start, money, sentence, offset);

    /// <summary>Every number in the sentence with the currency and scale written around it, percentages left out.</summary>
    private static List<Candidate> Candidates(string sentence)
    {
        var candidates = new List<Candidate>();
        foreach (Match match in CandidateRegex().Matches(sentence))
        {
            var number = match.Groups["num"];
            var scale = match.Groups["scale"];
            var coreEnd = scale.Success ? scale.Index + scale.Length : number.Index + number.Length;

            // "1st", "5x", "B2B": a number run into letters is not an amount.
            if (!scale.Success && coreEnd < sentence.Length && char.IsLetter(sentence[coreEnd]))
            {
                continue;
            }

            if (PercentRegex().IsMatch(sentence, coreEnd))
            {
                continue;
            }

            var prefix = match.Groups["pre"];
            var currency = prefix.Success ? CurrencyWords.FromPrefix(prefix.Value) : null;
            var end = coreEnd;
            var suffix = match.Groups["suf"];
            if (suffix.Success && IsSuffixCurrency(suffix.Value, currency, scale.Success, number.Value))
            {
                currency = CurrencyWords.FromSuffix(suffix.Value);
                end = suffix.Index + suffix.Length;
            }

            candidates.Add(new Candidate(
                match.Index,
                end,
                currency,
                prefix.Success,
                decimal.Parse(number.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                scale.Success ? ScaleOf(scale.Value) : null,
                match.Groups["tilde"].Success));
        }

        return candidates;
    }

    /// <summary>
    /// Whether the currency name after a number names it: not when a different currency came before,
    /// not "10 pounds" without a scale (weight as often as money), not "2025 dollars" (a price level).
    /// </summary>
    private static bool IsSuffixCurrency(string suffix, string? prefixCurrency, bool hasScale, string number)
    {
        if (prefixCurrency is not null)
        {
            return prefixCurrency == CurrencyWords.FromSuffix(suffix);
        }

        if (hasScale)
        {
            return true;
        }

        return !CurrencyWords.IsBarePound(suffix) && !IsYear(number);
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and < 2200;

    private static decimal ScaleOf(string scale) => scale.ToLowerInvariant() switch
    {
        "t" or "tn" or "trn" or "tln" or "trillion" => 1_000_000_000_000m,
        "b" or "bn" or "bln" or "billion" => 1_000_000_000m,
        "m" or "mm" or "mn" or "mln" or "mio" or "mil" or "million" => 1_000_000m,
        "cr" or "crore" => 10_000_000m,
        "lakh" => 100_000m,
        "k" or "thousand" => 1_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };

    /// <summary>
    /// "$15 billion to $25 billion", "$10-13 billion", "between $8bn and $10bn", "from $8 billion to $10 billion",
    /// "10-13 billion euros": two numbers joined by a dash or "to" ("and" only after "between"), one currency
    /// between them, the second end's scale lent to a first end written without one.
    /// </summary>
    private static (int Start, int End, HedgedAmount Money)? TryRange(string sentence, int floor, Candidate first, Candidate second)
    {
        var connector = ConnectorRegex().Match(sentence, first.End);
        if (!connector.Success || connector.Index + connector.Length != second.Start)
        {
            return null;
        }

        var dash = connector.Groups["dash"].Success;
        if (first.Currency is not null && second.Currency is not null && first.Currency != second.Currency)
        {
            return null;
        }

        if (first.Currency is null && (second.Currency is null || second.PrefixCurrency))
        {
            // "2025-$10bn" is a year and an amount; "10-13 billion euros" is a range.
            return null;
        }

        if (first.Scale is not null && second.Scale is null)
        {
            // "$38 billion to 2030".
            return null;
        }

        if (first.Scale is null && second.Scale is null && second.Currency is null && !dash)
        {
            // "gave $5 to 10 charities"; "$5-6 a share" is still a range.
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

        var low = first.Scale is null && second.Scale is { } lent ? Normalize(first.Number * lent) : first.Value;
        var high = second.Value;
        if (low <= 0 || high <= low)
        {
            return null;
        }

        var start = frame.Success ? windowStart + frame.Index : first.Start;
        return (start, second.End, HedgedAmount.Between(low, high, first.Currency ?? second.Currency!));
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

    [GeneratedRegex(CandidatePattern, Options)]
    private static partial Regex CandidateRegex();

    [GeneratedRegex(@"\G\s?(?:%|(?i:percent|per\s+cent|pct|percentage\s+points?)(?!\p{L}))", Options)]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"\G(?:\s*(?<dash>[-–—‒−])\s*|\s+(?<to>to)\s+|\s+(?<and>and)\s+)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorRegex();

    [GeneratedRegex(@"\G(?:(?<between>between)|from)\s+\z", Options | RegexOptions.IgnoreCase)]
    private static partial Regex FrameRegex();

    [GeneratedRegex(
        @"\G(?:by|up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|gain(?:s|ed)?|lost|lose[s]?|climb(?:s|ed)?|jump(?:s|ed)?"
        + @"|drop(?:s|ped)?|slid|slipped|(?:in|de)creas(?:e[sd]?)|grew|shr(?:ank|unk)|add(?:s|ed)?|cut|rais(?:e[sd]?)|lower(?:s|ed)?"
        + @"|boost(?:s|ed)?|trim(?:s|med)?)\s+\z",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeRegex();

    [GeneratedRegex(PreHedgePattern, Options | RegexOptions.IgnoreCase)]
    private static partial Regex PreHedgeRegex();

    [GeneratedRegex(PostHedgePattern, Options | RegexOptions.IgnoreCase)]
    private static partial Regex PostHedgeRegex();

    /// <summary>A number as written, with the currency (null when none is written) and scale around it.</summary>
    private readonly record struct Candidate(int Start, int End, string? Currency, bool PrefixCurrency, decimal Number, decimal? Scale, bool Tilde)
    {
        public decimal Value => Normalize(Number * (Scale ?? 1m));
    }

    /// <summary>Drops trailing zeros: 2.50 × 1e9 is 2500000000, not 2500000000.00.</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
