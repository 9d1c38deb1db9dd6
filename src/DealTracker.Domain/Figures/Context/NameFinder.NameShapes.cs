using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the name-shapes sweep: names whose shape the run of capitals missed. A name may open with digits joined to a capital by a
/// hyphen or a period ("7-Eleven", "01.AI"), be a digit and one capital alone ("3M"), be a numeronym ("a16z"), or open with a
/// number before a firm's word ("500 Global"); a run a legal form ends is a company even when it opens with a first name
/// ("Robert Bosch GmbH").
/// </summary>
internal static partial class NameFinder
{
    /// <summary>"7-Eleven", "01.AI", "4-Ever Capital": digits, a hyphen or a period, then a capitalised word (not "10-Year", "10-K").</summary>
    private static bool IsDigitLedName(string core)
    {
        var match = _digitLedName.Match(core);
        return match.Success && !_unitsAfterDigits.Contains(match.Groups[1].Value);
    }

    private static readonly Regex _digitLedName = new(@"^\d{1,4}[-.]([A-Z][A-Za-z]+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Capitalised words after digits and a hyphen that count or measure rather than name: "10-Year", "52-Week", "3-Point".</summary>
    private static readonly HashSet<string> _unitsAfterDigits = new(StringComparer.Ordinal)
    {
        "Year", "Years", "Month", "Week", "Day", "Hour", "Minute", "Point", "Page", "Step", "Part", "Member", "Mile", "Story", "Star", "Inch", "Game",
        "Team", "Nation", "State", "Party", "Way", "Plus", "Pro",
    };

    /// <summary>"a16z", "i18n" kept out of prose by digits: a small letter, two or more digits, small letters.</summary>
    private static bool IsNumeronym(string core) => _numeronym.IsMatch(core);

    private static readonly Regex _numeronym = new(@"^[a-z]\d{2,}[a-z]{1,3}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"d-Matrix", "e-Ventures": a small letter and a hyphen before a capitalised word of three or more letters.</summary>
    private static bool IsLetterLedHyphenName(string core) => _letterLedHyphenName.IsMatch(core);

    private static readonly Regex _letterLedHyphenName = new(@"^[a-z]-[A-Z][a-z]{2,}[A-Za-z]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// "3M will invest", "from 3M": a digit and one capital standing alone as a name, but not a technology's or a format's code ("5G",
    /// "4K", "3D"), nor an amount ("3M euros", "raised 3M").
    /// </summary>
    private static bool IsDigitsAndCapital(IReadOnlyList<Word> words, int i)
    {
        var core = words[i].Core;
        if (core.Length != 2 || !char.IsAsciiDigit(core[0]) || !char.IsAsciiLetterUpper(core[1]) || core[1] is 'G' or 'K' or 'D' or 'B' or 'T' or 'X' or 'H' or 'Q' or 'P'
            || words[i].InBrackets)
        {
            return false;
        }

        var before = i > 0 ? words[i - 1].Lower : "";
        var after = i + 1 < words.Count ? words[i + 1].Lower : "";
        return before is not ("raised" or "raise" or "raising" or "of" or "about" or "over" or "nearly" or "almost" or "than")
            && !_currencyWords.Contains(before.ToUpperInvariant()) && !_amountNouns.Contains(after);
    }

    /// <summary>Words an amount written "3M" stands before: "3M euros", "3M users".</summary>
    private static readonly HashSet<string> _amountNouns = new(StringComparer.Ordinal)
    {
        "dollars", "euros", "pounds", "yen", "yuan", "rupees", "users", "customers", "subscribers", "people", "shares", "units", "downloads", "views",
        "tons", "tonnes", "barrels", "vehicles", "cars", "devices", "jobs", "members", "visitors", "followers", "players", "transactions",
    };

    /// <summary>
    /// "500 Global", "500 Startups": a bare number opening a firm's name before one of its words, capitalised and in the same phrase.
    /// Returns the name's last word, or -1.
    /// </summary>
    private static int NumberLedFirmEnd(string text, IReadOnlyList<Word> words, int i)
    {
        if (i + 1 >= words.Count || words[i].EndsPhrase || words[i].InBrackets || words[i].Core.Length is < 1 or > 4
            || !words[i].Core.All(char.IsAsciiDigit) || !_numberedFirmWords.Contains(words[i + 1].Core) || words[i + 1].InBrackets
            || (i > 0 && (words[i - 1].Core.Any(char.IsDigit) || _currencyWords.Contains(words[i - 1].Core) || words[i - 1].Lower is "the" or "top" or "fortune")))
        {
            return -1;
        }

        // "500 Global Capital" goes on as a run; "500 Global's" stops at its possessive.
        return words[i + 1].EndsPhrase || words[i + 1].Possessive ? i + 1 : RunEnd(text, words, i + 1);
    }

    /// <summary>Firm words a number may open a name with: "500 Global", "500 Startups", "01 Ventures".</summary>
    private static readonly HashSet<string> _numberedFirmWords = new(StringComparer.Ordinal)
    {
        "Global", "Startups", "Ventures", "Capital", "Partners", "Holdings",
    };

    /// <summary>
    /// "Robert Bosch GmbH", "Charles Schwab Corp.": a legal form or an organisation's word ends the run, so it names a company; not when
    /// a person's possessive stands inside it ("Bill Gates’ Cascade Investment" stays read as the person's, as before).
    /// </summary>
    private static bool EndsInLegalForm(IReadOnlyList<Word> words, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (words[k].Possessive || words[k].End < words[k + 1].Start - 1)
            {
                return false;
            }
        }

        return Lexicon.CorporateSuffixes.Contains(words[last].Core) || Lexicon.OrganisationEndings.Contains(words[last].Core);
    }

    /// <summary>
    /// "Ka-shing" in "Li Ka-shing", "Jae-yong" in "Lee Jae-yong": a given name of two short syllables joined by a hyphen, not a
    /// description ("Japan-based", "SoftBank-backed", "US-listed", "AI-powered", "India-focused").
    /// </summary>
    private static bool IsHyphenatedGivenName(string core, int dash)
    {
        var head = core[..dash];
        var tail = core[(dash + 1)..];
        return dash == core.IndexOf('-', StringComparison.Ordinal) && head.Length is >= 2 and <= 4 && tail.Length is >= 2 and <= 5
            && char.IsUpper(head[0]) && head.Skip(1).All(char.IsAsciiLetterLower) && tail.All(char.IsAsciiLetterLower)
            && !tail.EndsWith("ed", StringComparison.Ordinal) && !_descriptorTails.Contains(tail) && !Lexicon.Places.Contains(head);
    }

    /// <summary>Short words after a hyphen that describe: "US-based", "Tokyo-born", "AI-first", "UK-wide".</summary>
    private static readonly HashSet<string> _descriptorTails = new(StringComparer.Ordinal)
    {
        "based", "born", "made", "run", "wide", "style", "like", "bound", "led", "built", "grown", "only", "first", "heavy", "rich", "free", "proof",
        "ready", "scale", "size", "sized", "level", "owned", "era", "linked", "tied", "held", "bred", "fed", "sided", "up", "in", "out",
        "off", "on", "to", "year", "day", "month", "week", "plus", "maker", "side", "specific", "focus",
    };

    /// <summary>"N.V", "B.V": a legal form written with periods, not a ticker on an exchange ("Prosus N.V." is one name).</summary>
    private static bool IsDottedLegalForm(string core) => core is "N.V" or "B.V" or "S.A" or "A.G" or "S.E";

    /// <summary>
    /// Words after a fund's number, beside <see cref="_verbsAfterANumberedName"/>: "Vision Fund 2 could invest", "took", "putting in",
    /// "from Vision Fund 2 under the agreement", "by Vision Fund 2 in Anthropic" (an amount's scale, "Fund 2 billion", still is none).
    /// </summary>
    private static readonly HashSet<string> _wordsAfterANumberedFund = new(StringComparer.Ordinal)
    {
        "could", "may", "might", "can", "should", "took", "takes", "putting", "pouring", "investing", "bought", "buys", "owns", "holds", "under",
        "in", "into", "for", "as", "with", "were", "are", "agreed", "plans", "intends", "announced", "made", "participated", "joined",
    };
}
