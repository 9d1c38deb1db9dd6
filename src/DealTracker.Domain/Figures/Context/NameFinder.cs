using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>A run of capitalised words in a sentence: an organisation, an outlet or a person.</summary>
/// <param name="First">Index of its first word.</param>
/// <param name="Last">Index of its last word.</param>
/// <param name="Start">Where the name starts in the text.</param>
/// <param name="End">Where it ends (a corporate suffix's period included: "Inc.").</param>
/// <param name="Text">The name as written, without a leading "The" unless the outlet or the firm is called so ("The Carlyle Group").</param>
/// <param name="Possessive">Written with "'s": "SoftBank's".</param>
/// <param name="Kind">Organisation, outlet or person.</param>
internal sealed record Name(int First, int Last, int Start, int End, string Text, bool Possessive, NameKind Kind);

internal enum NameKind
{
    Organisation,
    Outlet,
    Person,
}

/// <summary>
/// Finds names in a sentence: runs of capitalised words ("SoftBank Group Corp.", "Mubadala Investment Company", "xAI"),
/// broken by punctuation and possessives, without dates, places, titles or sentence openers ("Earlier", "The"), and
/// never inside brackets (tickers such as "(NASDAQ: MSFT)"). A run after a title ("CEO Andy Jassy") or starting with a
/// common first name is a person; a listed or outlet-shaped run ("Bloomberg News") is an outlet.
/// </summary>
internal static partial class NameFinder
{
    public static List<Name> Find(string text, IReadOnlyList<Word> words, KnownNames known)
    {
        var names = new List<Name>();
        var i = 0;
        while (i < words.Count)
        {
            // "SK hynix", "state-owned Qatar Airways": a name the app knows is read whole where the guess would read less of it.
            if (!known.IsEmpty && KnownNameAt(text, words, i, known) is { } knownName)
            {
                names.Add(knownName);
                i = knownName.Last + 1;
                continue;
            }

            if (StartsNoName(text, words, i))
            {
                i++;
                continue;
            }

            if (ShapedNameEnd(text, words, i) is var shapedEnd and >= 0)
            {
                names.Add(Describe(text, words, i, shapedEnd)!);
                i = shapedEnd + 1;
                continue;
            }

            i = RunNameAt(text, words, i, names);
        }

        return names;
    }

    /// <summary>Where a name the run of capitals would misread, starting at word <paramref name="i"/>, ends; -1 when none starts there.</summary>
    private static int ShapedNameEnd(string text, IReadOnlyList<Word> words, int i)
    {
        // "Venture Intelligence", "Korea Economic Daily": a listed outlet of several words is one name, even where its words
        // would not start or carry on a name ("Venture" does not).
        if (ListedOutletEnd(text, words, i) is var outletEnd and > 0 && outletEnd > RunEndOrSelf(text, words, i))
        {
            return outletEnd;
        }

        // "the Fintech Growth Fund": a common word that opens no name on its own opens a fund's name after "the"; so does a plural
        // possessive with more of the name after it ("The People's Bank of China").
        if ((i > 0 && words[i - 1].Lower == "the" && IsBodyOfNamedFund(words, i)) || StartsWithPluralPossessive(text, words, i))
        {
            return RunEnd(text, words, i);
        }

        // Since the givers-and-shapes sweep: "Global Data Systems": a common word opening a firm's name (NameFinder.CommonWordsInNames.cs).
        if (CommonWordLedNameEnd(text, words, i) is var commonLedEnd and > 0)
        {
            return commonLedEnd;
        }

        // "Six Nations Rugby", "Seven & i": a number word opening a name; "500 Global will invest": a number opening a firm's name
        // before one of its words.
        if (NumberWordLedNameEnd(text, words, i) is var numberWordEnd and > 0)
        {
            return numberWordEnd;
        }

        return NumberLedFirmEnd(text, words, i) is var numberedEnd and > 0 ? numberedEnd : -1;
    }

    /// <summary>The known name written from word <paramref name="first"/> when the guess from capitals would read no longer a name there; else null.</summary>
    private static Name? KnownNameAt(string text, IReadOnlyList<Word> words, int first, KnownNames known)
    {
        if (known.MatchAt(words, first) is not { } match)
        {
            return null;
        }

        var guessEnd = StartsNoName(text, words, first) ? first - 1 : Math.Max(RunEndOrSelf(text, words, first), ListedOutletEnd(text, words, first));
        if (guessEnd > match.Last)
        {
            return null;
        }

        // "Mahindra Last Mile Mobility Ltd": a legal form written after a known company's name is part of it.
        var last = match.Last;
        while (match.Kind != NameKind.Outlet && !words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count
            && Lexicon.CorporateSuffixes.Contains(words[last + 1].Core) && !words[last + 1].InBrackets)
        {
            last++;
        }

        var start = words[first].Start;
        var end = words[last].End;
        if (end < text.Length && text[end] == '.' && Words.IsAbbreviation(words[last].Core))
        {
            end++;
        }

        var kind = match.Kind == NameKind.Outlet ? NameKind.Outlet : IsPerson(words, first, last) && !EndsInLegalForm(words, first, last) ? NameKind.Person : NameKind.Organisation;
        return new Name(first, last, start, end, text[start..end], words[last].Possessive, kind);
    }

    /// <summary>Reads the run of name words at first, adding its name ("China Investment Corporation"); returns the word after it.</summary>
    private static int RunNameAt(string text, IReadOnlyList<Word> words, int first, List<Name> names)
    {
        var placeFirst = !CanStart(words[first]);
        if (placeFirst && !(Lexicon.Places.Contains(words[first].Core) && !words[first].InBrackets))
        {
            return first + 1;
        }

        var last = RunEnd(text, words, first);

        // "the Japanese government", "the U.S. government": a country's government is an organisation, named by its place.
        if (placeFirst && IsGovernmentAfter(words, last))
        {
            names.Add(Describe(text, words, first, last + 1)!);
            return last + 2;
        }

        // "China Investment Corporation", "Public Investment Fund", "Gulf News": a place starts a name only when an organisation
        // word ends it or the whole is an outlet.
        // Since the thirty-eighth session, a legal form ends one too ("Taiwan Semiconductor Manufacturing Company Limited").
        if (placeFirst && (last == first || (!Lexicon.OrganisationEndings.Contains(words[last].Core)
                && !Lexicon.CorporateSuffixes.Contains(words[last].Core.TrimEnd('.')) && !HasBodyWord(words, first, last)
                && Lexicon.OutletName(text[words[first].Start..words[last].End]) is null && !SpelledByAcronym(words, first, last)
                && !IsPlaceLedCompany(words, first, last) && !HasCommonWordInside(words, first, last))))
        {
            // "Hong Kong Broadband Network": the whole place is passed, so its second word starts no name.
            return first + Math.Max(1, Lexicon.PlaceLength(words, first));
        }

        last = OutletPrefixEnd(text, words, first, last);

        // Since the common-words-alone mend: "Officials said", "Advanced talks", "We’re", "Á É Í" name nothing (NameFinder.CommonWordsAlone.cs).
        if (IsCommonWordAlone(words, first, last))
        {
            return last + 1;
        }

        if (Describe(text, words, first, last) is { } name)
        {
            names.Add(name);
        }

        return last + 1;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is one that starts no name whatever follows: a participle opening the sentence or a clause ("Created by Toyota",
    /// "Announcing its annual budget"), a ticker with its price move ("INTC -1.76%"), or a currency before its amount ("Dh 27 billion").
    /// </summary>
    private static bool StartsNoName(string text, IReadOnlyList<Word> words, int i)
    {
        // Since the thirty-fourth session: "a South Korean newspaper reported", "North American investors": a compass word and a
        // nationality before a common noun describe, they name nothing.
        if (words[i].Core is "South" or "North" or "East" or "West" or "Southeast" or "Northeast" or "Central" && i + 2 < words.Count
            && !words[i].EndsPhrase && Lexicon.Places.Contains(words[i + 1].Core) && !words[i + 1].EndsPhrase
            && words[i + 1].Core.EndsWith("an", StringComparison.Ordinal) && words[i + 2].Core.Length > 0 && char.IsLower(words[i + 2].Core[0]))
        {
            return true;
        }

        // Since the twenty-second session: "Prime Minister Anwar Ibrahim": "Prime" opens a title, not a name.
        if (words[i].Core == "Prime" && i + 1 < words.Count && words[i + 1].Core == "Minister" && !words[i].EndsPhrase)
        {
            return true;
        }

        // "Chapter 11", "Phase 2": a numbered term is no name (NameFinder.NumberedTerms.cs).
        if (IsNumberedTerm(words, i))
        {
            return true;
        }

        // "Created by Toyota ...", "Based in Paris, ...": a participle opening the sentence is no name.
        if (OpensClause(words, i) && i + 1 < words.Count && words[i].Lower.EndsWith("ed", StringComparison.Ordinal)
            && words[i + 1].Lower is "by" or "in" or "with" or "at" or "on" or "for" or "from")
        {
            return true;
        }

        // "Announcing its annual budget, …": a present participle opening the sentence before its object is no name ("Boeing said" is).
        if (OpensClause(words, i) && i + 1 < words.Count && words[i].Lower.EndsWith("ing", StringComparison.Ordinal) && !words[i].EndsPhrase
            && words[i + 1].Lower is "its" or "the" or "a" or "an" or "their" or "his" or "her" or "this" or "that" or "these" or "plans")
        {
            return true;
        }

        // "Notably, it invested", "Separately, …": an adverb opening the sentence or a clause before its comma is no name.
        if (OpensClause(words, i) && words[i].After == ',' && words[i].Lower.EndsWith("ly", StringComparison.Ordinal) && words[i].Core.Length > 4)
        {
            return true;
        }

        // "Sovereign wealth fund tracker Global SWF", "Activist hedge fund TCI": a kind of investor written in lower case after its
        // capitalised first word is no name ("Sovereign Wealth Fund Institute" is).
        if (_investorKindOpeners.Contains(words[i].Core) && i + 1 < words.Count && !words[i].EndsPhrase && !words[i + 1].IsCapitalised)
        {
            return true;
        }

        // "TORONTO, Aug. 1, 2023 /CNW/ -", "/PRNewswire/ --": a press-release wire credited between slashes in a dateline is no name.
        if (words[i].Before == '/' && words[i].End < text.Length && text[words[i].End] == '/')
        {
            return true;
        }

        // "FY21", "FY2024", "H1", "1H2023", "Q3": a fiscal period is no name; nor is a ticker with its exchange ("RY-T").
        if (IsPeriodCode(words[i].Core) || IsExchangeTicker(words[i].Core))
        {
            return true;
        }

        // "NIS 100 million", "USD 2bn": a currency written before its amount is no name; nor is a ticker with its price move.
        return (i + 1 < words.Count && _currencyWords.Contains(words[i].Core) && words[i + 1].Core.Length > 0 && char.IsDigit(words[i + 1].Core[0]))
            || (i > 0 && IsTickerQuote(text, words, i));
    }

    /// <summary>
    /// "RY-T", "BAM-A-T", "SHOP.TO": a ticker written with its exchange after a name ("Royal Bank of Canada RY-T"); also a Reuters code,
    /// ".UL" for an unlisted company ("Mubadala MUDEV.UL invested" → Mubadala); since the twenty-third session, numbered codes of Asian and
    /// Gulf exchanges ("STC 7010.SE built a stake", "Tencent 0700.HK").
    /// </summary>
    private static bool IsExchangeTicker(string core) => _exchangeTicker.IsMatch(core) && !IsDottedLegalForm(core);

    private static readonly Regex _exchangeTicker = new(
        @"^(?:[A-Z]{1,5}(?:-[A-Z])?|\d{3,6})(?:-(?:T|N|A|O|Q|V|U)|\.(?:TO|V|N|L|HK|KS|KQ|NS|BO|SS|SZ|DE|PA|AS|SW|AX|UL|O|OQ|T|MI|SI|BK|KL|JK|TW|TWO|SA|MC|ST|CO|OL|HE|SE|DU|AD|QA|KW))$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"FY21", "FY2024", "CY23", "H1", "2H", "1H2023", "Q3", "Q4FY24": a fiscal or calendar period.</summary>
    private static bool IsPeriodCode(string core) => _periodCode.IsMatch(core);

    private static readonly Regex _periodCode = new(
        @"^(?:(?:FY|CY)(?:\d{2}|\d{4})|[1-4]?[HQ][1-4]?(?:FY)?(?:\d{2}|\d{4})?)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Whether word <paramref name="i"/> opens the sentence or a clause after a colon, semicolon or dash ("Background: Valued at …").</summary>
    private static bool OpensClause(IReadOnlyList<Word> words, int i) => i == 0 || words[i - 1].After is ':' or ';' or '—';

    /// <summary>
    /// Whether word <paramref name="i"/>, after a name of two or more words, is its number: one or two digits that close the phrase or
    /// come before a verb ("PNB Capital Global 2, invested", "Vision Fund 2 will invest"), not an amount or a count ("Fund 2 billion").
    /// </summary>
    private static bool IsNumberEndingName(IReadOnlyList<Word> words, int i)
    {
        if (i >= words.Count || words[i].Core.Length is < 1 or > 2 || !words[i].Core.All(char.IsAsciiDigit) || words[i].InBrackets
            || words[i - 1].After != '\0')
        {
            return false;
        }

        return words[i].EndsPhrase || words[i].Possessive || (i + 1 < words.Count
            && (_verbsAfterANumberedName.Contains(words[i + 1].Lower) || _wordsAfterANumberedFund.Contains(words[i + 1].Lower)));
    }

    private static readonly HashSet<string> _verbsAfterANumberedName = new(StringComparer.Ordinal)
    {
        "invested", "invests", "will", "would", "has", "have", "had", "is", "was", "led", "said", "plans", "agreed", "committed", "pledged",
        "bought", "acquired", "paid", "put", "poured", "injected", "contributed", "also", "which", "and", "co-led", "backed", "invest",
    };

    /// <summary>The last word of the run of capitalised words starting at <paramref name="first"/>.</summary>
    private static int RunEnd(string text, IReadOnlyList<Word> words, int first)
    {
        var last = first;
        while (!words[last].EndsPhrase && (!words[last].Possessive || IsPluralPossessiveInName(text, words, last)) && last + 1 < words.Count)
        {
            (last, var stop) = RunStep(text, words, first, last);
            if (stop)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>One step of <see cref="RunEnd"/> past word <paramref name="last"/>: the name's new last word and whether the run stops there.</summary>
    private static (int Last, bool Stop) RunStep(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var next = words[last + 1];
        if (IsTickerQuote(text, words, last + 1) || IsExchangeTicker(next.Core))
        {
            // "Intel Corp. INTC -1.76% said": a ticker and its price move follow the name, they are not part of it.
            return (last, true);
        }

        if (CanContinue(next) || IsBodyOfNamedFund(words, last + 1))
        {
            return (last + 1, false);
        }

        // "QED Investors": "Investors" ends a firm's name (NameFinder.InvestorsEndings.cs).
        if (EndsWithInvestors(words, last, last + 1))
        {
            return (last + 1, true);
        }

        if (next.Core is "One" or "Two" or "Three" && last + 2 < words.Count && Lexicon.CorporateSuffixes.Contains(words[last + 2].Core))
        {
            // "MIH Investments One B.V.": a number word inside a name that a legal form ends.
            return (last + 2, false);
        }

        if (next.Core is "Private" or "Venture" && !next.EndsPhrase && last + 2 < words.Count && words[last + 2].Core is "Equity" or "Capital" or "Partners"
            && !words[last + 2].InBrackets)
        {
            // "IDFC Private Equity", "Tata Venture Capital": a firm's kind written after its name is part of it ("KKR Private Equity
            // Investors" with its investors).
            return (last + 3 < words.Count && !words[last + 2].EndsPhrase && !words[last + 2].Possessive && words[last + 3].Core is "Investors" or "Partners"
                && !words[last + 3].InBrackets ? last + 3 : last + 2, false);
        }

        if (last > first && IsNumberEndingName(words, last + 1) && Lexicon.OutletName(text[words[first].Start..words[last].End]) is null)
        {
            // "PNB Capital Global 2, invested", "SoftBank Vision Fund 2 invested": a fund's or vehicle's number ends its name.
            return (last + 1, false);
        }

        if (JoinedRunEnd(words, first, last) is var joinedEnd and > 0)
        {
            return (joinedEnd, false);
        }

        // Since the twenty-second session: "Keurig Dr Pepper": a title inside a run of capitals, between two of its words, is part of the
        // company's name (a person's title opens the run: "Dr Jane Smith").
        if (next.Core is "Dr" or "Mr" or "St" && !next.EndsPhrase && last + 2 < words.Count && CanContinue(words[last + 2]) && !words[last].EndsPhrase
            && words[last].Core is not ("Said" or "Says" or "Told" or "Thanked" or "Added"))
        {
            return (last + 2, false);
        }

        if (LowerCaseBrandEnd(words, first, last) is var brandEnd and > 0)
        {
            // "SK hynix declined": a lower-case word of a name after a short capitals head (NameFinder.LowerCaseBrands.cs).
            return (brandEnd, true);
        }

        if (CommonWordInsideNameEnd(words, first, last) is var commonEnd and > 0)
        {
            // "Yotta Data Services", "Formula One": a common word inside a name (NameFinder.CommonWordsInNames).
            return (commonEnd, false);
        }

        if (Lexicon.Outlets.ContainsKey(text[words[first].Start..words[last].End] + " " + next.Core))
        {
            // A listed outlet written with a small letter: "CB insights".
            return (last + 1, true);
        }

        return (last, true);
    }

    /// <summary>The name's new last word where small words after <paramref name="last"/> join more of it ("&amp;", "of", "and", a particle), or -1.</summary>
    private static int JoinedRunEnd(IReadOnlyList<Word> words, int first, int last)
    {
        if ((words[last + 1].Core is "&" or "of") && last + 2 < words.Count && CanContinue(words[last + 2]) && !IsCompanyOfItsCountry(words, first, last))
        {
            return last + 2;
        }

        if (AcronymJoinEnd(words, first, last) is var acronymEnd and > 0)
        {
            // "Dubai Electricity and Water Authority (DEWA)", "European Bank for Reconstruction and Development (EBRD)": the
            // acronym after the name spells it, "and" and "for" included.
            return acronymEnd;
        }

        if (AndJoinsOneName(words, first, last) is var andEnd and > 0)
        {
            // "National Investment and Infrastructure Fund": one name whose "and" joins two of its own nouns.
            return andEnd;
        }

        // "Caisse de dépôt et placement du Québec", "Banco do Brasil": small words after a particle, up to a capitalised word.
        return ParticleRunEnd(words, last + 1) is var particleEnd and > 0 ? particleEnd : -1;
    }

    /// <summary>
    /// Since the twenty-third session: "Unicharm of Japan", "Samsung of South Korea": one company word, then "of" and a country that ends
    /// the run, is the company and where it is from, not one name ("Bank of Japan", "University of Tokyo", "Republic of Korea" and
    /// "Industrial Bank of Korea" stay whole).
    /// </summary>
    private static bool IsCompanyOfItsCountry(IReadOnlyList<Word> words, int first, int last)
    {
        if (first != last || words[last + 1].Core != "of" || Lexicon.PlaceLength(words, last + 2) is not (> 0 and var place)
            || _namesBeforeOfAPlace.Contains(words[first].Core) || Lexicon.OrganisationEndings.Contains(words[first].Core.TrimEnd('.'))
            || Lexicon.Places.Contains(words[first].Core))
        {
            return false;
        }

        var after = last + 2 + place;
        return after >= words.Count || words[after - 1].EndsPhrase || !CanContinue(words[after]);
    }

    /// <summary>Words that open a name with "of" and a place: "Bank of Japan", "Government of Singapore", "Port of Brisbane".</summary>
    private static readonly HashSet<string> _namesBeforeOfAPlace = new(StringComparer.Ordinal)
    {
        "Bank", "University", "Government", "Republic", "Kingdom", "State", "States", "Province", "City", "Port", "Council", "Ministry",
        "Department", "Commonwealth", "Museum", "Institute", "College", "School", "Church", "Central", "Royal", "Emirate", "Sultanate",
        "Principality", "Federation", "Union", "Association", "Chamber", "Exchange", "Stock", "Court", "Parliament", "Congress", "Senate",
        "Treasury", "Office", "Embassy", "Consulate", "Mayor", "Governor", "President", "King", "Queen", "Prince", "Emir", "Sheikh",
    };

    /// <summary>Common words that stand inside a fund's or firm's name: "Fintech Growth Fund", "Advanced Strategic Industry Fund".</summary>
    private static readonly HashSet<string> _nameBodyWords = new(StringComparer.Ordinal)
    {
        "Fintech", "Venture", "Strategic", "Private", "Frontier", "Startup", "Global",
    };

    /// <summary>
    /// Whether word <paramref name="k"/> is a common word that a name holds when an organisation ending closes it within three
    /// capitalised words: "Samsung Venture Investment Corp.", "Advanced Strategic Industry Fund" ("Strategic Industry" alone stays no name).
    /// </summary>
    private static bool IsBodyOfNamedFund(IReadOnlyList<Word> words, int k)
    {
        if (k >= words.Count || !_nameBodyWords.Contains(words[k].Core) || words[k].EndsPhrase || words[k].InBrackets)
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && j <= k + 3 && CanContinue(words[j]); j++)
        {
            if (Lexicon.OrganisationEndings.Contains(words[j].Core.TrimEnd('.')))
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Saudi Aramco will invest", "China Mobile plans", "Abu Dhabi Ports", "British American Tobacco": a country, city or
    /// nationality right before a company's one or two capitalised words, in one phrase, is the start of its name. Not when those
    /// words are an acronym, a kind or a title ("Chinese EV maker", "US President"), nor when a description follows ("Chinese
    /// internet giant Tencent").
    /// </summary>
    private static bool IsPlaceLedCompany(IReadOnlyList<Word> words, int first, int last)
    {
        var place = Lexicon.PlaceLength(words, first);
        if (place == 0 || last - first - place + 1 is < 1 or > 2 || words[first + place - 1].EndsPhrase || words[first + place - 1].Possessive)
        {
            return false;
        }

        for (var k = first + place; k <= last; k++)
        {
            if (Lexicon.NotNames.Contains(words[k].Core) && !Lexicon.Places.Contains(words[k].Core) || Lexicon.PersonTitles.Contains(words[k].Core)
                || IsAcronym(words[k].Core))
            {
                return false;
            }
        }

        return last + 1 >= words.Count || words[last].EndsPhrase || !Lexicon.CompanyNouns.Contains(words[last + 1].Core)
            && !words[last + 1].Core.EndsWith("maker", StringComparison.Ordinal) && words[last + 1].Core is not ("startup" or "start-up" or "unit" or "arm");
    }

    /// <summary>"PIF", "EV", "TSMC": a word of capitals only.</summary>
    private static bool IsAcronym(string core) => core.Length >= 2 && core.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&');

    /// <summary>Whether "government" follows the place that ends at <paramref name="last"/>, in the same phrase.</summary>
    private static bool IsGovernmentAfter(IReadOnlyList<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].Core == "government" && !words[last].EndsPhrase && !words[last].Possessive;

    /// <summary>Currency prefixes and ISO codes, as the money extractor reads them before an amount.</summary>
    private static readonly HashSet<string> _currencyWords = new(
        Currencies.All.SelectMany(c => c.Prefixes.Append(c.Code)).Select(p => p.TrimEnd('.')).Where(p => p.Any(char.IsLetter)), StringComparer.Ordinal);

    /// <summary>Words that make a run opening with a place a body's name: "Dubai Chamber of Digital Economy", "Saudi Contractors Authority".</summary>
    private static readonly HashSet<string> _bodyWords = new(StringComparer.Ordinal)
    {
        "Association", "Chamber", "Institute", "Federation", "Foundation", "Commission", "Bureau", "Ministry", "Society", "Confederation",
        // Since the name-shapes sweep: "Ontario Teachers' Pension Plan", "Canada Pension Plan", "Alaska Retirement Management Board".
        "Pension", "Retirement",
    };

    /// <summary>Whether a word after the first of the run is a body's word ("Dubai Chamber of Digital Economy").</summary>
    private static bool HasBodyWord(IReadOnlyList<Word> words, int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (_bodyWords.Contains(words[k].Core))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The listed outlets' names with their capitals, as a run of words must write them to be read as one.</summary>
    private static readonly HashSet<string> _outletsAsWritten = new(Lexicon.Outlets.Keys, StringComparer.Ordinal);

    /// <summary>The last word of a listed outlet of two to five words starting at <paramref name="i"/> (the longest), or -1.</summary>
    private static int ListedOutletEnd(string text, IReadOnlyList<Word> words, int i)
    {
        // "The …" is left to the ordinary run, which reads "The" as part of an outlet's name where it is ("The Information").
        if (words[i].InBrackets || words[i].Core.Length == 0 || !char.IsUpper(words[i].Core[0]) || words[i].Core == "The")
        {
            return -1;
        }

        var end = -1;
        for (var e = i + 1; e < words.Count && e <= i + 4 && !words[e - 1].EndsPhrase && !words[e - 1].Possessive && !words[e].InBrackets; e++)
        {
            if (_outletsAsWritten.Contains(text[words[i].Start..words[e].End]))
            {
                end = e;
            }
        }

        return end;
    }

    /// <summary>Where the ordinary run from <paramref name="i"/> ends, or <paramref name="i"/> - 1 when no name can start there.</summary>
    private static int RunEndOrSelf(string text, IReadOnlyList<Word> words, int i) => CanStart(words[i]) ? RunEnd(text, words, i) : i - 1;

    /// <summary>Small words inside a name that its acronym skips: "Bank for Reconstruction and Development" (EBRD).</summary>
    private static readonly HashSet<string> _acronymJoiners = new(StringComparer.Ordinal) { "and", "for", "of", "&" };

    /// <summary>Legal forms an acronym may leave out at the end: "Oil and Natural Gas Corporation Limited (ONGC)".</summary>
    private static readonly HashSet<string> _acronymTrailingForms = new(StringComparer.Ordinal) { "Limited", "Ltd", "Inc", "Plc", "PLC", "LLC" };

    /// <summary>
    /// Where a name ending at <paramref name="last"/> goes on past "and" / "for" to the capitalised word before a bracketed acronym that
    /// spells the whole ("Oil and Natural Gas Corporation Limited (ONGC)"); -1 when it does not.
    /// </summary>
    private static int AcronymJoinEnd(IReadOnlyList<Word> words, int first, int last)
    {
        if (last + 2 >= words.Count || words[last].EndsPhrase || words[last + 1].Core is not ("and" or "for"))
        {
            return -1;
        }

        var end = -1;
        for (var k = last + 2; k < words.Count && k - first <= 10; k++)
        {
            if (CanContinue(words[k]))
            {
                end = k;
                if (words[k].EndsPhrase || (k + 1 < words.Count && words[k + 1].InBrackets))
                {
                    break;
                }
            }
            else if (!_acronymJoiners.Contains(words[k].Core) || words[k - 1].EndsPhrase)
            {
                break;
            }
        }

        return end > 0 && SpelledByAcronym(words, first, end) ? end : -1;
    }

    /// <summary>
    /// Whether a bracketed acronym right after words <paramref name="first"/>..<paramref name="last"/> spells them: its letters are their
    /// initials in order, starting with the first word's and ending with the last's (a trailing "Limited" aside): "(EBRD)", "(CASC)".
    /// </summary>
    private static bool SpelledByAcronym(IReadOnlyList<Word> words, int first, int last)
    {
        if (last + 1 >= words.Count || words[last].InBrackets || !words[last + 1].InBrackets || words[last].EndsPhrase)
        {
            return false;
        }

        var acronym = words[last + 1].Core;
        if (acronym.Length is < 2 or > 7 || !acronym.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var initials = words.Skip(first).Take(last - first + 1).Where(w => !_acronymJoiners.Contains(w.Core) && w.Core.Length > 0)
            .Select(w => w.Core).ToList();
        while (initials.Count > 1 && _acronymTrailingForms.Contains(initials[^1]) && acronym[^1] != initials[^1][0])
        {
            initials.RemoveAt(initials.Count - 1);
        }

        if (initials.Count < 2 || acronym[0] != char.ToUpperInvariant(initials[0][0]) || acronym[^1] != char.ToUpperInvariant(initials[^1][0]))
        {
            return false;
        }

        var at = 0;
        foreach (var word in initials)
        {
            if (at < acronym.Length && char.ToUpperInvariant(word[0]) == acronym[at])
            {
                at++;
            }
        }

        return at == acronym.Length;
    }

    /// <summary>Legal-form words a ticker may follow: "Nvidia Corporation NVDA", "Alphabet Inc. GOOGL".</summary>
    private static readonly HashSet<string> _tickerSuffixes = new(StringComparer.Ordinal)
    {
        "Corporation", "Corp", "Inc", "Incorporated", "Ltd", "Limited", "Co", "Holdings", "Group", "Company",
    };

    /// <summary>Upper-case legal forms that are part of a name, not tickers: "HSBC Holdings PLC".</summary>
    private static readonly HashSet<string> _upperLegalForms = new(StringComparer.Ordinal)
    {
        "PLC", "LLC", "LLP", "LP", "AG", "SA", "SE", "NV", "AB", "ASA", "AS", "BV", "PJSC", "JSC", "KK", "GMBH", "INC", "LTD", "CO", "SPA", "OYJ",
    };

    /// <summary>Whether the word after <paramref name="last"/> is a ticker (two to five capitals) written after a legal-form word.</summary>
    private static bool IsTickerAfterSuffix(IReadOnlyList<Word> words, int last)
    {
        var next = words[last + 1].Core;
        // "BAM-T", "RY.TO": a ticker may carry its exchange after a dash or a dot.
        var exchange = next.IndexOfAny(['-', '.']);
        if (exchange > 0 && next.Length - exchange - 1 is 1 or 2 && next[(exchange + 1)..].All(char.IsAsciiLetterUpper))
        {
            next = next[..exchange];
        }

        return _tickerSuffixes.Contains(words[last].Core) && next.Length is >= 2 and <= 5 && next.All(char.IsAsciiLetterUpper)
            && !_upperLegalForms.Contains(next);
    }

    /// <summary>Capitalised common nouns that a name may join with "and": "National Investment and Infrastructure Fund".</summary>
    private static readonly HashSet<string> _andJoinedNouns = new(StringComparer.Ordinal)
    {
        "Investment", "Infrastructure", "Development", "Trade", "Industry", "Industries", "Commerce", "Research", "Technology", "Energy",
        "Health", "Finance", "Savings", "Loan", "Loans", "Social", "Economic", "Insurance", "Pension", "Pensions", "Retirement", "Science",
        "Innovation", "Growth", "Reconstruction", "Construction", "Transport", "Communications", "Media", "Culture", "Education",
    };

    /// <summary>Words of a public pension's name after its "and": "Retirement System", "District Retirement System", "Annuity Fund".</summary>
    private static readonly HashSet<string> _pensionTailWords = new(StringComparer.Ordinal)
    {
        "Retirement", "District", "Annuity", "Relief", "Disability", "Pension", "Pensions", "Benefit", "Benefits", "Retirees", "Survivors",
    };

    /// <summary>The last word of a pension name's tail from <paramref name="from"/>: one to three words of <see cref="_pensionTailWords"/>, then "System", "Fund", "Plan", "Board" or "Association"; else -1.</summary>
    private static int PensionTailEnd(IReadOnlyList<Word> words, int from)
    {
        var j = from;
        while (j < words.Count && j - from < 3 && _pensionTailWords.Contains(words[j].Core) && !words[j].EndsPhrase)
        {
            j++;
        }

        return j > from && j < words.Count && words[j].Core is "System" or "Fund" or "Plan" or "Board" or "Association" ? j : -1;
    }

    /// <summary>Adjectives that may open such a name: "National Investment and Infrastructure Fund", "State Development and Investment Corporation".</summary>
    private static readonly HashSet<string> _andJoinedAdjectives = new(StringComparer.Ordinal)
    {
        "National", "State", "Federal", "Public", "General", "Central", "Regional", "International", "Global", "Industrial", "Commercial",
        "Agricultural", "Strategic", "Sovereign", "Municipal", "Provincial", "Islamic", "Arab",
    };

    /// <summary>
    /// The last word of a name that goes on past "and" at <paramref name="last"/> + 1: the word before "and" is a common noun a name
    /// joins ("Investment"), as is every word before it ("National"), and, within three capitalised words after it, an organisation ending closes the name ("Infrastructure Fund").
    /// "Microsoft and Nvidia Corp." stays two names: "Microsoft" is no such noun. -1 when it does not go on.
    /// </summary>
    private static int AndJoinsOneName(IReadOnlyList<Word> words, int first, int last)
    {
        if (last + 2 >= words.Count || words[last + 1].Core != "and" || words[last + 1].EndsPhrase)
        {
            return -1;
        }

        // Since the thirty-fourth session: a public pension's name whose words after "and" are no name alone ("Oklahoma Police Pension and
        // Retirement System", "Texas County and District Retirement System", "Teachers' Pension and Annuity Fund").
        if (PensionTailEnd(words, last + 2) is var tail and >= 0)
        {
            return tail;
        }

        if (!_andJoinedNouns.Contains(words[last].Core))
        {
            return -1;
        }

        // Only common words so far: "Verizon Communications and Amazon Inc" are two names.
        for (var k = first; k < last; k++)
        {
            if (!_andJoinedNouns.Contains(words[k].Core) && !_andJoinedAdjectives.Contains(words[k].Core) && !Lexicon.Places.Contains(words[k].Core))
            {
                return -1;
            }
        }

        for (var j = last + 2; j < words.Count && j <= last + 4; j++)
        {
            if (!CanContinue(words[j]))
            {
                return -1;
            }

            if (Lexicon.OrganisationEndings.Contains(words[j].Core))
            {
                return j;
            }

            if (words[j].EndsPhrase || words[j].Possessive)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a name written with a lower-case particle ends: "Caisse de dépôt et placement du Québec", "Banco do Brasil", "Cassa
    /// Depositi e Prestiti". The particle at <paramref name="from"/> must be followed, within five small words and no punctuation,
    /// by a capitalised word that can continue a name; -1 when it is not.
    /// </summary>
    private static int ParticleRunEnd(IReadOnlyList<Word> words, int from)
    {
        if (from >= words.Count || !Lexicon.NameParticles.Contains(words[from].Core) || words[from].EndsPhrase)
        {
            return -1;
        }

        for (var j = from + 1; j < words.Count && j <= from + 5; j++)
        {
            if (CanContinue(words[j]))
            {
                return j;
            }

            if (words[j].EndsPhrase || words[j].Core.Length == 0 || !words[j].Core.All(char.IsLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>An upper-case ticker followed by a signed percentage: "INTC -1.76%", "BABA +2%".</summary>
    private static bool IsTickerQuote(string text, IReadOnlyList<Word> words, int i) =>
        words[i].Core.Length is >= 1 and <= 5 && words[i].Core.All(char.IsUpper)
        && _signedPercent.IsMatch(text[words[i].End..Math.Min(text.Length, words[i].End + 12)]);

    private static readonly Regex _signedPercent = new(@"^\s*[-+−]\d+(\.\d+)?%", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// Capitalised first words of a kind of investor: "Sovereign wealth fund", "Activist investor", "Hedge fund", "Pension fund"; since the
    /// investor-frames sweep also the sector or kind a wire opens a description with ("Telecommunications and internet conglomerate
    /// SoftBank", "Private equity firm Baring Asia", "Chip designer Arm").
    /// </summary>
    private static readonly HashSet<string> _investorKindOpeners = new(StringComparer.Ordinal)
    {
        "Sovereign", "Activist", "Hedge", "Pension", "Asset", "Telecommunications", "Telecoms", "Telecom", "Internet", "Technology", "Tech",
        "Chip", "Semiconductor", "Software", "Mining", "Energy", "Payments", "E-commerce", "Ecommerce", "Private", "Venture", "Buyout",
        "Infrastructure", "Insurance", "Shipping", "Logistics", "Steel", "Pharmaceutical", "Pharmaceuticals", "Biotech", "Gaming", "Streaming",
        "Conglomerate",
    };

    /// <summary>
    /// "Oregon Public Employees’ Retirement System", "The Children's Investment Fund", "People's Bank of China": a plural possessive
    /// (written "s'", or "'s" after a plural that does not end in s) with more of the name after it.
    /// </summary>
    private static bool IsPluralPossessiveInName(string text, IReadOnlyList<Word> words, int i) =>
        words[i].End < text.Length && text[words[i].End] is '’' or '\''
        && (words[i].End + 1 >= text.Length || text[words[i].End + 1] != 's' || _pluralsWithoutS.Contains(words[i].Core))
        && i + 1 < words.Count && CanContinue(words[i + 1]);

    private static bool StartsWithPluralPossessive(string text, IReadOnlyList<Word> words, int i) =>
        !CanStart(words[i]) && words[i].Possessive && _pluralsWithoutS.Contains(words[i].Core) && IsPluralPossessiveInName(text, words, i);

    /// <summary>Plurals that take "'s" and stand inside names: "The Children's Investment Fund", "People's Bank of China".</summary>
    private static readonly HashSet<string> _pluralsWithoutS = new(StringComparer.Ordinal) { "Children", "People", "Women", "Men" };

    /// <summary>"Sources told WSJ Uber spent": a wire or an upper-case outlet at the start of a run is a name of its own.</summary>
    private static int OutletPrefixEnd(string text, IReadOnlyList<Word> words, int first, int last)
    {
        if (last == first || Lexicon.OutletName(text[words[first].Start..words[last].End]) is not null)
        {
            return last;
        }

        var core = words[first].Core;
        var splits = core is "Reuters" or "Bloomberg" || (core.Length >= 2 && core.All(char.IsUpper));
        return splits && Lexicon.Outlets.ContainsKey(core) ? first : last;
    }

    private static Name? Describe(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var start = words[first].Start;
        // "Microsoft Corporation MSFT, which …": a ticker after the legal name stays inside the name's words, out of its text.
        var textLast = last > first && IsTickerAfterSuffix(words, last - 1) ? last - 1 : last;
        var end = words[textLast].End;
        if (end < text.Length && text[end] == '.' && Words.IsAbbreviation(words[textLast].Core))
        {
            end++;
        }

        // "CNBC TV 18": a channel's number belongs to the outlet's name.
        if (!words[last].EndsPhrase && last + 1 < words.Count && words[last + 1].Core.Length is > 0 and <= 3 && words[last + 1].Core.All(char.IsDigit)
            && Lexicon.OutletName(text[start..end]) is not null)
        {
            last++;
            end = words[last].End;
        }

        var runText = text[start..end];
        var withThe = first > 0 && words[first - 1].Core == "The" && !words[first - 1].EndsPhrase
            ? text[words[first - 1].Start..end]
            : null;
        // "Series A+", "Rs": a letter alone is no name.
        // Since the tenth round: a capital and two digits is a name ("G42", "M12").
        if (Lexicon.NotOrganisations.Contains(runText) || (first == last && runText.Count(char.IsLetter) <= 1 && !IsLetterAndTwoDigits(runText) && !IsDigitsAndCapital(words, first)))
        {
            return null;
        }

        var outlet = (withThe is null ? null : Lexicon.OutletName(withThe)) ?? Lexicon.OutletName(runText);
        var kind = outlet is not null ? NameKind.Outlet
            : IsPerson(words, first, last) && !EndsInLegalForm(words, first, last) ? NameKind.Person
            : NameKind.Organisation;
        if (outlet is null && kind == NameKind.Organisation && withThe is not null && HasItsOwnThe(words, first, last))
        {
            return new Name(first, last, words[first - 1].Start, end, withThe, words[last].Possessive, kind);
        }

        return new Name(first, last, start, end, outlet ?? runText, words[last].Possessive, kind);
    }

    private static bool IsLetterAndTwoDigits(string run) => run.Length == 3 && char.IsAsciiLetterUpper(run[0]) && char.IsAsciiDigit(run[1]) && char.IsAsciiDigit(run[2]);

    private static bool CanStart(Word word) =>
        !IsCurrencyAmount(word.Core) && !IsUpperCasePlace(word.Core) && !word.InBrackets && (word.IsCapitalised || StartsWithDigitAndCapital(word.Core) || IsDigitLedName(word.Core) || IsNumeronym(word.Core) || IsLetterLedHyphenName(word.Core)) && !Lexicon.NotNames.Contains(word.Core) && !IsDescriptor(word.Core) && HasLetter(word.Core);

    private static bool CanContinue(Word word) =>
        !word.InBrackets && word.IsCapitalised && !IsDescriptor(word.Core) && HasLetter(word.Core)
        && (!Lexicon.NotNames.Contains(word.Core) || Lexicon.CorporateSuffixes.Contains(word.Core) || Lexicon.Places.Contains(word.Core)
            || word.Core is "Street" or "Tech" or "Cloud" or "AI" or "Venture" or "Market");

    /// <summary>"Japan-based", "SoftBank-backed", "Paris-headquartered": describes, does not name.</summary>
    private static bool IsDescriptor(string core)
    {
        // "Carmaker Dongfeng Motor", "Chipmaker Nvidia": what a company is, written before its name.
        if (core.Length > 6 && (core.EndsWith("maker", StringComparison.Ordinal) || core.EndsWith("makers", StringComparison.Ordinal)) && !core.Contains('-', StringComparison.Ordinal))
        {
            return true;
        }

        // Since the tenth round: "Hong-Kong traded Tencent", "New-York headquartered": a place written with a hyphen.
        var dash = core.LastIndexOf('-');
        return (dash > 0 && dash < core.Length - 1 && char.IsLower(core[dash + 1]) && !IsHyphenatedGivenName(core, dash))
            || (dash > 0 && (Lexicon.NotOrganisations.Contains(core.Replace('-', ' ')) || Lexicon.Places.Contains(core.Replace('-', ' '))));
    }

    /// <summary>"TOKYO (Jiji Press) —", "NETHERLANDS -": a place in a dateline's capitals.</summary>
    private static bool IsUpperCasePlace(string core) =>
        core.Length > 3 && core.All(char.IsUpper) && Lexicon.Places.Contains(char.ToUpperInvariant(core[0]) + core[1..].ToLowerInvariant());

    /// <summary>
    /// "5Y Capital", "3M": a name may start with a digit when a capital follows; "36Kr", "21Vianet": with digits when a capital and then
    /// a small letter follow (so "10X", "2030" stay no name).
    /// </summary>
    private static bool StartsWithDigitAndCapital(string core)
    {
        var digits = core.TakeWhile(char.IsDigit).Count();
        return digits >= 1 && core.Length > digits && char.IsUpper(core[digits]) && core.All(char.IsLetterOrDigit)
            && (digits == 1 || core.Skip(digits + 1).Any(char.IsLower));
    }

    /// <summary>"AED3", "USD51": an upper-case currency code glued to its amount.</summary>
    private static bool IsCurrencyAmount(string core) =>
        // "USD5", "HKD1.37": an ISO code glued to its amount ("SVF2", "UKI2S" are names).
        (core.Length > 3 && char.IsDigit(core[3]) && char.IsUpper(core[0]) && char.IsUpper(core[1]) && char.IsUpper(core[2])
            && _currencyWords.Contains(core[..3]))
        // Since the tenth round: a two-letter currency glued to its amount ("RM80", "Rp5").
        || (core.Length > 2 && char.IsDigit(core[2]) && core[..2] is "RM" or "Rp" or "Rs" or "SR" or "QR")
        // Since the thirty-third session: rand glued to an amount with its decimals or scale ("R1.86bn", "R5,57"; "R2" or "R2D2" stay names).
        || (core.Length > 2 && core[0] == 'R' && char.IsDigit(core[1]) && core[1..].All(c => char.IsDigit(c) || c is '.' or ',' || char.IsLetter(c))
            && (core.Contains('.', StringComparison.Ordinal) || core.Contains(',', StringComparison.Ordinal) || core.EndsWith("bn", StringComparison.Ordinal)
                || core.EndsWith("m", StringComparison.Ordinal) || core.EndsWith("mn", StringComparison.Ordinal) || core.EndsWith("billion", StringComparison.Ordinal)
                || core.EndsWith("million", StringComparison.Ordinal)));

    /// <summary>
    /// Since the forty-second session: a name of two or more words followed by a comma and a person's role is a person
    /// ("Ramki Muthukrishnan, head of US leveraged finance at S&amp;P", "Ieva Jāgere, a senior analyst at…"), whatever the first name.
    /// A role only, not a kind of company ("Baillie Gifford, the fund manager" stays an organisation).
    /// </summary>
    private static bool HasPersonRoleAppositive(IReadOnlyList<Word> words, int first, int last)
    {
        if (last == first || words[last].After != ',' || words[last].Possessive || last + 2 >= words.Count)
        {
            return false;
        }

        var at = last + 1;
        if (words[at].Lower is "a" or "an" or "the" or "its")
        {
            at++;
        }

        // "head of", "a senior analyst at", "chief executive of", "chief executive officer of": up to two modifiers before the role.
        for (var skipped = 0; skipped <= 2 && at < words.Count - 1 && !words[at].EndsPhrase; skipped++, at++)
        {
            if (_appositiveRoles.Contains(words[at].Lower) && words[at + 1].Lower is "of" or "at" or "for" or "with")
            {
                return true;
            }

            if (!_roleModifiers.Contains(words[at].Lower))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> _roleModifiers = new(StringComparer.Ordinal)
    {
        "senior", "managing", "executive", "deputy", "former", "chief", "lead", "principal", "general", "vice", "associate", "assistant",
        "co-head", "global", "regional", "research", "investment", "economic", "founding", "group",
    };

    private static readonly HashSet<string> _appositiveRoles = new(StringComparer.Ordinal)
    {
        "head", "chief", "ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "chairperson", "chair", "president", "director", "founder",
        "co-founder", "cofounder", "analyst", "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "professor", "minister",
        "secretary", "governor", "lawyer", "attorney", "adviser", "advisor", "researcher", "officer", "executive",
    };

    private static bool HasLetter(string core) => core.Any(char.IsLetter) && !core.StartsWith('$') && !core.Contains('$', StringComparison.Ordinal);

    private static bool IsPerson(IReadOnlyList<Word> words, int first, int last)
    {
        if (Lexicon.FirstNames.Contains(words[first].Core) || HasPersonRoleAppositive(words, first, last))
        {
            return true;
        }

        // "asset manager PGGM", "fund manager Baillie Gifford": a kind of company, not a person's title.
        return first > 0 && Lexicon.PersonTitles.Contains(words[first - 1].Lower) && !words[first - 1].EndsPhrase
            && !(first > 1 && words[first - 1].Lower == "manager" && words[first - 2].Lower is "asset" or "fund" or "investment" or "wealth" or "money" or "portfolio");
    }
}
