using System.Globalization;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// One word of a sentence with its punctuation peeled off: <c>Core</c> is the word itself
/// ("Microsoft" in "(Microsoft,"), <c>Start</c>/<c>End</c> where it is in the text.
/// </summary>
internal readonly record struct Word(int Start, int End, string Core, char Before, char After, bool Possessive, bool InBrackets)
{
    /// <summary>
    /// The word in lower case, its non-breaking and Unicode hyphens (U+2010, U+2011) written as "-": "Late‑stage", "year‑on‑year" read
    /// as "late-stage", "year-on-year" (since the twenty-first session).
    /// </summary>
    public string Lower => Core.ToLowerInvariant().Replace('\u2011', '-').Replace('\u2010', '-');

    /// <summary>Starts with a capital ("Google", "OpenAI") or has one after a small letter ("xAI", "eBay").</summary>
    public bool IsCapitalised =>
        Core.Length > 0 && (char.IsUpper(Core[0]) || (char.IsLower(Core[0]) && Core.Skip(1).Any(char.IsUpper) && Core.All(char.IsLetterOrDigit)));

    /// <summary>
    /// Punctuation right after the word ends a name: "Google, Amazon". Since the glued-marks mend also any quote mark but the apostrophe
    /// ("Reuters» Google", "Reuters› Google"), a slash ("Reuters/ Google") and any other mark that is no part of a name ("Reuters… Google",
    /// "Reuters* Google", "Reuters† Google", "Reuters· Google"; see <see cref="Words.IsLooseMark"/>). A symbol glued to a word ("Amvuttra®",
    /// "Nvidia™") is peeled off it but ends no phrase: it is typography, not a break in the sentence.
    /// </summary>
    public bool EndsPhrase => After is ',' or ';' or ':' or ')' or ']' or '”' or '"' or '—' or '–' or '!' or '?' or '/' || (After == '.' && !Words.IsAbbreviation(Core))
        || (Words.IsQuoteMark(After) && After is not ('’' or '‘')) || (Words.IsLooseMark(After) && char.IsPunctuation(After));
}

/// <summary>Splits a stretch of text into <see cref="Word"/>s: whitespace separates them; brackets, quotes and trailing punctuation are peeled off.</summary>
internal static class Words
{
    private static readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Cos", "Ltd", "Pte", "Pvt", "Pty", "Sdn", "Ltda", "Intl", "Hldgs", "Bros", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr",
        "St", "U.S", "U.K", "N.V", "S.A", "B.V",
    };

    public static bool IsAbbreviation(string core) => _abbreviations.Contains(core) || IsInitials(core);

    /// <summary>
    /// Since the name-shapes sweep: "T" in "T. Rowe Price", "J.P" in "J.P. Morgan": a capital alone or capitals joined by periods is an
    /// initial, whose period ends no phrase (as the sentence splitter already reads it).
    /// </summary>
    private static bool IsInitials(string core) =>
        core.Length > 0 && core.Length <= 7 && core.Length % 2 == 1 && Enumerable.Range(0, core.Length).All(i => i % 2 == 0 ? char.IsAsciiLetterUpper(core[i]) : core[i] == '.');

    public static List<Word> Split(string text, int start, int end)
    {
        // "(Reuters reported that the deal values the startup at $5 billion.)": a sentence wholly in brackets is read as a sentence.
        (start, end) = WithoutWrappingBrackets(text, start, end);
        var words = new List<Word>();
        var depth = 0;
        var i = start;
        while (i < end)
        {
            i = SkipSpace(text, i, end);
            if (i >= end)
            {
                break;
            }

            var tokenStart = i;
            i = TokenEnd(text, i, end);
            var tokenEnd = i;
            var (coreStart, before, opened) = PeelLeading(text, tokenStart, tokenEnd);
            var inBrackets = depth > 0 || opened > 0;
            depth += opened;
            var (coreEnd, after) = PeelTrailing(text, coreStart, tokenEnd);
            after = PunctuationAfterPeriod(text, coreEnd, tokenEnd, after);

            depth = Math.Max(0, depth - text.AsSpan(coreStart, tokenEnd - coreStart).Count(')') - text.AsSpan(coreStart, tokenEnd - coreStart).Count(']'));

            if (coreEnd <= coreStart)
            {
                // A dash or slash standing alone ("Bangalore — Google", "/CNW/ - Brookfield") ends the phrase before it.
                if (words.Count > 0 && words[^1].After is '\0' or '/')
                {
                    words[^1] = words[^1] with { After = text[tokenStart] is '-' ? '—' : text[tokenStart] };
                }

                continue;
            }

            var possessive = PossessiveLength(text[coreStart..coreEnd]);
            if (possessive == 2 && OwnApostropheS.IsOwnEnding(text[coreStart..(coreEnd - 2)], words.Count > 0 ? words[^1] : null))
            {
                // "Moody's said", "McDonald's will invest": a name whose own last letters are "'s" is read whole, not as a possessive.
                possessive = 0;
            }

            coreEnd -= possessive;
            words.Add(new Word(coreStart, coreEnd, text[coreStart..coreEnd], before, after, possessive > 0, inBrackets));
        }

        return words;
    }

    /// <summary>Peels brackets and quotes off a token's start: where its core starts, the last mark peeled, and how many brackets it opened.</summary>
    private static (int CoreStart, char Before, int Opened) PeelLeading(string text, int tokenStart, int tokenEnd)
    {
        var coreStart = tokenStart;
        var before = '\0';
        var opened = 0;
        while (coreStart < tokenEnd && IsLeading(text[coreStart]))
        {
            before = text[coreStart];
            if (before is '(' or '[')
            {
                opened++;
            }

            coreStart++;
        }

        return (coreStart, before, opened);
    }

    /// <summary>Peels punctuation off a token's end: where its core ends and the first mark peeled.</summary>
    private static (int CoreEnd, char After) PeelTrailing(string text, int coreStart, int tokenEnd)
    {
        var coreEnd = tokenEnd;
        var after = '\0';
        while (coreEnd > coreStart && IsTrailing(text[coreEnd - 1]))
        {
            coreEnd--;
            after = text[coreEnd];
        }

        return (coreEnd, after);
    }

    /// <summary>The sentence inside brackets that open it and close only at its end, or the sentence as it is.</summary>
    private static (int Start, int End) WithoutWrappingBrackets(string text, int start, int end)
    {
        var first = SkipSpace(text, start, end);
        var last = end - 1;
        while (last > first && (char.IsWhiteSpace(text[last]) || text[last] is '.' or '!' or '?'))
        {
            last--;
        }

        if (first >= last || text[first] != '(' || text[last] != ')')
        {
            return (start, end);
        }

        var depth = 0;
        for (var i = first; i < last; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                // "(Reuters) - Amazon … (AMZN.O)": the opening bracket closes before the end.
                return (start, end);
            }
        }

        // "(Reporting by Jane Doe; Editing by …)", "($1 = 0.92 euros)": a wire's credit or conversion line stays in its brackets.
        var inner = text.AsSpan(first + 1, last - first - 1).TrimStart();
        foreach (var credit in _creditLineOpeners)
        {
            if (inner.StartsWith(credit, StringComparison.OrdinalIgnoreCase))
            {
                return (start, end);
            }
        }

        return (first + 1, last);
    }

    private static readonly string[] _creditLineOpeners =
    [
        "Reporting", "Additional reporting", "Writing", "Editing", "Edited", "Compiled", "Production", "Graphic", "Photo", "Image", "$",
        "Source", "Via", "This story", "This article", "Updated", "Corrects",
    ];

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where the token starting at <paramref name="i"/> ends: at whitespace, or where "(Jiji Press)--SoftBank", "December--led" or
    /// "II—valuing" glues two words. A token is never empty: a break at its own first character ("--led") does not end it.
    /// </summary>
    private static int TokenEnd(string text, int i, int end)
    {
        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && (i == start || !IsGluedBreak(text, i, end)))
        {
            i++;
        }

        return i < end && text[i] == ')' ? i + 1 : i;
    }

    /// <summary>How many characters of a possessive end the word: 2 for "SoftBank's", 1 for "Employees’", 0 for none.</summary>
    private static int PossessiveLength(string core)
    {
        if (core.Length > 2 && (core.EndsWith("'s", StringComparison.Ordinal) || core.EndsWith("’s", StringComparison.Ordinal) || core.EndsWith("”s", StringComparison.Ordinal)))
        {
            return 2;
        }

        return core.Length > 1 && (core.EndsWith('\'') || core.EndsWith('’')) && core[^2] == 's' ? 1 : 0;
    }

    /// <summary>"Toyota Motor Corp., Sony": the comma after an abbreviation's period still ends the name.</summary>
    /// Since the glued-marks mend also any other mark that ends a phrase: "Banco Santander S.A.… Google", "Apple Inc.» Google".
    private static char PunctuationAfterPeriod(string text, int coreEnd, int tokenEnd, char after) =>
        after == '.' && coreEnd + 1 < tokenEnd && (text[coreEnd + 1] is ',' or ';' or ':' or '/' || IsLooseMark(text[coreEnd + 1])
            || (IsQuoteMark(text[coreEnd + 1]) && text[coreEnd + 1] is not ('’' or '‘'))) ? text[coreEnd + 1] : after;

    private static bool IsGluedBreak(string text, int i, int end) =>
        i > 0 && i + 1 < end && ((text[i] == '-' && text[i + 1] == '-' && char.IsLetterOrDigit(text[i - 1]))
            || (text[i] == ')' && char.IsLetterOrDigit(text[i - 1]) && (text[i + 1] == '-' || char.IsLetter(text[i + 1]))))
        || IsAfterGluedEmDash(text, i);

    /// <summary>"Vision Fund II—valuing the company", "The deal—potentially": an em dash between two words ends the first (and its phrase).</summary>
    private static bool IsAfterGluedEmDash(string text, int i) =>
        i > 1 && text[i - 1] == '—' && char.IsLetterOrDigit(text[i - 2]) && (char.IsLetterOrDigit(text[i]) || text[i] is '$' or '€' or '£');

    private static bool IsLeading(char c) => c is '(' or '[' or '“' or '"' or '‘' or '\'' or '—' or '–' or '-' or '/' || IsQuoteMark(c) || IsLooseMark(c);

    private static bool IsTrailing(char c) => c is ',' or ';' or ':' or ')' or ']' or '”' or '"' or '’' or '\'' or '.' or '!' or '?' or '—' or '–' or '/' || IsQuoteMark(c) || IsLooseMark(c);

    /// <summary>
    /// Since the glued-marks mend: a quote mark of any language, peeled off a word as “ and ” are: guillemets « » ‹ ›, low quotes „ ‚,
    /// the high reversed ones ‟ ‛, corner brackets 「 」 『 』 and the full-width ＂ (Unicode's initial and final quote punctuation and these).
    /// "according to «Reuters»" reads Reuters.
    /// </summary>
    public static bool IsQuoteMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        || c is '„' or '‚' or '「' or '」' or '『' or '』' or '〝' or '〞' or '〟' or '＂';

    /// <summary>
    /// Since the glued-marks mend: a mark that is never part of a name, peeled off a word's ends and ending the phrase: the ellipses … ‥,
    /// asterisks, daggers † ‡, bullets • ‣ ·, section and pilcrow signs, inverted marks, backslashes and vertical bars (Unicode's other
    /// punctuation) and the other symbols (™ ® © ★ ►). Not the marks a name or an amount holds: "." ("S.A."), "&" ("AT&T"), "%", "#",
    /// "@", nor hyphens, apostrophes, currency signs and the mathematical ones ("+" in "Series A+").
    /// </summary>
    public static bool IsLooseMark(char c) =>
        c > ' ' && c is not ('.' or '&' or '%' or '#' or '@' or '\'' or ',' or ';' or ':' or '!' or '?' or '"')
        && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OtherSymbol || c is '|' or '¦');
}
