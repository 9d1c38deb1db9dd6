using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The last check on every proposed investor (the general-investor sweep, branch sweep-inv-general): an investor is an organisation or
/// a named person, so a proposed name that is none is refused and the next rule, or no investor, stands. Refused: people and role words
/// ("Officials said the company will invest …", "Analysts", "Sources", "Investors", "Executives"), sentence adverbs and openers
/// ("Together with existing and new investors, they put £90m …", "However", "Meanwhile", "Having invested …"), an amount or currency
/// token read as a name ("16.20%, equivalent to Rs.874 crore, were allocated …"), months and days, pronouns and determiners, documents
/// ("an MoU with …") and a dateline's capitalised city ("NAIROBI, Sept 8 (Reuters) -"). A name of several words is refused only when its
/// first word is a sentence adverb or an amount ("However Google" cannot be a name; "First Reserve", "Third Point" and "QED Investors"
/// are).
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words that are never an investor standing alone, lower-case: people and roles, openers, pronouns, dates, documents.</summary>
    private static readonly HashSet<string> _noInvestorWords = new(StringComparer.Ordinal)
    {
        // People and roles.
        "officials", "official", "analysts", "analyst", "sources", "source", "investors", "investor", "executives", "executive", "experts",
        "expert", "observers", "insiders", "insider", "regulators", "lawmakers", "legislators", "authorities", "bankers", "banker", "traders",
        "shareholders", "stakeholders", "founders", "founder", "co-founders", "employees", "staff", "people", "persons", "residents", "critics",
        "ministers", "minister", "spokesperson", "spokesman", "spokeswoman", "officers", "directors", "managers", "backers", "donors",
        "lenders", "buyers", "sellers", "bidders", "members", "leaders", "economists", "researchers", "customers", "clients", "users",
        "consumers", "citizens", "workers", "individuals", "insurers", "startups", "start-ups", "companies", "firms", "businesses", "entrepreneurs",
        "billionaires", "partners", "participants", "promoters", "owners", "representatives", "management", "everyone", "someone", "anyone",

        // Sentence adverbs and openers.
        "together", "however", "meanwhile", "additionally", "moreover", "furthermore", "also", "separately", "elsewhere", "likewise",
        "similarly", "overall", "altogether", "combined", "jointly", "collectively", "still", "yet", "instead", "indeed", "notably",
        "importantly", "besides", "thus", "hence", "therefore", "consequently", "accordingly", "now", "then", "today", "yesterday",
        "tomorrow", "tonight", "recently", "currently", "previously", "earlier", "later", "so", "having", "being", "buying", "selling",
        "following", "according", "after", "before", "since", "while", "although", "though", "despite", "once", "when", "where", "if", "as",
        "with", "without", "through", "here", "there", "thereafter", "subsequently", "eventually", "finally", "initially", "lastly",
        "ultimately", "reportedly", "apparently", "interestingly", "surprisingly", "specifically", "alternatively", "conversely",
        "nonetheless", "nevertheless", "otherwise", "regardless", "anyway", "again", "already", "individually", "but", "and", "or", "yes", "no",
        "in", "on", "at", "by", "for", "from", "of", "to", "under", "over", "amid", "among", "during", "including", "like", "unlike", "plus",

        // Pronouns and determiners.
        "it", "they", "we", "he", "she", "i", "you", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "who",
        "which", "them", "us", "both", "all", "each", "some", "many", "most", "several", "others", "other", "another", "none", "either",
        "neither", "the", "a", "an",

        // Months and days.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",

        // Amounts, currencies and documents.
        "rs", "inr", "usd", "eur", "gbp", "crore", "crores", "lakh", "billion", "million", "trillion", "dollars", "euros", "pounds", "rupees",
        "yen", "yuan", "won", "naira", "shillings", "riyals", "dirhams", "mou", "mous", "loi", "ipo", "fdi",
    };

    /// <summary>
    /// Capitalised common nouns standing for a party named elsewhere ("from the Kingdom", "the Company said"); written in small letters
    /// ("the government supplied 100 billion yen") a rule may read them as the state, as the corpus labels it.
    /// </summary>
    private static readonly HashSet<string> _standInNouns = new(StringComparer.Ordinal)
    {
        "Kingdom", "Government", "Company", "Fund", "Group", "State", "Firm", "Bank", "Board", "Ministry", "Administration", "Agency", "Country",
        "Nation", "City", "Startup", "Start-up", "Venture", "Consortium",
    };

    /// <summary>Sentence adverbs that never open an organisation's name, lower-case: "However Google" is no name.</summary>
    private static readonly HashSet<string> _openingAdverbs = new(StringComparer.Ordinal)
    {
        "together", "however", "meanwhile", "additionally", "moreover", "furthermore", "separately", "elsewhere", "likewise", "similarly",
        "altogether", "consequently", "nonetheless", "nevertheless", "reportedly", "apparently", "having", "officials", "analysts",
    };

    /// <summary>Corporate endings and holding words that are no name by themselves ("Ltd.", "Holding LLC").</summary>
    private static readonly HashSet<string> _corporateEndingsAlone = new(StringComparer.Ordinal)
    {
        "Ltd", "Inc", "LLC", "Corp", "Co", "Plc", "PLC", "AG", "SA", "S.A", "NV", "N.V", "BV", "B.V", "GmbH", "Holding", "Holdings", "Limited",
        "Pte", "Pvt", "LLP", "LP", "Cos",
    };

    /// <summary>
    /// An amount with its currency glued on: "Rs.874", "Rs874", "US$2", "€500", "Dh4.4", "SR3.75", "$2bn"; not "SVF2" or "C5" (a code of
    /// capitals and a digit is a name, and so is a single capital before digits).
    /// </summary>
    private static readonly Regex _amountToken = new(
        @"^(?:(?:Rs|INR|USD|US|EUR|GBP|AED|SAR|SR|Dh|Dhs|RM|HK|NZ|NGN|KES|KSh|Ksh|Sh|Tk|Rp|JPY|CNY|RMB|CHF|NIS|ZAR|EGP|N|P|R|S|A|C)?[$€£¥₹]|Rs\.?|INR|USD|EUR|GBP|AED|SAR|SR|Dh|Dhs|RM|KSh|Ksh|Sh|Tk|Rp|JPY|CNY|RMB|NIS|ZAR|EGP)\d[\d.,]*[a-zA-Z]{0,3}$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));

    /// <summary>A bare number or share standing alone as a name: "2021", "16.20%", "1,000".</summary>
    private static bool IsBareNumber(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]) && word.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%');

    /// <summary>
    /// Whether <paramref name="investor"/>, proposed for a figure of <paramref name="sentence"/>, is no organisation or named person:
    /// a single word that is a role, an opener, a pronoun, a date, a currency or a document; an amount token; a name opened by a sentence
    /// adverb; or a dateline's city in capitals before its date.
    /// </summary>
    internal static bool IsNoInvestorName(SentenceWords sentence, string investor)
    {
        var parts = investor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var firstWord = parts[0].TrimEnd('\'', '’').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        if ((parts.Length == 1 && (_noInvestorWords.Contains(firstWord.ToLowerInvariant()) || _standInNouns.Contains(firstWord) || IsBareNumber(firstWord))) || _amountToken.IsMatch(parts[0])
            || (parts.Length > 1 && _openingAdverbs.Contains(firstWord.ToLowerInvariant())))
        {
            return true;
        }

        // "Ltd.", "Holding LLC": corporate endings left when the name finder cut the name before them; "MALAYSIA'S": a possessive in capitals.
        if (parts.All(p => _corporateEndingsAlone.Contains(p.TrimEnd('.'))) || investor.EndsWith("'S", StringComparison.Ordinal) || investor.EndsWith("’S", StringComparison.Ordinal))
        {
            return true;
        }

        // "South American", "South Korean": a place adjective, not a state's name ("Saudi Arabia", "South Korea" stand for states).
        if (parts.All(p => Lexicon.Places.Contains(p) || p is "North" or "South" or "East" or "West" or "Central" or "Southeast" or "Northern" or "Southern"
                or "Eastern" or "Western") && !IsStateName(investor))
        {
            return true;
        }

        // Since the thirty-first session: "registered in the Cayman Islands": an offshore registry is where a company is, never who invests.
        if (_offshoreRegistries.Contains(investor.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? investor[4..] : investor))
        {
            return true;
        }

        // Since the thirty-fifth session: "This plant will be setup in Sanand, Gujarat with an investment of …", "invested $738.5 million
        // into Nio": a name money goes "in" or "into" is where the money goes, never who puts it in; and "Esports boosters: …" is a heading.
        return (parts.Length == 1 && IsDatelineCity(sentence, investor)) || IsOnlyWhereAfterIn(sentence, investor) || IsHeadingBeforeAColon(sentence, investor);
    }

    /// <summary>"$5m", "€2bn", "£30mn", "$1.2B": an amount with its scale glued on.</summary>
    private static bool IsScaledAmountToken(string word)
    {
        var core = word.TrimEnd('.', ',', ')');
        var scale = core.EndsWith("bn", StringComparison.OrdinalIgnoreCase) || core.EndsWith("mn", StringComparison.OrdinalIgnoreCase) ? 2
            : core.EndsWith('m') || core.EndsWith('M') || core.EndsWith('b') || core.EndsWith('B') ? 1 : 0;
        return scale > 0 && core.Length > scale && char.IsDigit(core[^(scale + 1)]);
    }

    private static bool EndsWithWord(string text, int at, string word) => at >= word.Length && text.AsSpan(at - word.Length, word.Length).SequenceEqual(word);

    /// <summary>"Esports boosters: The Saudi government-funded Savvy Gaming Group …": a heading of at most three words before a colon names no one.</summary>
    private static bool IsHeadingBeforeAColon(SentenceWords sentence, string investor)
    {
        var words = sentence.Words;
        var colon = words.FindIndex(w => w.After == ':' && !w.InBrackets);
        if (colon < 0 || colon > 2 || colon + 1 >= words.Count)
        {
            return false;
        }

        var at = sentence.Text.IndexOf(investor, sentence.Start, StringComparison.Ordinal);
        return at >= 0 && at < words[colon].End && sentence.Text.IndexOf(investor, words[colon].End, StringComparison.Ordinal) is var again
            && (again < 0 || again >= sentence.End);
    }

    /// <summary>
    /// Whether every mention of <paramref name="investor"/> in the sentence follows a lower-case "in", "into" or "enter", with money, a stake
    /// or shares right before it or "with an investment of" after it ("will set up a plant in Sanand with an investment of …", "will enter
    /// Colombia, Chile and Peru with a planned investment of …", "invested $738.5 million into Nio"): where the money goes, never who puts
    /// it in (V2). A possessive ("in Amazon's quarterly report") names its owner.
    /// </summary>
    private static bool IsOnlyWhereAfterIn(SentenceWords sentence, string investor)
    {
        var text = sentence.Text;
        var end = sentence.End;
        var mentions = 0;
        for (var at = text.IndexOf(investor, sentence.Start, StringComparison.Ordinal); at >= 0 && at < end; at = text.IndexOf(investor, at + 1, StringComparison.Ordinal))
        {
            var after = at + investor.Length;
            var possessive = after < text.Length && (text[after] is '\'' or '’');
            // "in Gujarat", "will enter Colombia", "expand into Vietnam".
            var where = EndsWithWord(text, at, " in ") || EndsWithWord(text, at, "\nin ") || EndsWithWord(text, at, " into ") || EndsWithWord(text, at, " enter ")
                || EndsWithWord(text, at, " enters ") || EndsWithWord(text, at, " entering ");
            if ((!where || possessive) && !IsPlacesNextItem(text, at, after))
            {
                return false;
            }

            // Only where the money is put: "… in Gujarat with an investment of", "… enter Colombia, Chile and Peru with a planned investment
            // of", or what money, a stake or shares go into ("invested $738.5 million into Nio", "a 60% stake in Chinavision"); "Officials in
            // Saudi Arabia said" names who speaks.
            var rest = after < end ? text[after..Math.Min(end, after + 80)] : "";
            var with = rest.IndexOf(" with ", StringComparison.Ordinal);
            var withInvestment = with >= 0 && rest.IndexOf("investment", with, StringComparison.Ordinal) is var invested && invested >= 0 && invested - with <= 22;
            // The three words before "in", "into" or "enter".
            var intoWords = text[Math.Min(at, Math.Max(sentence.Start, at - 40))..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).TakeLast(3).ToList();
            var putInto = intoWords.Any(w => w is "million" or "billion" or "crore" or "stake" or "shares" || w.StartsWith("invest", StringComparison.Ordinal)
                || IsScaledAmountToken(w));
            if (!withInvestment && !putInto)
            {
                return false;
            }

            mentions++;
        }

        return mentions > 0;
    }

    /// <summary>
    /// "in Morigaon, Assam with an investment of …": the next item of a place after a lower-case "in", followed by no verb (a preposition or
    /// the sentence's end); "in Bengaluru, Microsoft announced" names the investor.
    /// </summary>
    private static bool IsPlacesNextItem(string text, int at, int after)
    {
        if (at < 4 || text[at - 1] != ' ' || text[at - 2] != ',')
        {
            return false;
        }

        var placeStart = text.LastIndexOf(' ', at - 3);
        var next = text[after..].TrimStart();
        return placeStart >= 3 && text.AsSpan(placeStart - 3, 3) is " in" && placeStart + 1 < at - 2 && char.IsUpper(text[placeStart + 1])
            && !Lexicon.Months.Contains(text[(placeStart + 1)..(at - 2)].ToLowerInvariant())
            && (next.Length == 0 || next[0] == '.' || next.StartsWith("with ", StringComparison.Ordinal) || next.StartsWith("for ", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> _offshoreRegistries = new(StringComparer.Ordinal)
    {
        "Cayman Islands", "British Virgin Islands", "Virgin Islands", "BVI", "Bermuda", "Marshall Islands", "Channel Islands", "Isle of Man",
    };

    /// <summary>A proposed investor, or null when <see cref="IsNoInvestorName"/> refuses it ("" — read, no one named — stays "").</summary>
    internal static string? Kept(SentenceWords sentence, string? investor) =>
        investor is { Length: > 0 } && IsNoInvestorName(sentence, investor) ? null : investor;

    /// <summary>"NAIROBI, Sept 8 (Reuters) -": the first word, in capitals, set off by a comma and followed by a date or a bracketed agency.</summary>
    private static bool IsDatelineCity(SentenceWords sentence, string investor)
    {
        var words = sentence.Words;
        if (words.Count < 3 || words[0].Core != investor || words[0].After != ',' || investor.Length < 3 || !investor.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        for (var i = 1; i < words.Count && i <= 4; i++)
        {
            if (Lexicon.Months.Contains(words[i].Lower) || words[i].Lower is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
                || (words[i].InBrackets && words[i].Core is "Reuters" or "AP" or "AFP" or "Bloomberg" or "PTI" or "IANS"))
            {
                return true;
            }
        }

        return false;
    }
}
