namespace DealTracker.Domain.Figures;

/// <summary>A sentence's place in a text: trimmed, never empty.</summary>
internal readonly record struct SentenceSpan(int Start, int Length);

/// <summary>
/// Splits news text into sentences. A line break always ends a sentence. '.', '!', '?' and '…'
/// (with any closing quotes or brackets) end one when whitespace follows and the next word does
/// not start in lower case, except after an abbreviation ("Jan.", "U.S.", "approx.", "Inc."),
/// an initial ("J. P. Morgan") or "No." before a number. "$2.5bn" and "Amazon.com" never split:
/// no whitespace follows their period.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // Months
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",

        // Titles
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",

        // Companies
        "inc", "corp", "co", "cos", "ltd", "pte", "llc", "plc", "bros", "pvt", "pty", "sdn", "ltda", "intl", "hldgs", "mfg",

        // Figures and references
        "approx", "est", "vs", "cf", "al", "ca", "fig", "rs", "dept", "mt",

        // Scales: "1,5 Mrd. €", "Rs 5 cr. in"
        "mrd", "mio", "mds", "bil", "mil", "cr",
    };

    // Currency abbreviations written with a period before the number; "Fr." is also "Friday" and "Father", so the period
    // ends no sentence only when digits follow.
    private static readonly HashSet<string> _currencyAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "fr", "sfr", "inr", "rls", "dh", "dhs", "rp",
    };

    public static List<SentenceSpan> Split(string text)
    {
        var sentences = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                Add(text, start, i, sentences);
                start = i + 1;
                continue;
            }

            if (!IsTerminal(c))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsTerminal(text[end]))
            {
                end++;
            }

            var punctuationEnd = end;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                // "2.5", "U.S.", "Amazon.com", "?!x": not the end of a sentence.
                i = punctuationEnd - 1;
                continue;
            }

            if (c == '.' && punctuationEnd == i + 1 && end == i + 1 && IsAbbreviation(text, i))
            {
                continue;
            }

            if (NextWordIsLowerCase(text, end))
            {
                i = end - 1;
                continue;
            }

            Add(text, start, end, sentences);
            start = end;
            i = end - 1;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    /// <summary>True when the period at <paramref name="dot"/> closes an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        if (start == dot)
        {
            return false;
        }

        var token = text.AsSpan(start, dot - start);
        if (token.Length == 1 || token.Contains('.'))
        {
            // "J." in "J. P. Morgan", "c." for circa; "U.S", "e.g", "i.e".
            return true;
        }

        if (token.Equals("no", StringComparison.OrdinalIgnoreCase) || token.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 1", but "the answer was no. Then".
            return NextNonSpaceIsDigit(text, dot + 1);
        }

        if (_currencyAbbreviations.Contains(token.ToString()))
        {
            // "Fr. 300 million", "INR. 42 crore", "Rls. 5 billion": a currency abbreviation before its amount.
            return NextNonSpaceIsDigit(text, dot + 1);
        }

        return _abbreviations.Contains(token.ToString());
    }

    private static bool NextNonSpaceIsDigit(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]) && !IsLineBreak(text[index]))
        {
            index++;
        }

        return index < text.Length && char.IsDigit(text[index]);
    }

    private static bool NextWordIsLowerCase(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]) && !IsLineBreak(text[index]))
        {
            index++;
        }

        return index < text.Length && char.IsLower(text[index]);
    }

    private static void Add(string text, int start, int end, List<SentenceSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, end - start));
        }
    }
}

/// <summary>
/// The sentences of a text as the extractor reads them (<see cref="SentenceSplitter"/>): for a proposal outside the domain that
/// quotes the sentence a mention was read from, with the same rules for abbreviations ("Amazon.com Inc. is in talks") and
/// initials as a figure's <see cref="ExtractedFigure.Sentence"/>.
/// </summary>
public static class Sentences
{
    /// <summary>The sentence holding <paramref name="index"/> (trimmed): its start and length; an empty span when none holds it.</summary>
    public static (int Start, int Length) Around(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (index < sentence.Start + sentence.Length)
            {
                return index >= sentence.Start ? (sentence.Start, sentence.Length) : (index, 0);
            }
        }

        return (index, 0);
    }
}
