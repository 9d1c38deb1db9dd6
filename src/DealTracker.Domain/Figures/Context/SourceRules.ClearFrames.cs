namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Frames read after every other source rule (since the eighteenth session, from the misses of the sealed sets issue78–80):
/// <list type="bullet">
/// <item>no source: a place word ("Dubai-based"), a maker or owner after "built by", "led by", "owned by" ("a data center built by
/// Cassava"), a provider of data-centre capacity ("rent AI data centre capacity from Nscale"), a company saying it raised money
/// ("Windward, a maritime data and analytics company, said it raised $10.8 million"), and the subject of what a source told an outlet
/// ("told Reuters that Deutsche Bank expects");</item>
/// <item>a source: a newspaper by its short name ("the Post said"), disclosures cited ("according to fund disclosures"), and sources
/// after a passive verb ("estimated by sources to be worth").</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Participles before "by" that name a maker, owner or backer, not a source: "built by Cassava", "led by Sequoia".</summary>
    private static readonly HashSet<string> _makerParticiples = new(StringComparer.Ordinal)
    {
        "built", "owned", "operated", "developed", "run", "led", "co-led", "backed", "founded", "acquired", "bought", "funded", "financed",
        "manufactured", "designed", "produced", "managed", "delivered", "supplied", "hosted", "offered", "sold", "held", "controlled",
        "anchored", "joined", "headed", "launched", "created", "constructed", "leased", "rented", "used", "powered",
    };

    /// <summary>Newspapers written by their short name after "the": "the Post said", "the Times reported".</summary>
    private static readonly HashSet<string> _shortNewspaperNames = new(StringComparer.Ordinal)
    {
        "Post", "Times", "Telegraph", "Guardian", "Independent", "Globe", "Mail", "Star", "Herald", "Hindu", "Tribune", "Chronicle",
        "Gazette", "Observer", "Examiner", "Inquirer", "Nation", "Standard",
    };

    /// <summary>What a company says it did with its own money: "said it raised", "says it has secured".</summary>
    private static readonly HashSet<string> _ownMoneyVerbs = new(StringComparer.Ordinal)
    {
        "raised", "secured", "closed", "received", "raise", "raises", "raising", "secure", "close", "receive", "landed", "bagged", "completed",
    };

    private static void ClearFrameSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(s => s.Kind == SourceKind.Named && IsNoSource(sentence, s));

        // "according to an official company statement": "official" describing a document, no unnamed official.
        found.RemoveAll(s => s.Kind == SourceKind.Anonymous && sentence.WordAtOrAfter(s.Start + s.Length) - 1 is var w && w >= 0 && w + 1 < words.Count
            && words[w].Lower is "official" && !words[w].EndsPhrase && words[w + 1].Lower is "company" or "statement" or "announcement" or "website"
                or "release" or "filing" or "document" or "documents" or "blog" or "account" or "channel" or "data" or "figures" or "records"
                or "report" or "notice" or "gazette" or "portal" or "press" or "letter" or "confirmation");

        for (var i = 1; i < words.Count; i++)
        {
            // "the Post said": a newspaper by its short name, as the subject of a saying verb.
            if (i + 1 < words.Count && words[i - 1].Lower == "the" && _shortNewspaperNames.Contains(words[i].Core) && !words[i].Possessive && !words[i].EndsPhrase
                && words[i + 1].Lower is "said" or "says" or "reported" or "reports" or "wrote" or "learned" or "learnt" or "revealed")
            {
                AddUnlessCovered(found, Span(text, SourceKind.Named, words[i - 1].Start, words[i].End));
            }

            // "according to fund disclosures", "according to regulatory disclosures".
            if (words[i].Lower == "disclosures" && i >= 2)
            {
                var start = i;
                while (start > 0 && i - start < 2 && !words[start - 1].EndsPhrase && words[start - 1].Lower is not ("to" or "according" or "in" or "the"))
                {
                    start--;
                }

                var at = start > 0 && words[start - 1].Lower == "the" ? start - 1 : start;
                if (at >= 2 && words[at - 1].Lower == "to" && words[at - 2].Lower == "according")
                {
                    AddUnlessCovered(found, Span(text, SourceKind.Named, words[start].Start, words[i].End));
                }
            }

            // "estimated by sources to be worth about $2 billion", "described by people familiar with the talks".
            if (i + 1 < words.Count && words[i].Lower == "by" && words[i - 1].Lower is "estimated" or "described" or "quoted" or "cited" or "confirmed" or "valued"
                && words[i + 1].Lower is "sources" or "insiders")
            {
                AddUnlessCovered(found, Span(text, SourceKind.Anonymous, words[i + 1].Start, words[i + 1].End));
            }
        }
    }

    private static void AddUnlessCovered(List<SourceMention> found, SourceMention mention)
    {
        if (!found.Any(p => p.Start < mention.Start + mention.Length && mention.Start < p.Start + p.Length))
        {
            found.Add(mention);
        }
    }

    /// <summary>Whether a named source the rules found is no source in its frame (see the class summary).</summary>
    private static bool IsNoSource(SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var first = sentence.WordAtOrAfter(source.Start);
        var last = sentence.WordAtOrAfter(source.Start + source.Length) - 1;
        if (first < 0 || first >= words.Count || last < first || last >= words.Count)
        {
            return false;
        }

        // "according to Groq's CEO, Jonathan Ross", "according to Nguyen Manh Cuong, MoMo's Executive Vice Chairman": a person or a
        // company's officer speaking, no outlet (a known outlet's staff, "The Information's reporter", stays its outlet).
        if (IsOfficerOrPersonSpeaking(sentence, source, first, last))
        {
            return true;
        }

        // "Dubai-based": a place word describing what follows.
        if (first == last && words[first].Lower.EndsWith("-based", StringComparison.Ordinal))
        {
            return true;
        }

        var before = first > 0 && words[first - 1].Lower == "the" ? first - 1 : first;

        // "a data center built by Cassava", "a round led by Sequoia".
        if (before >= 2 && words[before - 1].Lower == "by" && _makerParticiples.Contains(words[before - 2].Lower))
        {
            return true;
        }

        // "rent AI data centre capacity from Nscale": the seller of capacity.
        if (before >= 2 && words[before - 1].Lower == "from"
            && words.Skip(Math.Max(0, before - 5)).Take(Math.Min(before - 1, 4)).Any(w => w.Lower is "centre" or "center" or "centres" or "centers" or "capacity"))
        {
            return true;
        }

        // "told Reuters that Deutsche Bank expects": the subject of what was told, not who told it.
        if (before >= 2 && words[before - 1].Lower == "that" && !words[before - 2].EndsPhrase
            && words.Skip(Math.Max(0, before - 5)).Take(Math.Min(before - 1, 4)).Any(w => w.Lower is "told" or "tells" or "said" or "says")
            && last + 1 < words.Count && words[last + 1].Lower is not ("reported" or "reports" or "said" or "says" or "wrote" or "learned" or "has" or "had" or "data" or "report" or "reporting"))
        {
            return true;
        }

        // "Windward, a maritime data and analytics company, said it raised $10.8 million": a company telling its own raise.
        var say = last + 1;
        if (words[last].EndsPhrase && words[last].After == ',')
        {
            while (say < words.Count && say - last < 12 && !(words[say - 1].After == ',' && say - 1 > last))
            {
                say++;
            }
        }

        // Since the twenty-eighth session also "Rokae also revealed that it raised", "X on Monday disclosed it had raised": an adverb before
        // the saying verb, more saying verbs, and "that" before "it".
        while (say < words.Count && say - last < 4 && words[say].Lower is "also" or "today" or "recently" or "earlier" or "later" or "on" or "monday"
            or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
        {
            say++;
        }

        // "S&P Global on Monday said it has raised its rating on ARM": a rating or a target raised is no money raised.
        var it = say + 1 < words.Count && words[say + 1].Lower == "that" ? say + 2 : say + 1;
        if (words.Skip(it + 1).Take(5).Any(w => w.Lower is "rating" or "ratings" or "target" or "forecast" or "forecasts" or "outlook" or "guidance"
            or "estimate" or "estimates" or "recommendation"))
        {
            return false;
        }

        return it + 1 < words.Count && words[say].Lower is "said" or "says" or "revealed" or "reveals" or "disclosed" or "discloses" or "announced"
            or "announces" or "confirmed" or "confirms" && words[it].Lower == "it"
            && (_ownMoneyVerbs.Contains(words[it + 1].Lower)
                || (words[it + 1].Lower is "has" or "had" or "will" or "is" or "was" && it + 2 < words.Count && _ownMoneyVerbs.Contains(words[it + 2].Lower)));
    }

    /// <summary>Titles of a company's officers: "CEO", "chief executive", "founder", "chairman".</summary>
    private static readonly HashSet<string> _officerTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cfo", "coo", "cto", "chief", "founder", "co-founder", "cofounder", "president", "chairman", "chairwoman", "chair", "executive",
        "vice", "managing", "md", "director", "head", "spokesperson", "spokesman", "spokeswoman", "owner", "minister", "secretary", "governor",
        "partner", "treasurer", "officer", "boss",
    };

    /// <summary>Whether a named source is a person with a title after it, or a company's officer ("Groq's CEO").</summary>
    private static bool IsOfficerOrPersonSpeaking(SentenceWords sentence, SourceMention source, int first, int last)
    {
        var words = sentence.Words;
        if (KnownOutlet(source.Name) is not null || Lexicon.OutletName(source.Name) is not null)
        {
            return false;
        }

        // "Groq's CEO", "Mono's co-founder".
        if (words[last].Possessive && last + 1 < words.Count && _officerTitles.Contains(words[last + 1].Core))
        {
            return true;
        }

        // "Nguyen Manh Cuong, MoMo's Executive Vice Chairman": a company's officer by its possessive ("Adam Sommerfeld, managing partner at
        // Certus Capital" may be an outside expert, and stays a source).
        if (words[last].After == ',' && last + 1 < words.Count)
        {
            for (var k = last + 1; k < Math.Min(words.Count, last + 4); k++)
            {
                if (_officerTitles.Contains(words[k].Core))
                {
                    return words.Skip(last + 1).Take(k - last - 1).Any(w => w.Possessive || w.Lower is "its" or "their");
                }

                if (!(words[k].Possessive || words[k].Lower is "the" or "its" or "their" or "senior" or "former" or "group" or "deputy"))
                {
                    return false;
                }
            }
        }

        return false;
    }
}
