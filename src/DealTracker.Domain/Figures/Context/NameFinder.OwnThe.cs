namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the reader-gaps sweep: names whose own first word is "The" ("The Carlyle Group", "The Walt Disney Company", "The Goldman Sachs
/// Group"). Mid-sentence a capitalised "The" is the name's own ("backed by The Carlyle Group"); a lower-case "the" stays out ("the
/// Carlyle Group" → "Carlyle Group"). At a sentence's start, where every "The" is capitalised, it is the name's own only before a firm's
/// name that ends in Group, Company, Co., Partners or Holdings and opens with no common or place word; otherwise the reading is today's
/// ("The Abu Dhabi Investment Authority invested" → "Abu Dhabi Investment Authority", "The Public Investment Fund" → "Public Investment Fund").
/// </summary>
internal static partial class NameFinder
{
    /// <summary>
    /// Last words of a firm's name that keeps a sentence-opening "The": "The Carlyle Group", "The Walt Disney Company", "The Jordan Co.".
    /// A fund, bank, trust or corporation opening a sentence takes "The" as an article as a rule ("The Public Investment Fund (PIF) will
    /// buy", "The International Finance Corporation (IFC) is evaluating", "The Minerals Fund is in talks", "The World Bank"): the corpus
    /// labels those without it, so there only a mid-sentence capital keeps it ("backed by The Wellcome Trust").
    /// </summary>
    private static readonly HashSet<string> _ownTheEndings = new(StringComparer.Ordinal)
    {
        "Group", "Company", "Companies", "Co", "Partners", "Holdings",
    };

    /// <summary>Whether the capitalised "The" before word <paramref name="first"/> is the name's own.</summary>
    private static bool HasItsOwnThe(IReadOnlyList<Word> words, int first, int last)
    {
        var the = first - 1;
        if (the < 0 || words[the].Core != "The" || words[the].EndsPhrase || words[the].InBrackets)
        {
            return false;
        }

        // Mid-sentence, after a lower-case word or punctuation: not a headline's capitals ("Backed By The Startup").
        // A dateline's bracket closes before the sentence's start: "Tokyo, Dec. 25 (Jiji Press)--The Japanese government".
        var sentenceStart = the == 0 || OpensClause(words, the) || words[the].Before is '"' or '“' or '(' or '[' or '-'
            || words[the - 1].After is ')' or ']' || words[the - 1].InBrackets;
        if (!sentenceStart)
        {
            return words[the - 1].After != '\0' || !words[the - 1].IsCapitalised || Lexicon.NotNames.Contains(words[the - 1].Core);
        }

        // At the start: a firm's ending after a proper name ("The Carlyle Group"); a name that describes ("The Public Investment Fund",
        // "The International Finance Corporation", "The Vision Fund") takes "The" as an article.
        return _ownTheEndings.Contains(words[last].Core) && !IsDescriptiveOpener(words[first].Core);
    }

    /// <summary>A common or place word that opens a descriptive name: "Public", "National", "Saudi", "Vision".</summary>
    private static bool IsDescriptiveOpener(string core) =>
        Lexicon.Places.Contains(core) || _andJoinedAdjectives.Contains(core) || _andJoinedNouns.Contains(core) || _descriptiveOpeners.Contains(core);

    private static readonly HashSet<string> _descriptiveOpeners = new(StringComparer.Ordinal)
    {
        "Vision", "Export-Import", "Export", "World", "European", "Asian", "African", "American", "New", "First", "Future", "Sovereign",
        "People", "Reserve", "Royal", "Private", "Venture", "Foreign", "Government", "Employees", "Teachers", "Pension", "Military", "Defense",
    };
}
