namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Data providers, research firms and estimators: a name after what kind of provider it is ("research firm PitchBook",
/// "data provider Dealogic", "as per the report by investment bank X"), an appositive saying so, a provider's analysts, a bank or
/// outlet that estimates ("…, Morgan Stanley estimates"), data coming from a provider, and a provider telling its figures ("Tracxn
/// shared", "research firm eMarketer forecast").
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _descriptors = new(StringComparer.Ordinal)
    {
        "research", "researcher", "researchers", "firm", "company", "provider", "data", "analytics", "consultancy", "consultant",
        "consulting", "tracker", "platform", "agency", "intelligence", "market", "industry", "analyst", "analysts", "newsletter",
        "publication", "outlet", "site", "website", "broadcaster", "newspaper", "daily", "magazine", "blog", "vc", "financial", "tracker",
        "pollster", "newswire", "wire", "news", "service", "database", "deals",
    };

    /// <summary>
    /// Words that say what kind of provider a source is: "research firm PitchBook", "Indian research firm Tracxn",
    /// "New York researcher CB Insights", "data provider Dealogic". A name after them is a named source.
    /// </summary>
    private static int SkipDescriptor(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var j = i;
        while (j < words.Count && j - i < 5 && !words[j].EndsPhrase && sentence.NameAt[j] is null)
        {
            if (j + 1 < words.Count && Lexicon.NotOrganisations.Contains(words[j].Core + " " + words[j + 1].Core))
            {
                j += 2;
            }
            else if (_descriptors.Contains(words[j].Lower) || Lexicon.Places.Contains(words[j].Core))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (j > i && j < words.Count && words[j - 1].Lower is not ("the" or "a") && words.Skip(i).Take(j - i).Any(w => _descriptors.Contains(w.Lower)))
        {
            return j;
        }

        // "mergers and acquisitions advisory firm Recof", "investment research firm Bernstein": lower-case words ending in what it is.
        var k = i;
        while (k < words.Count && k - i < 6 && !words[k].EndsPhrase && sentence.NameAt[k] is null && words[k].Core.Length > 0 && char.IsLower(words[k].Core[0]))
        {
            k++;
        }

        return k > i && k < words.Count && sentence.NameAt[k] is not null && _descriptors.Contains(words[k - 1].Lower) ? k : i;
    }

    /// <summary>"according to Briter Bridges, a data research company": an appositive saying the name is a provider or an outlet.</summary>
    private static bool DescribedAsProvider(List<Word> words, Name name)
    {
        var i = name.Last + 1;
        if (words[name.Last].After != ',' || i + 1 >= words.Count || words[i].Lower is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = i + 1; j < words.Count && j <= i + 4; j++)
        {
            if (words[j].Lower is "research" or "data" or "analytics" or "consultancy" or "tracker" or "provider" or "newspaper" or "magazine" or "information"
                or "publication" or "broadcaster" or "website" or "outlet" or "pollster" or "agency" or "database")
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

    /// <summary>A provider named after what it is, ending its clause or followed by a day: "market intelligence platform Tracxn on Friday".</summary>
    private static Name? InvertedProvider(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        var at = SkipDescriptor(sentence, from);
        if (at == from || sentence.NameAt[at] is not { Kind: not NameKind.Person } provider || provider.First != at)
        {
            return null;
        }

        return words[provider.Last].EndsPhrase || provider.Last + 1 == words.Count || words[provider.Last + 1].Lower is "on" or "citing" ? provider : null;
    }

    /// <summary>The verb right after an appositive that starts at <paramref name="from"/> and closes with a comma: "…, a data firm, estimates".</summary>
    private static bool VerbAfterAppositive(List<Word> words, int from)
    {
        for (var j = from; j < words.Count && j <= from + 6; j++)
        {
            if (words[j].After == ',')
            {
                return j + 1 < words.Count && words[j + 1].Lower is "expects" or "expected" or "estimates" or "estimated" or "said" or "says"
                    or "forecasts" or "forecast" or "reported" or "reports" or "found" or "showed" or "shows";
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"PitchBook analysts estimate", "Bloomberg Intelligence analysts said": an outlet's or provider's analysts, saying.</summary>
    private static bool AnalystsOf(List<Word> words, Name name, int next) =>
        name.Kind == NameKind.Outlet && next + 1 < words.Count && words[next].Lower is "analysts" or "researchers" or "economists"
        && words[next + 1].Lower is "estimate" or "estimated" or "estimates" or "said" or "say" or "says" or "expect" or "expects" or "wrote" or "calculate"
            or "calculated";

    /// <summary>
    /// "as per the report by investment bank Avalon Capital" (a report by a described organisation) and "citing data from industry
    /// regulator FSC" (data cited from one): the organisation after the descriptor, or null.
    /// </summary>
    private static Name? NinthRoundNamed(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var reportBy = words[i].Lower is "by" && words[i - 1].Lower is "report" or "study" or "analysis" or "survey" && !words[i - 1].EndsPhrase;
        var dataFrom = words[i].Lower is "from" && words[i - 1].Lower is "data" or "figures" or "statistics" && i >= 2
            && words[i - 2].Lower is "citing" or "quoting" or "using" && !words[i - 1].EndsPhrase;
        return (reportBy || dataFrom) && !words[i].EndsPhrase ? sentence.OrganisationAfterDescriptor(i + 1) : null;
    }

    /// <summary>Verbs of an estimate; the ones that are also nouns ("projects", "forecast") need "that" or a name after them.</summary>
    private static readonly HashSet<string> _eleventhEstimateVerbs = new(StringComparer.Ordinal)
    {
        "estimates", "estimated", "estimate", "estimating", "projects", "projected", "forecasts", "forecast", "forecasted", "predicts", "predicted",

        // Since the fifteenth session: "Techboard found that Victoria dominated …", "KKR calculates that …" (a finding needs "that" after it).
        "found", "finds", "calculates", "calculated",
    };

    /// <summary>Capitalised words that make "estimates" a noun, not someone estimating: "Industry estimates peg the cost", "Market estimates put".</summary>
    private static readonly HashSet<string> _eleventhEstimateModifiers = new(StringComparer.Ordinal)
    {
        "Industry", "Market", "Consensus", "Internal", "Official", "Government", "Company", "Early", "Initial", "Current", "Conservative",
        "Independent", "Analyst", "Street", "Some", "Other", "Recent", "Latest", "Previous", "Earlier", "Our", "Their", "Its", "These", "Such",
    };

    /// <summary>"…, Morgan Stanley estimates.", "Bloomberg estimated the divestment was worth", "Analysts at Jefferies are estimating"; not "Microsoft estimates its …".</summary>
    private static Name? EleventhEstimator(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_eleventhEstimateVerbs.Contains(words[i].Lower) || i == 0 || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var at = i - 1;
        at = words[at].Lower is "are" or "were" or "now" or "also" or "recently" or "previously" && at > 0 ? at - 1 : at;

        // Since the fifteenth session: "PwC Middle East has estimated that", "Saudi Technology Ventures has projected that".
        at = words[at].Lower is "has" or "have" or "had" && at > 0 && !words[at - 1].EndsPhrase ? at - 1 : at;
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
        var finding = words[i].Lower is "found" or "finds" or "calculates" or "calculated";
        return own || nounLike || (finding && after != "that") ? null : estimator;
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

    /// <summary>Verbs a provider or outlet tells its figures with, beside "said" and "reported".</summary>
    private static readonly HashSet<string> _twelfthProviderVerbs = new(StringComparer.Ordinal)
    {
        "noted", "notes", "shared", "shares", "forecast", "forecasts", "forecasted", "projected", "projects", "predicted", "predicts",
        "estimated", "estimates", "found", "finds", "observed", "calculated", "counted", "tallied", "showed", "shows", "highlighted",
    };

    /// <summary>
    /// "Global Venturing noted that …", "…, Tracxn shared.", "Research firm eMarketer forecast …": an outlet or provider (listed, shaped
    /// like one, or described as a research or data firm) right before a verb of finding or telling. "Microsoft noted" is no source.
    /// </summary>
    private static Name? TwelfthProviderTelling(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_twelfthProviderVerbs.Contains(words[i].Lower) || words[i - 1].EndsPhrase
            || sentence.NameAt[i - 1] is not { Possessive: false, Kind: not NameKind.Person } name || name.Last != i - 1)
        {
            return null;
        }

        // The verb must tell something: "that", a clause's end, or a figure's subject after it ("forecast the company would …").
        var tells = words[i].EndsPhrase || i + 1 == words.Count || words[i + 1].Lower is "that" or "the" or "in" or "on" or "a" or "an";
        var described = name.First >= 2 && words[name.First - 1].Lower is "firm" or "company" or "provider" or "tracker" or "platform" or "consultancy"
            && words[name.First - 2].Lower is "research" or "data" or "analytics" or "intelligence" or "consulting" or "advisory" or "market";
        return tells && (name.Kind == NameKind.Outlet || IsOutletish(name) || described) ? name : null;
    }
}
