namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the forty-seventh session: a broker that moves its price target or rating is cited for it, as its analysts are (S6: "Barclays
/// raised the price target on Seagen from $145 to $228", "Brokerage houses including HSBC, DBS, CICC and CCBI raised their price
/// targets"); a company telling its own plans, results or outlook is no source (S2: "Meta had projected capital expenditures of $60 billion",
/// "Amazon noted in its earnings report", "Meta revealed in June that it was investing", "…, according to Adobe" of a deal Adobe is in);
/// a month's short form is a date, never a source ("In its quarterly report from Oct. 29").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Verbs of a broker moving its view: "raised", "cut", "lowered", "reiterated", "initiated".</summary>
    private static readonly HashSet<string> _targetVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raises", "lifted", "lifts", "cut", "cuts", "lowered", "lowers", "increased", "increases", "boosted", "boosts", "trimmed",
        "trims", "hiked", "hikes", "reiterated", "reiterates", "maintained", "maintains", "upgraded", "upgrades", "downgraded", "downgrades",
        "initiated", "initiates", "reduced", "reduces", "slashed", "slashes",
    };

    /// <summary>Verbs a company tells its own plans or results with: "projected", "noted", "revealed".</summary>
    private static readonly HashSet<string> _ownStatementVerbs = new(StringComparer.Ordinal)
    {
        "projected", "projects", "noted", "notes", "revealed", "reveals", "disclosed", "discloses", "forecast", "forecasts", "forecasted",
    };

    /// <summary>Words of a company's own results and plans: "capital expenditures", "second quarter revenue", "its earnings report".</summary>
    private static readonly HashSet<string> _ownResultsWords = new(StringComparer.Ordinal)
    {
        "its", "their", "it", "revenue", "revenues", "sales", "expenditures", "expenditure", "capex", "earnings", "profit", "guidance", "outlook",
        "quarter", "quarterly",
    };

    /// <summary>Short forms of months, which a split name may leave alone before a day: "Oct. 29".</summary>
    private static readonly HashSet<string> _monthShortForms = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static void BrokerAndOwnStatementSources(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(s => s.Kind == SourceKind.Named && _monthShortForms.Contains(s.Name.TrimEnd('.')));
        found.RemoveAll(s => s.Kind == SourceKind.Named && IsOwnStatement(sentence, s));

        for (var i = 1; i + 2 < words.Count; i++)
        {
            if (!_targetVerbs.Contains(words[i].Lower) || words[i - 1].EndsPhrase || !TargetAfter(words, i))
            {
                continue;
            }

            // The broker right before the verb, or every broker of a list ending there: "HSBC, DBS, CICC and CCBI raised".
            var k = i - 1;
            while (k >= 0 && sentence.NameAt[k] is { Kind: NameKind.Organisation } broker && broker.Last == k)
            {
                if (Lexicon.Places.Contains(words[broker.First].Core) || found.Any(f => f.Start < broker.End && broker.Start < f.Start + f.Length))
                {
                    break;
                }

                found.Add(new SourceMention(broker.Text, SourceKind.Named, broker.Start, broker.End - broker.Start));

                // The list goes on before: "DBS, CICC and CCBI", "HSBC, DBS".
                k = broker.First >= 2 && words[broker.First - 1].Lower == "and" ? broker.First - 2
                    : broker.First >= 1 && words[broker.First - 1].After == ',' ? broker.First - 1
                    : -1;
            }
        }
    }

    /// <summary>"the price target", "its price target", "their price targets", "a target price", "its rating" within a few words after the verb.</summary>
    private static bool TargetAfter(List<Word> words, int verb)
    {
        for (var k = verb + 1; k < words.Count && k - verb <= 4; k++)
        {
            if ((words[k].Lower == "price" && k + 1 < words.Count && words[k + 1].Lower is "target" or "targets" or "objective")
                || (words[k].Lower == "target" && k + 1 < words.Count && words[k + 1].Lower == "price")
                || (words[k].Lower is "rating" && k > verb + 1 && words[k - 1].Lower is "its" or "their" or "the"))
            {
                return true;
            }

            // A person's own target: "Analyst Mike Colonnese raised his price target to $80".
            if (words[k].EndsPhrase || words[k].Lower is "his" or "her")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A company, not a listed outlet or data provider, telling its own plans or results ("Meta projected second quarter revenue", "Amazon
    /// noted in its earnings report"), or cited by "according to" about a deal it is named in before ("between Adobe and Figma …, according
    /// to Adobe").
    /// </summary>
    private static bool IsOwnStatement(SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var at = sentence.WordAtOrAfter(source.Start);
        if (at >= words.Count || sentence.NameAt[at] is not { Kind: NameKind.Organisation } name || name.Start != source.Start
            || Lexicon.OutletName(source.Name) is not null || KnownOutlet(source.Name) is not null || IsKnownProvider(source.Name))
        {
            return false;
        }

        // "…, according to Adobe" when Adobe is named before in the sentence.
        if (name.First >= 2 && words[name.First - 1].Lower == "to" && words[name.First - 2].Lower == "according"
            && sentence.Names.Any(n => n.Last < name.First - 2 && string.Equals(n.Text, name.Text, StringComparison.Ordinal)))
        {
            return true;
        }

        // The subject of an own-statement verb, then its own results or plans: "Meta had projected capital expenditures".
        var verb = name.Last + 1;
        while (verb < words.Count && verb - name.Last <= 2 && words[verb].Lower is "had" or "has" or "also")
        {
            verb++;
        }

        if (verb >= words.Count || words[name.Last].EndsPhrase || !_ownStatementVerbs.Contains(words[verb].Lower) || (name.First > 0 && !words[name.First - 1].EndsPhrase
                && words[name.First - 1].Lower is not ("and" or "but" or "while" or "as")))
        {
            return false;
        }

        for (var k = verb + 1; k < words.Count && k - verb <= 5; k++)
        {
            if (_ownResultsWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
