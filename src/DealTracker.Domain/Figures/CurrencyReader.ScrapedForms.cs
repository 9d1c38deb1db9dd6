namespace DealTracker.Domain.Figures;

/// <summary>
/// Currency signs as scraped pages and regional wires garble them: a doubled dollar sign ("S$$47.9 million", "U$$ 774mn"),
/// a stray letter glued to a symbol ("I₹5,100 crore", an icon font's leftover), an ISO code written before a dollar sign
/// ("EUR $80 million"), the doubled Romance linker ("1 milliard de d’euros"), and a lower-case word glued to a dollar sign ("at$275
/// million"). Each check looks at a few characters at
/// one place, so reading stays linear.
/// </summary>
internal static partial class CurrencyReader
{
    /// <summary>
    /// Where the dollar sign at <paramref name="dollar"/> starts when it is written twice ("S$$47.9 million", "U$$ 774mn",
    /// "$$5bn"): the first of the two; <paramref name="dollar"/> itself otherwise. The letters before it qualify it as usual.
    /// </summary>
    private static int DoubledDollar(string s, int dollar, int floor) =>
        dollar - 1 >= floor && s[dollar - 1] == '$' && !(dollar - 2 >= floor && s[dollar - 2] == '$') ? dollar - 1 : dollar;

    /// <summary>
    /// Where a non-ASCII currency symbol's figure starts when one stray capital letter, standing alone, is glued before it:
    /// "I₹5,100 crore" is read as "₹5,100 crore" (the span keeps the letter). Null when there is none, or when the letter is
    /// part of a word ("RI₹5") or the symbol is an ASCII one ("X$5", "XS$5" stay unread).
    /// </summary>
    private static int? StrayLetterBeforeSymbol(string s, int start, string form, int floor)
    {
        if (form.Length != 1 || form[0] < 0x80 || char.IsLetter(form[0]) || start - 1 < floor || !char.IsAsciiLetterUpper(s[start - 1]))
        {
            return null;
        }

        return start - 1 == 0 || !char.IsLetterOrDigit(s[start - 2]) ? start - 1 : null;
    }

    /// <summary>
    /// Whether a lower-case word of two or more letters, which names no dollar, is glued before the dollar sign at <paramref name="dollar"/>:
    /// "at$275 million", "contribute$ 3 billion" (not "us$5", "hk$", "c$", which <see cref="AttachedQualifiedDollar"/> reads, nor "US$").
    /// </summary>
    private static bool GluedWordBeforeDollar(string s, int dollar, int floor)
    {
        var start = dollar;
        while (start > floor && char.IsAsciiLetterLower(s[start - 1]))
        {
            start--;
        }

        return dollar - start >= 2 && (start == 0 || (!char.IsLetterOrDigit(s[start - 1]) && s[start - 1] is not ('\'' or '’' or '-')))
            && !Currencies.DollarQualifiers.ContainsKey(s[start..dollar]);
    }

    /// <summary>
    /// An upper-case ISO code of the table written before a dollar sign, glued or after a space ("EUR $80 million",
    /// "EUR$80 million"): the code says the currency, the sign is a scraper's or a writer's habit. Null otherwise.
    /// </summary>
    private static (int Start, string Code)? CodeBeforeDollar(string s, int start, int length) =>
        length == 3 && IsCode(s, start) is { } iso ? (start, iso) : null;

    /// <summary>
    /// The Romance linker written twice, as scraped or hastily edited copy does: "1 milliard de d’euros", "100 millones de de
    /// dólares". <paramref name="p"/> is just past the first linker; returns just past the second, or <paramref name="p"/>.
    /// </summary>
    private static int SkipDoubledLinker(string s, int p)
    {
        var n = s.Length;
        if (p + 2 < n && char.ToLowerInvariant(s[p]) == 'd' && s[p + 1] is '\'' or '’' && char.IsLetter(s[p + 2]))
        {
            return p + 2;
        }

        return p + 3 < n && char.ToLowerInvariant(s[p]) == 'd' && s[p + 1] is 'e' or 'i' && s[p + 2] == ' ' && char.IsLetter(s[p + 3]) ? p + 3 : p;
    }
}
