namespace DealTracker.Domain.Figures;

/// <summary>
/// Money written in a currency's hundredth, as market reports write share prices and moves: the British papers' pence glued to
/// the number ("a 455p a share bid", "shares fell 12p to 455p", "274.4p"), the Philippine papers' centavos ("gained nine
/// centavos", "up 25 centavos to 11.25 pesos"), the Malaysian sen ("88 sen a share"), the Swiss centime ("76 centimes per share") and the dollar's cents ("shares fell 51 cents", a dollar of the text's country, else
/// the US dollar). Each is read as a hundredth of its currency: 455p is £4.55, nine centavos ₱0.09.
/// The glued "p" is read here only when nothing but a non-letter follows it ("455p", not "4pm", "5p.m." or "P2P", whose capital is
/// no pence); whether the sentence speaks of prices is the extractor's check (<see cref="FigureExtractor"/>), as "1080p" is a
/// screen, not a price.
/// </summary>
internal static partial class CurrencyReader
{
    // The pesos whose hundredth is a centavo, Philippine first: English-language copy writes centavos for the Philippine peso (Mexican,
    // Argentine, Colombian, Chilean and Brazilian amounts in English copy are in cents), unless the text names another of these countries.
    private static readonly string[] _centavoCurrencies = ["PHP", "MXN", "ARS", "COP", "CLP", "BRL"];

    // The francs and dirhams whose hundredth is a centime, Swiss first, unless the text names Morocco.
    private static readonly string[] _centimeCurrencies = ["CHF", "MAD"];

    // The dollars whose hundredth is a cent, American first, unless the text names another's country ("shares fell 51 cents").
    private static readonly string[] _centCurrencies = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD"];

    // The dollar a country's name before "cents" gives: "4.2 Australian cents" (lower-case, as MatchesWord compares).
    private static readonly (string Name, string Code)[] _namedCents =
    [
        ("australian", "AUD"), ("canadian", "CAD"), ("us", "USD"), ("u.s.", "USD"), ("american", "USD"), ("singapore", "SGD"), ("nz", "NZD"),
        ("hong kong", "HKD"),
    ];

    /// <summary>
    /// A hundredth written right after the number: a glued lower-case "p" at <paramref name="p"/> (pence) or "centavo(s)" after spaces at
    /// <paramref name="w"/>. Null when there is none, or after a scale ("5bn p" is nothing).
    /// </summary>
    private static SuffixCurrency? SubunitSuffix(string s, int p, int w, bool afterScale, CurrencyContext context)
    {
        if (afterScale)
        {
            return null;
        }

        // "455p", "274.4p,", "12p)": a glued "p" with no letter or digit after it, and not "p.m." or "p.c.".
        if (p < s.Length && s[p] == 'p' && !IsLetterAt(s, p + 1) && !(p + 1 < s.Length && char.IsDigit(s[p + 1]))
            && !(p + 2 < s.Length && s[p + 1] == '.' && char.IsLetter(s[p + 2])))
        {
            return new SuffixCurrency(p + 1, "GBP", false, false, false, 0.01m);
        }

        // Since the twenty-fourth session: the Australian and New Zealand papers' cents glued to the number ("priced at 14c each", "closed
        // at 7.7c"), read as the glued pence are (a lower-case "c" with no letter, digit or apostrophe after it; "14C" is a temperature),
        // only in a sentence about prices (FigureExtractor.IsPenceSentence).
        if (p < s.Length && s[p] == 'c' && !IsLetterAt(s, p + 1) && !(p + 1 < s.Length && (char.IsDigit(s[p + 1]) || s[p + 1] == '\'')))
        {
            return new SuffixCurrency(p + 1, context.Choose(_centCurrencies), false, false, false, 0.01m);
        }

        // "4.2 Australian cents", "3 US cents": the dollar named before "cents".
        foreach (var (name, code) in _namedCents)
        {
            if (w > p && MatchesWord(s, w, name) && AfterGap(s, w + name.Length) is var c && c > w + name.Length && MatchesWord(s, c, "cents"))
            {
                return new SuffixCurrency(c + 5, code, false, false, false, 0.01m);
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["centavos", "centavo"])
        {
            if (w > p && MatchesWord(s, w, name))
            {
                return new SuffixCurrency(w + name.Length, context.Choose(_centavoCurrencies), false, false, false, 0.01m);
            }
        }

        // Since the thirty-eighth session: the centime, a hundredth of the Swiss franc in English copy ("UBS will pay 76 centimes per share for
        // Credit Suisse", "a 25-centime offer"), or of the Moroccan dirham when the text names Morocco.
        foreach (var name in (ReadOnlySpan<string>)["centimes", "centime"])
        {
            if (w > p && MatchesWord(s, w, name))
            {
                return new SuffixCurrency(w + name.Length, context.Choose(_centimeCurrencies), false, false, false, 0.01m);
            }
        }

        // "fell 51 cents", "a dividend of 25 cents a share": the word, not "per cent" (a word between) or "percent".
        foreach (var name in (ReadOnlySpan<string>)["cents", "cent"])
        {
            if (w > p && MatchesWord(s, w, name))
            {
                return new SuffixCurrency(w + name.Length, context.Choose(_centCurrencies), false, false, false, 0.01m);
            }
        }

        // Since the twenty-third session: the Malaysian papers' sen, a hundredth of the ringgit ("a takeover offer at 88 sen a share",
        // "shares rose as much as 44 sen"), lower-case only ("Sen." is a senator).
        if (w > p && MatchesWord(s, w, "sen") && s[w] == 's')
        {
            return new SuffixCurrency(w + 3, "MYR", false, false, false, 0.01m);
        }

        return null;
    }

    /// <summary>Whether <paramref name="suffix"/> is a hundredth glued to the number ending at <paramref name="numberEnd"/>: pence "p" or cents "c".</summary>
    public static bool IsGluedSubunit(string s, int numberEnd, SuffixCurrency? suffix) =>
        suffix is { Factor: 0.01m } subunit && subunit.End == numberEnd + 1 && s[numberEnd] is 'p' or 'c';
}
