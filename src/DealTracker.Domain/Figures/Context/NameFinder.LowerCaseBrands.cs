namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A name styled with a lower-case word after a short all-capitals head: "SK hynix", "SK telecom". The lower-case word is part of the
/// name when it is no common word (not a function word, a verb form ending in -ed / -ing / -s, an adverb in -ly, a title or a company
/// noun, no common noun written after an acronym such as "data" or "report", the head no place such as "US") and what follows it ends a
/// name: "and" / "or", a possessive, or a verb ("SK hynix declined",
/// "Samsung, SK hynix and Micron did not respond", "SK hynix's plant"). "SK took a stake" and "LG officials said" stay "SK" and "LG".
/// </summary>
internal static partial class NameFinder
{
    /// <summary>Small words that are never the lower-case part of a name.</summary>
    private static readonly HashSet<string> _notLowerCaseNameWords = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "shall",
        "should", "did", "does", "do", "said", "says", "told", "also", "too", "then", "now", "again", "still", "already", "alone", "itself",
        "first", "last", "next", "the", "a", "an", "and", "or", "nor", "but", "not", "its", "their", "his", "her", "which", "who", "that",
        "this", "these", "those", "one", "two", "both", "all", "each", "sold", "bought", "took", "made", "paid", "won", "led", "put", "got",
        "gave", "held", "set", "saw", "kept", "left", "hit", "cut", "ran", "rose", "fell", "grew", "went", "came", "unit", "arm", "boss",
        "chief", "chair", "stock", "shares", "stake", "deal", "plan", "chip", "chips", "memory", "board", "staff", "management",
        "subsidiary", "affiliate", "parent", "spokesperson", "spokesman", "spokeswoman", "officials", "executives", "however", "though",
        "yet", "so", "just", "only", "even", "recently", "later", "earlier", "soon", "today", "yesterday", "tomorrow", "together", "jointly",
        // Common nouns written after an acronym: "PEI data", "ET report", "IGG website", "US media", "UAE telco".
        "data", "report", "website", "site", "filing", "statement", "survey", "study", "research", "analysis", "index", "figure", "media",
        "telco", "division", "business", "platform", "app", "network", "team", "official", "revenue", "market", "sector", "economy",
        "government", "ministry", "regulator", "agency", "fund", "bank", "group", "company", "firm", "startup", "giant", "deal", "unit",
    };

    /// <summary>Words after the lower-case word that show the name ended with it: a verb or an auxiliary.</summary>
    private static readonly HashSet<string> _verbsAfterALowerCaseName = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "did", "does", "do", "said",
        "says", "also", "declined", "denied", "confirmed", "plans", "agreed", "signed", "invested", "invests", "announced", "committed",
        "bought", "sold", "took", "led", "and", "or", "nor", "&",
    };

    /// <summary>Where the name "SK" at <paramref name="first"/>..<paramref name="last"/> ends when a lower-case word of it follows; -1 when none does.</summary>
    private static int LowerCaseBrandEnd(IReadOnlyList<Word> words, int first, int last)
    {
        if (first != last || last + 1 >= words.Count || words[last].EndsPhrase || words[last].Possessive)
        {
            return -1;
        }

        var head = words[last].Core;
        var next = words[last + 1];
        var lower = next.Core;
        if (head.Length is < 2 or > 3 || !head.All(char.IsAsciiLetterUpper) || Lexicon.NotNames.Contains(head) || next.InBrackets || lower.Length < 3 || !lower.All(char.IsAsciiLetterLower)
            || _notLowerCaseNameWords.Contains(lower) || Lexicon.Prepositions.Contains(lower) || Lexicon.PersonTitles.Contains(lower)
            || Lexicon.CompanyNouns.Contains(lower) || Lexicon.NameParticles.Contains(lower)
            || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)
            || lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith('s'))
        {
            return -1;
        }

        // Punctuation after the word says nothing ("according to PEI data."): a verb, "and" or a possessive must follow.
        var ends = next.Possessive || (!next.EndsPhrase && next.After != '.' && last + 2 < words.Count
            && (_verbsAfterALowerCaseName.Contains(words[last + 2].Lower) || words[last + 2].Lower.EndsWith("ed", StringComparison.Ordinal)));
        return ends ? last + 1 : -1;
    }
}
