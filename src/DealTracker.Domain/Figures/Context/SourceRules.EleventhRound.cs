namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The source rules added after blind25 and blind26's first runs (the eleventh round), read after the tenth round's: a bank, analyst or
/// outlet that estimates, projects or forecasts ("…, Morgan Stanley estimates", "Jefferies analysts estimate that"); the outlet a speaker
/// told, explained to, shared details with or was contacted by ("told Latitude Media", "shared details with WIRED", "contacted by
/// Reuters"); the outlet a document was seen by ("a term sheet seen by TechCabal"); and the provider data came from ("data coming from Crunchbase").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Verbs of an estimate; the ones that are also nouns ("projects", "forecast") need "that" or a name after them.</summary>
    private static readonly HashSet<string> _eleventhEstimateVerbs = new(StringComparer.Ordinal)
    {
        "estimates", "estimated", "estimate", "estimating", "projects", "projected", "forecasts", "forecast", "forecasted", "predicts", "predicted",
    };

    /// <summary>
    /// Words of a speaker's contact with an outlet: "an explanation to CNBC", "shared details with WIRED". Not "a statement shared with" or
    /// "contacted by" an outlet: the corpus labels those both ways, as the writing outlet's own contact (blind15, blind22) and as a source (blind25).
    /// </summary>
    private static readonly HashSet<string> _eleventhContactWords = new(StringComparer.Ordinal)
    {
        "explanation", "explained", "details", "information", "interview", "spoke", "speaking", "remarks", "told",
    };

    /// <summary>Capitalised words that make "estimates" a noun, not someone estimating: "Industry estimates peg the cost", "Market estimates put".</summary>
    private static readonly HashSet<string> _eleventhEstimateModifiers = new(StringComparer.Ordinal)
    {
        "Industry", "Market", "Consensus", "Internal", "Official", "Government", "Company", "Early", "Initial", "Current", "Conservative",
        "Independent", "Analyst", "Street", "Some", "Other", "Recent", "Latest", "Previous", "Earlier", "Our", "Their", "Its", "These", "Such",
    };

    /// <summary>Bodies a person tells that are no outlets: "told Parliament", "told Congress".</summary>
    private static readonly HashSet<string> _eleventhToldBodies = new(StringComparer.Ordinal)
    {
        "Parliament", "Congress", "Senate", "Court", "Committee", "Council", "Assembly", "Cabinet", "Board", "Lawmakers", "Shareholders",
    };

    /// <summary>What a document an outlet has seen is called: "a term sheet seen by", "an offering document seen by".</summary>
    private static readonly HashSet<string> _eleventhDocuments = new(StringComparer.Ordinal)
    {
        "document", "documents", "sheet", "memo", "letter", "email", "emails", "presentation", "deck", "filing", "filings", "prospectus",
        "draft", "copy", "records", "contract", "proposal", "note", "materials", "agreement", "report",
    };

    /// <summary>Adds the eleventh round's named sources to <paramref name="found"/>.</summary>
    private static void EleventhRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if ((EleventhEstimator(sentence, i) ?? EleventhContacted(sentence, i) ?? EleventhSeenBy(sentence, i) ?? EleventhDataFrom(sentence, i)) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }
        }
    }

    /// <summary>"…, Morgan Stanley estimates.", "Bloomberg estimated the divestment was worth", "Analysts at Jefferies are estimating"; not "Microsoft estimates its …".</summary>
    private static Name? EleventhEstimator(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_eleventhEstimateVerbs.Contains(words[i].Lower) || i == 0 || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var at = i - 1;
        at = words[at].Lower is "are" or "were" or "now" or "also" && at > 0 ? at - 1 : at;
        at = words[at].Lower is "analysts" or "analyst" or "economists" or "strategists" && at > 0 ? at - 1 : at;
        var estimator = sentence.NameAt[at] is { Kind: not NameKind.Person, Possessive: false } named && named.Last == at ? named
            : words[at].Lower is "analysts" or "economists" && at + 2 < words.Count && words[at + 1].Lower == "at" ? sentence.NameAt[at + 2] : null;
        if (estimator is null || estimator.Kind == NameKind.Person || (estimator.First == estimator.Last && _eleventhEstimateModifiers.Contains(words[estimator.First].Core)))
        {
            return null;
        }

        // "…, Morgan Stanley estimates." ends the clause; otherwise the estimate opens it and is not of the estimator's own figures.
        var atEnd = words[i].EndsPhrase || i + 1 == words.Count;
        var opens = estimator.First == 0 || words[estimator.First - 1].EndsPhrase || (estimator.First == 1 && words[0].Lower == "the")
            || words[estimator.First - 1].Lower is "analysts" or "at";
        if (atEnd || !opens)
        {
            return atEnd && opens ? estimator : null;
        }

        // "Huang projected $500 billion in sales": a bare figure after the verb is the estimator's own forecast.
        var after = words[i + 1].Lower;
        var own = (words[i + 1].Core is { Length: > 0 } core && !char.IsLetter(core[0])) || after is "its" or "it" or "their" or "our" || (after == "that" && i + 2 < words.Count && words[i + 2].Lower is "its" or "it");
        var nounLike = words[i].Lower is "projects" or "forecast" or "estimate" && after != "that" && !words[i + 1].IsCapitalised;
        return own || nounLike ? null : estimator;
    }

    /// <summary>"offered a measured explanation to CNBC", "shared details with WIRED", "when contacted by Reuters", "told Latitude Media,".</summary>
    private static Name? EleventhContacted(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i + 1 >= words.Count || words[i].EndsPhrase || sentence.NameAt[i + 1] is not { Kind: not NameKind.Person } outlet || outlet.First != i + 1)
        {
            return null;
        }

        // "CEO Chase Lochmiller told Latitude Media, …": a person telling a name that ends the clause is telling an outlet.
        if (words[i].Lower is "told" or "tells" && i >= 1 && sentence.NameAt[i - 1] is { Kind: NameKind.Person }
            && (words[outlet.Last].EndsPhrase || outlet.Last + 1 == words.Count) && !_eleventhToldBodies.Contains(words[outlet.Last].Core))
        {
            return outlet;
        }

        // A known outlet after "to", "with" or "by" a few words after a contact word.
        return outlet.Kind == NameKind.Outlet && words[i].Lower is "to" or "with" or "by"
            && words.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).Any(w => _eleventhContactWords.Contains(w.Lower))
            && !words.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).Any(w => w.Lower is "statement" or "statements")
            ? outlet
            : null;
    }

    /// <summary>"A term sheet seen by TechCabal", "an offering document seen by Bloomberg": the outlet that saw a document.</summary>
    private static Name? EleventhSeenBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return words[i].Lower is "seen" or "reviewed" or "viewed" && i >= 1 && i + 2 < words.Count && words[i + 1].Lower == "by"
            && _eleventhDocuments.Contains(words[i - 1].Lower) && !words[i - 1].EndsPhrase
            && sentence.NameAt[i + 2] is { Kind: not NameKind.Person } outlet && outlet.First == i + 2
                ? outlet
                : null;
    }

    /// <summary>"the most recent data coming from Crunchbase", "recent data also released by Crunchbase": the provider of data.</summary>
    private static Name? EleventhDataFrom(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "data" || words[i].EndsPhrase)
        {
            return null;
        }

        for (var k = i + 1; k < words.Count && k - i <= 3; k++)
        {
            if (words[k].Lower is "from" or "by")
            {
                return k + 1 < words.Count && sentence.NameAt[k + 1] is { Kind: not NameKind.Person } provider && provider.First == k + 1 ? provider : null;
            }

            if (words[k].EndsPhrase || words[k].IsCapitalised)
            {
                return null;
            }
        }

        return null;
    }
}
