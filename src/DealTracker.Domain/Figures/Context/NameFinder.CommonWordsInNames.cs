namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the inv70 sweep: a capitalised common word that names nothing on its own ("Data", "Market", "Funding", "One") is part of a
/// name when it sits inside one: "Yotta Data Services", "Global Data Systems", "Emerging Market Partners". Between two name words it
/// carries the run on; a capitalised number word after a name word ends it ("Formula One", "Capital One"), unless the name is a
/// listed outlet or the number word opens a count ("One of", "One day").
/// </summary>
internal static partial class NameFinder
{
    /// <summary>Common words in <see cref="Lexicon.NotNames"/> that may stand inside a name (never titles, dates or function words).</summary>
    private static readonly HashSet<string> _commonWordsInsideNames = new(StringComparer.Ordinal)
    {
        "Data", "Market", "Funding", "Frontier", "Strategic", "Private", "Public", "Venture", "Revenue", "Sales",
        "Investor", "Leadership", "Coverage", "Companies", "Company", "Deal", "Deals", "Large", "Big", "Internet", "Key", "Early",
        "Fresh", "Initial", "Recent", "Latest", "Major", "Current", "Documents", "DNA", "IT", "Regulatory",
    };

    /// <summary>Number words that end a name after a name word: "Formula One", "Capital One", "Air Force One".</summary>
    private static readonly HashSet<string> _numberWordsEndingNames = new(StringComparer.Ordinal) { "One" };

    /// <summary>
    /// Where the run ending at <paramref name="last"/> goes on over a common word at <paramref name="last"/> + 1: past it and the name
    /// word after it ("Yotta Data Services"), or onto a closing number word ("Formula One"); -1 when it does not.
    /// </summary>
    private static int CommonWordInsideNameEnd(IReadOnlyList<Word> words, int first, int last)
    {
        var next = words[last + 1];
        if (next.InBrackets || !next.IsCapitalised)
        {
            return -1;
        }

        if (_commonWordsInsideNames.Contains(next.Core) && !next.EndsPhrase && !next.Possessive && last + 2 < words.Count
            && CanContinue(words[last + 2]) && !_commonWordsInsideNames.Contains(words[last + 2].Core))
        {
            return last + 1;
        }

        // "Formula One turned into", "Capital One's deal": the number word closes the name; "Google One of" would count.
        var closes = last + 2 >= words.Count || next.EndsPhrase || next.Possessive || !words[last + 2].IsCapitalised;
        return _numberWordsEndingNames.Contains(next.Core) && closes && !Lexicon.NotNames.Contains(words[last].Core)
            && (last + 2 >= words.Count || next.EndsPhrase || words[last + 2].Lower is not ("of" or "day" or "year" or "month" or "week"))
            ? last + 1
            : -1;
    }

    /// <summary>"Global Data Systems": a place-led run with a common word inside it is a company's name.</summary>
    private static bool HasCommonWordInside(IReadOnlyList<Word> words, int first, int last) =>
        last - first >= 2 && Enumerable.Range(first + 1, last - first - 1).Any(k => words[k].Core is "Data" or "Market");

    /// <summary>Common words that open a firm's name when a firm's word ends it: "Global Data Systems", "Frontier Market Partners".</summary>
    private static readonly HashSet<string> _commonNameOpeners = new(StringComparer.Ordinal) { "Global", "Frontier", "Strategic" };

    /// <summary>Words a firm's name ends on.</summary>
    private static readonly HashSet<string> _firmEndings = new(StringComparer.Ordinal)
    {
        "Systems", "Services", "Solutions", "Technologies", "Networks", "Labs", "Industries", "Partners", "Infrastructure", "Investors", "Advisors",
    };

    /// <summary>The last word of a name a common word opens at <paramref name="i"/> ("Global Data Systems"), or -1.</summary>
    private static int CommonWordLedNameEnd(string text, IReadOnlyList<Word> words, int i)
    {
        if (!_commonNameOpeners.Contains(words[i].Core) || words[i].InBrackets || words[i].EndsPhrase || words[i].Possessive || i + 1 >= words.Count
            || !(CanContinue(words[i + 1]) || _commonWordsInsideNames.Contains(words[i + 1].Core)))
        {
            return -1;
        }

        var end = RunEnd(text, words, i);
        var ending = words[end].Core;
        return end > i && (_firmEndings.Contains(ending) || Lexicon.OrganisationEndings.Contains(ending) || Lexicon.CorporateSuffixes.Contains(ending)) ? end : -1;
    }
}
