namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the src-written realignment (the reading): a document or publication the text cites by its noun is a named source,
/// named as written without its article. Cited ("according to the report", "per the report", "according to a joint statement",
/// "according to the company statement", "citing the filing") or telling ("the report said", "the newspaper reported", "the paper
/// reported", "the outlet reported", "its website says", "the news agency said", "the filing showed"). Readers given only the issue
/// label these named (issue68: 11 of 12). Left alone: a party speaking ("Amazon said in a statement", "the company said"),
/// "reportedly", "it was reported", "media reports" with no article, a report only talked about ("declined to comment on the report",
/// "denied a report that"), and a document whose author or outlet is named after it ("a report by Reuters": the older rules).
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns of a document or publication cited by back-reference: the publications, and the documents that tell.</summary>
    private static readonly HashSet<string> _citedDocumentNouns =
        new(CitedNouns.Publications.Concat(["report", "statement", "filing", "document", "documents", "memo"]), StringComparer.Ordinal);

    /// <summary>Articles and possessives that open the cited noun phrase ("a" and "an" only after a citing cue).</summary>
    private static readonly HashSet<string> _backReferenceArticles = new(StringComparer.Ordinal) { "the", "this", "that", "its", "their" };

    /// <summary>Verbs a cited document tells with: "the report said", "its website says", "the filing showed".</summary>
    private static readonly HashSet<string> _documentTellingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "reported", "reports", "added", "adds", "showed", "shows", "noted", "notes", "stated", "states", "wrote", "writes",
        "revealed", "reveals", "claimed", "claims", "disclosed", "discloses", "indicated", "indicates", "suggested", "suggests", "found",
        "finds", "estimated", "estimates", "quoted", "cited", "cites", "explained", "explains", "reveal", "show", "say", "state",
    };

    /// <summary>Adds each document or publication cited by its noun that no older rule named.</summary>
    private static void BackReferenceSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (BackReferenceAt(words, i) is not { } phrase)
            {
                continue;
            }

            var start = words[phrase.First].Start;
            var end = words[phrase.Noun].End;
            // Read by an older rule: "the FT report", "the Sportico report says".
            if (found.Any(f => f.Kind == SourceKind.Named && f.Start < end && words[phrase.Article].Start < f.Start + f.Length))
            {
                continue;
            }

            // A publication pointing back at an outlet the sentence already names ("first reported by the Nikkei business daily, …, the
            // newspaper said") is that outlet.
            if (CitedNouns.Publications.Contains(words[phrase.Noun].Lower) && found.Any(f => f.Kind == SourceKind.Named && f.Start < start))
            {
                continue;
            }

            found.Add(new SourceMention(text[start..end], SourceKind.Named, start, end - start));
            i = phrase.Noun;
        }
    }

    /// <summary>The cited noun phrase opening at word i: its article, first word after it and noun; null when none opens there.</summary>
    private static (int Article, int First, int Noun)? BackReferenceAt(List<Word> words, int i)
    {
        var cue = CitingCueBefore(words, i);
        var article = words[i].Lower;
        if (!(_backReferenceArticles.Contains(article) || (cue && article is "a" or "an")) || words[i].EndsPhrase)
        {
            return null;
        }

        // Up to two lower-case describing words: "the joint statement", "the company statement", "the latest report", "the news agency";
        // the first may be an owner ("the company's statement").
        var noun = i + 1;
        while (noun < words.Count && noun <= i + 3 && !_citedDocumentNouns.Contains(words[noun].Lower) && (!words[noun].IsCapitalised || Demonym(words[noun].Core))
            && !words[noun].EndsPhrase && (!words[noun].Possessive || noun == i + 1) && words[noun].Core.All(c => char.IsLetter(c) || c == '-'))
        {
            noun++;
        }

        // "according to a local media report" is media unnamed, as "media reports" (no source).
        if (noun >= words.Count || noun > i + 3 || !_citedDocumentNouns.Contains(words[noun].Lower) || words[noun].Possessive
            || words.Skip(i + 1).Take(noun - i - 1).Any(w => w.Lower == "media")
            || (words[noun].Lower == "agency" && words[noun - 1].Lower is not ("news" or "wire" or "press") && !AgencyReports(words, noun)))
        {
            return null;
        }

        var named = noun + 2 < words.Count && words[noun + 1].Lower is "by" or "from" or "in" or "of" or "on" && !words[noun].EndsPhrase
            && ((words[noun + 2].IsCapitalised && !IsDate(words[noun + 2]))
                || (words[noun + 2].Lower == "the" && noun + 3 < words.Count && words[noun + 3].IsCapitalised));
        // Its author or outlet named after it: right after it ("the Chinese tech outlet LatePost"), or after "by", "from" or "in" before
        // the clause ends ("a report released on Thursday by market tracker PitchBook", "a report published in the Financial Times", "a
        // statement from Topcon"); "a statement by the company" and "a report in April 2017" name none.
        named |= noun + 1 < words.Count && !words[noun].EndsPhrase && AuthorNameLike(words[noun + 1]);
        // Or in an appositive after a described publication, closed by a second comma ("according to a startup news publication,
        // Entrackr, …"): the name is the source. "According to the report, Temasek agreed …" opens the clause and stays a back-reference.
        named |= noun > i + 1 && noun + 1 < words.Count && words[noun].After == ',' && AuthorNameLike(words[noun + 1])
            && Enumerable.Range(noun + 1, Math.Min(3, words.Count - noun - 1)).TakeWhile(n => AuthorNameLike(words[n])).Any(n => words[n].After == ',');
        for (var k = noun + 1; cue && !named && k < words.Count && k <= noun + 6 && !words[k - 1].EndsPhrase; k++)
        {
            for (var m = k + 1; (words[k].Lower is "by" or "from" || (words[k].Lower == "in" && k <= noun + 2)) && !named && m < words.Count && m <= k + 8 && !words[m - 1].EndsPhrase; m++)
            {
                // Right after "by" or "of", a brand written in small letters is an author too ("a report published by itjuzi", "compiled by
                // the research arm of itjuzi"), where an article, a pronoun or a common noun ("by analysts") is not.
                named = AuthorNameLike(words[m]) || (words[k].Lower == "by" && words[m - 1].Lower is "by" or "of" && LowerBrand(words[m]));
            }
        }

        if (named)
        {
            return null;
        }

        if (cue)
        {
            return (i, i + 1, noun);
        }

        // Since the twenty-ninth session, the telling verb before the phrase, after a comma: "…, said the news site, adding that …", "…,
        // reported the newspaper." (a publication only: "noted the report" most often quotes a party's own report).
        if (i >= 2 && words[i - 2].After == ',' && words[i - 1].Lower is "said" or "says" or "reported" or "reports" or "wrote" or "writes" or "added" or "noted"
            && CitedNouns.Publications.Contains(words[noun].Lower)
            && (noun + 1 >= words.Count || words[noun].EndsPhrase || words[noun].After == '.'))
        {
            return (i, i + 1, noun);
        }

        // Telling: the phrase opens its clause and a telling verb follows ("the report said", "its website says", "the newspaper also reported").
        var opens = i == 0 || words[i - 1].EndsPhrase || words[i - 1].Lower is "and" or "but" or "while" or "as" or "so";
        var verb = noun + 1 < words.Count && !words[noun].EndsPhrase ? noun + 1 : -1;
        if (verb > 0 && words[verb].Lower is "also" or "further" or "earlier" or "has" or "had" or "have" && verb + 1 < words.Count)
        {
            verb++;
        }

        // Since the twenty-ninth session: "The newspaper was first to report that …", "the paper was the first to report".
        var firstToReport = verb > 0 && words[verb].Lower is "was" or "were" && words.Skip(verb + 1).Take(4).Select(w => w.Lower).ToList() is var rest
            && rest.Contains("first") && rest.Contains("report");
        return opens && verb > 0 && (_documentTellingVerbs.Contains(words[verb].Lower) || firstToReport) ? (i, i + 1, noun) : null;
    }

    /// <summary>A word that may open an author's or outlet's name: capitalised ("Reuters") or a digit-led brand ("36Kr"), not a day or month.</summary>
    private static bool AuthorNameLike(Word word) =>
        (word.IsCapitalised || (char.IsDigit(word.Core[0]) && word.Core.Any(char.IsLetter))) && !IsDate(word);

    /// <summary>A capitalised describing word a cited publication may carry: "the Japanese business daily", "the Web site".</summary>
    private static bool Demonym(string word) =>
        word == "Web" || (word.Length > 4 && (word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal)) && !word.Contains('-', StringComparison.Ordinal));

    /// <summary>"the agency reported": an agency that reports or quotes is a news agency ("the agency said" may be a regulator).</summary>
    private static bool AgencyReports(List<Word> words, int noun) =>
        noun + 1 < words.Count && !words[noun].EndsPhrase && words[noun + 1].Lower is "reported" or "reports" or "quoted" or "cited";

    /// <summary>Whether word i follows a citing cue: "according to", "per", "as per", "citing", "based on".</summary>
    private static bool CitingCueBefore(List<Word> words, int i) =>
        i > 0 && !words[i - 1].EndsPhrase
        && ((i > 1 && words[i - 2].Lower == "according" && words[i - 1].Lower == "to") || words[i - 1].Lower is "per" or "citing"
            || (i > 1 && words[i - 2].Lower == "based" && words[i - 1].Lower == "on"));
}
