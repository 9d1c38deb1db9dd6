namespace DealTracker.Domain.Figures;

/// <summary>
/// Money as regional business papers write it with no currency sign the table reads: Indian papers' bare crore and lakh
/// ("raised 85 crore from investors" is rupees), the Indian grouping a typo cuts short ("Rs 6,98.38 crore"), and the
/// one-letter signs of Nigerian, Korean and South African papers before a number grouped in thousands ("N2,500",
/// "W37,550", "R36,301"). Each check looks at the number and a few characters around it.
/// </summary>
public static partial class FigureExtractor
{
    // The currencies "rupees" names, in the table's order: a bare crore is the rupee of the country the text names, else India's.
    private static readonly string[] _rupees = ["INR", "PKR", "LKR", "NPR"];

    // Scale words of the Indian numbering system.
    private static readonly HashSet<string> _indianScales = new(StringComparer.OrdinalIgnoreCase)
    {
        "crore", "crores", "cr", "crs", "lakh", "lakhs", "lac", "lacs",
    };

    // Words after a bare crore amount that show it is the amount itself ("85 crore from investors"), not a count of
    // something named next ("3.68 crore shares", "10 crore users").
    private static readonly HashSet<string> _afterBareCrore = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "last", "this", "next", "a", "an", "the", "for", "from", "to", "on", "at", "by", "and", "or", "with", "per", "over",
        "since", "during", "as", "that", "which", "annually", "each", "apiece", "while", "but", "after", "before", "when", "versus",
        "vs", "into", "through", "via", "towards", "toward", "against", "till", "until", "within", "respectively", "so", "is", "was",
        "were", "will", "would", "has", "had", "have", "are", "be", "been", "being", "its", "his", "her", "their", "our",
    };

    /// <summary>
    /// The rupee a bare crore or lakh amount is in ("raised 85 crore from investors", "1,500 crore.", "(85 crore)"): Indian
    /// papers write rupees so and mean nothing else by an amount in crore. Read only when the scale is an Indian one and the
    /// amount ends the sentence or a clause, or a function word follows it; "3.68 crore shares" and "10 lakh users" count
    /// things and stay no money. The rupee is the one whose country the text names (a Pakistani paper's crore is PKR), else INR.
    /// </summary>
    private static string? BareCroreRupee(string sentence, NumberToken number, int coreEnd, CurrencyContext context)
    {
        // The scale word is the last word of the amount: "85 crore", "1.5 lakh crore", "two crore", "70 Crs.".
        var wordEnd = coreEnd;
        if (wordEnd > number.Start && sentence[wordEnd - 1] == '.')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > number.Start && char.IsLetter(sentence[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == wordEnd || !_indianScales.Contains(sentence[wordStart..wordEnd]))
        {
            return null;
        }

        if (coreEnd >= sentence.Length || sentence[coreEnd] is ',' or '.' or ';' or ':' or ')' or ']' or '!' or '?' or '"' or '”' or '’' or '\'' or '\u2014' or '\u2013'
            || (sentence[coreEnd] == ' ' && (coreEnd + 1 >= sentence.Length || _afterBareCrore.Contains(NextWord(sentence, coreEnd + 1)) || sentence[coreEnd + 1] is '(' or '-' or '\u2013' or '\u2014')))
        {
            return context.Choose(_rupees);
        }

        return null;
    }

    /// <summary>
    /// "Rs 6,98.38 crore": Indian two-digit groups with a decimal point where the last group of three should be, a typo for
    /// 698.38 that the number reader rejects. Read with the commas dropped, only when the figure turns out rupees (an Indian sign
    /// before it or a crore after it). Null otherwise.
    /// </summary>
    private static Candidate? IndianGroupingTypo(string sentence, int i, int floor, CurrencyContext context)
    {
        var n = sentence.Length;
        var p = i;
        while (p < n && p - i < 3 && char.IsAsciiDigit(sentence[p]))
        {
            p++;
        }

        var digits = new System.Text.StringBuilder(sentence, i, p - i, 16);
        var groups = 0;
        while (p + 2 < n && sentence[p] == ',' && char.IsAsciiDigit(sentence[p + 1]) && char.IsAsciiDigit(sentence[p + 2])
               && !(p + 3 < n && char.IsAsciiDigit(sentence[p + 3])) && groups < 6)
        {
            digits.Append(sentence, p + 1, 2);
            p += 3;
            groups++;
        }

        if (groups == 0 || p + 1 >= n || sentence[p] != '.' || !char.IsAsciiDigit(sentence[p + 1]))
        {
            return null;
        }

        var fractionStart = p + 1;
        p = fractionStart;
        while (p < n && p - fractionStart < 6 && char.IsAsciiDigit(sentence[p]))
        {
            p++;
        }

        if (p < n && (char.IsAsciiDigit(sentence[p]) || (p + 1 < n && sentence[p] is '.' or ',' && char.IsAsciiDigit(sentence[p + 1]))))
        {
            return null;
        }

        var value = decimal.Parse(digits + "." + sentence[fractionStart..p], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);
        var number = new NumberToken(i, p, value, null, false, false);
        return ReadCandidate(sentence, number, floor, context, false) is { Currency: { } code } candidate && Array.IndexOf(_rupees, code) >= 0 ? candidate : null;
    }

    /// <summary>"2,500", "37,550": a number in digits grouped in thousands with commas, as a one-letter sign's price is written.</summary>
    private static bool GroupedInThousands(string sentence, NumberToken number) =>
        !number.InWords && number.Value >= 1000 && sentence.AsSpan(number.Start, number.End - number.Start).Contains(',');
}
