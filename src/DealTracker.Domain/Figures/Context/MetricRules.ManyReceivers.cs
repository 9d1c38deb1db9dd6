using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money many companies took in, or money spread over many deals, is a total (issue 12's convention M4: "startups raised $X in 2024",
/// "invested a record $X over 40 transactions"), read after every metric rule:
/// <list type="bullet">
/// <item>a bare plural of companies is the subject of a raising or receiving verb right before the figure ("U.K. biotechs raised £3.5
/// billion", "Hardware companies — in large part due to AI infrastructure — raised $11 billion", "Five Irish start-ups have received a
/// combined €20.5 million"); "the companies", "both firms" or "its startups" name companies told of before and are left to the other
/// rules;</item>
/// <item>since the thirtieth session, a country or region opening its clause takes in its market's money ("Kenya hauled an impressive
/// $244 million in startup funding"), and a bare crowd of investors puts it into many receivers or a market ("VCs have poured $116.9
/// billion into digital health");</item>
/// <item>since the thirty-first session, a market, a period or a startup hub before a relative clause's money ("the software industry,
/// which attracted $3.6 billion", "with New England clocking $870 million"), corporate investors in a period ("the $1.8 billion that
/// corporate VCs invested during the same quarter"), and named companies taking in a combined sum ("aXiomatic, Cloud9 and G2 Esports have
/// received a combined $103.3 million");</item>
/// <item>the figure is spread over a counted number of deals or rounds after it ("raised a record €2.16 billion in 264 financing rounds",
/// "USD514.7 million was invested across 95 funding rounds", "has already raised $8 billion in three deals"). One investor's money into
/// a counted number of companies is its plan, an investment (convention M2: "Intel Capital will invest €300 million in 15 startups").</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Plural nouns of companies that, bare, stand for a crowd of them: "startups", "biotechs".</summary>
    private static readonly HashSet<string> _manyReceiverNouns = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "businesses", "biotechs", "fintechs", "unicorns", "founders", "entrepreneurs",
        "scaleups", "scale-ups", "smes", "upstarts",
    };

    /// <summary>
    /// Since the twentieth session: a market as the receiver ("Nigerian fintech raised $230 million in 2025", "the country's AI sector
    /// attracted $X"): sector names used bare ("fintech", "biotech"), and market nouns with any determiner ("the sector", "the ecosystem").
    /// </summary>
    private static readonly HashSet<string> _bareSectorNouns = new(StringComparer.Ordinal)
    {
        "fintech", "biotech", "edtech", "healthtech", "agritech", "agtech", "proptech", "insurtech", "cleantech", "deeptech", "foodtech",
    };

    private static readonly HashSet<string> _marketReceiverNouns = new(StringComparer.Ordinal)
    {
        "sector", "sectors", "industry", "ecosystem", "ecosystems", "space", "market",
    };

    /// <summary>Verbs of money coming in: "raised", "received", "attracted".</summary>
    private static readonly HashSet<string> _receivingVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raise", "raises", "received", "receive", "receives", "secured", "secure", "attracted", "attract", "drew", "draw",
        "netted", "bagged", "garnered", "accrued", "got", "collected", "landed", "obtained", "amassed", "mopped",

        // Since the thirtieth session: "Kenya hauled $244 million", "AI chip startups have already soaked up $1.1 billion", "raked in".
        "hauled", "pocketed", "scooped", "soaked", "raked", "pulled",

        // Since the thirty-first session: "New England clocking $870 million in venture funding".
        "clocking", "clocked", "logged",
    };

    /// <summary>
    /// Since the thirty-first session: cities, states and regions that, opening a clause, stand for their startups ("Silicon Valley …
    /// raised $3.6 billion", "Bristol and Oxford … raising £220m"); countries are in <c>_countriesAndRegions</c>.
    /// </summary>
    private static readonly HashSet<string> _startupHubs = new(StringComparer.Ordinal)
    {
        "Silicon Valley", "New England", "Bay Area", "London", "Berlin", "Paris", "Munich", "Amsterdam", "Stockholm", "Helsinki", "Copenhagen",
        "Barcelona", "Madrid", "Zurich", "Bristol", "Oxford", "Cambridge", "Manchester", "Edinburgh", "Scotland", "Wales", "Toronto",
        "Vancouver", "Montreal", "Montréal", "Quebec", "Québec", "Ontario", "Boston", "New York", "Austin", "Seattle", "Bengaluru",
        "Bangalore", "Mumbai", "Delhi", "Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Tel Aviv", "Lagos", "Nairobi", "Cairo", "Dubai",
        "Riyadh", "California", "Texas", "Massachusetts",
    };

    /// <summary>Since the thirty-first session: nouns of a period a relative clause's money came in over ("the same period last year, which raised").</summary>
    private static readonly HashSet<string> _periodNouns = new(StringComparer.Ordinal)
    {
        "year", "years", "period", "quarter", "quarters", "month", "months", "half",
    };

    /// <summary>Since the thirtieth session: bare plurals of investors whose money put in is a market's total (M4): "venture capitalists invested".</summary>
    private static readonly HashSet<string> _crowdInvestorNouns = new(StringComparer.Ordinal)
    {
        "investors", "vcs", "capitalists", "backers",
    };

    /// <summary>Verbs of a crowd of investors putting money in; not "committed" or "pledged" (a named group's plan, M2).</summary>
    private static readonly HashSet<string> _crowdInvestingVerbs = new(StringComparer.Ordinal)
    {
        "invested", "poured", "pumped", "put", "ploughed", "plowed", "injected", "deployed", "funneled", "funnelled", "spent", "invest", "pour",
    };

    /// <summary>
    /// Words after the figure that make a country's money a bond or a loan the state raises, or one investment into it, not its market's
    /// total.
    /// </summary>
    private static readonly HashSet<string> _stateDebtWords = new(StringComparer.Ordinal)
    {
        "bond", "bonds", "eurobond", "eurobonds", "sukuk", "notes", "loan", "loans", "debt", "bills", "treasury", "issuance", "from",

        // "Japan will receive a US$10bn investment": one investment into the country (M2).
        "investment", "investments", "commitment", "pledge",
    };

    /// <summary>Words between a crowd and its verb: "have collectively raised", "together received".</summary>
    private static readonly HashSet<string> _crowdVerbFillers = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "will", "would", "collectively", "together", "cumulatively", "jointly", "also", "already", "reportedly",
        "only", "just", "combined", "altogether", "so", "far",
    };

    /// <summary>Words that refer back to companies told of before: "the companies", "both firms", "its startups".</summary>
    private static readonly HashSet<string> _referringDeterminers = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "both", "its", "their", "his", "her", "our", "such", "which", "whose",
    };

    /// <summary>Words between the verb and the figure: "raised a combined $X", "received about $X", "raised a total of $X".</summary>
    private static readonly HashSet<string> _crowdFigureFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "combined", "total", "of", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "more",
        "than", "just", "under", "upwards", "record", "estimated", "collectively", "together", "in", "only", "up", "to", "mere",
        "whopping", "cumulative", "further", "another", "additional", "net",
    };

    /// <summary>Nouns of deals a figure may be spread over: "in 264 financing rounds", "across 95 deals", "in three deals".</summary>
    private static readonly HashSet<string> _spreadDealNouns = new(StringComparer.Ordinal)
    {
        "deals", "rounds", "transactions", "investments",

        // Since the twenty-first session: money raised across counted funds ("$158.9 billion was raised across 99 vehicles").
        "vehicles", "funds",
    };

    private static readonly HashSet<string> _spreadCountWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "several",
        "many", "multiple", "numerous",
    };

    /// <summary>The metric after the many-receivers cues: other (null) when a crowd took the money in or it is spread over many deals.</summary>
    private static Metric? ManyReceiversReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        if (metric is not (Metric.RoundSize or Metric.Investment))
        {
            return metric;
        }

        var words = sentence.Words;

        return IsCrowdReceiving(words, first) || IsCrowdInvesting(words, first) || IsCrowdInvestingAfter(words, last) || IsSpreadOverMany(words, last)
            || IsNamedListCombined(sentence, first) ? null : metric;
    }

    /// <summary>
    /// Since the thirty-first session: "aXiomatic, Cloud9 and G2 Esports have received a combined $103.3 million": a list of named companies
    /// taking in a combined sum is a total over their deals (M4).
    /// </summary>
    private static bool IsNamedListCombined(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var k = CrowdVerbBefore(words, first);
        var combined = words.Skip(k + 1).Take(first - k - 1).Any(w => w.Lower is "combined" or "collective" or "cumulative");
        if (k < 1 || !_receivingVerbs.Contains(words[k].Lower) || words[k].EndsPhrase)
        {
            return false;
        }

        var n = k - 1;
        while (n >= 0 && _crowdVerbFillers.Contains(words[n].Lower) && !words[n].EndsPhrase)
        {
            combined |= words[n].Lower is "collectively" or "together" or "jointly" or "combined";
            n--;
        }

        return combined && n >= 2 && sentence.NameAt[n] is { } last && last.Last == n && last.First >= 2 && words[last.First - 1].Lower == "and"
            && sentence.NameAt[last.First - 2] is not null;
    }

    /// <summary>
    /// Since the thirty-first session: "the $1.8 billion that corporate VCs invested during the same quarter last year": a bare crowd of
    /// investors after the figure, in a period.
    /// </summary>
    private static bool IsCrowdInvestingAfter(List<Word> words, int last)
    {
        var k = last + 1;
        if (k + 2 >= words.Count || words[last].EndsPhrase || words[k].Lower is not ("that" or "which"))
        {
            return false;
        }

        k++;
        k += words[k].Lower is "corporate" or "venture" or "private" or "institutional" or "foreign" ? 1 : 0;
        if (k + 1 >= words.Count || !IsCrowdInvestorNoun(words, k) || !_crowdInvestingVerbs.Contains(words[k + 1].Lower))
        {
            return false;
        }

        // In a period, into no company named ("that investors put into Contoso last year" is Contoso's round).
        var after = words.Skip(k + 2).Take(6).ToList();
        var period = after.FindIndex(w => _periodNouns.Contains(w.Lower) || IsYear(w));
        return period >= 0 && !after.Take(period).Any(w => w.IsCapitalised);
    }

    /// <summary>"investors", "VCs", "venture capitalists", "corporate venture arms": a bare crowd of investors at word <paramref name="n"/>.</summary>
    private static bool IsCrowdInvestorNoun(List<Word> words, int n) =>
        _crowdInvestorNouns.Contains(words[n].Lower) && !(words[n].Lower == "capitalists" && (n == 0 || words[n - 1].Lower != "venture"))
        || (words[n].Lower == "arms" && n > 0 && words[n - 1].Lower == "venture");

    /// <summary>
    /// Since the thirtieth session: "venture capitalists invested about €6.5bn in the EU", "Venture capital investors poured $192.7 billion
    /// into AI startups", "VCs put $35.8 billion behind startups": a bare crowd of investors (no count, no determiner) putting money in is
    /// a market's total (M4; 28 of the corpus's 30 such figures are labelled other, the two others "committed").
    /// </summary>
    private static bool IsCrowdInvesting(List<Word> words, int first)
    {
        var k = CrowdVerbBefore(words, first);

        if (k < 1 || !_crowdInvestingVerbs.Contains(words[k].Lower) || words[k].EndsPhrase)
        {
            return false;
        }

        var n = k - 1;
        while (n >= 0 && _crowdVerbFillers.Contains(words[n].Lower) && !words[n].EndsPhrase)
        {
            n--;
        }

        // "KKR Private Equity Investors has invested": the end of a name is no crowd.
        if (n < 0 || words[n].Possessive || words[n].EndsPhrase || !IsCrowdInvestorNoun(words, n)
            || (words[n].IsCapitalised && words[n].Lower != "vcs" && n > 0))
        {
            return false;
        }

        // "the investors", "30 private investors", "its backers", "two VCs": investors told of or counted, not a crowd.
        for (var d = n - 1; d >= 0 && n - d <= 3; d--)
        {
            if (words[d].EndsPhrase)
            {
                break;
            }

            if (_referringDeterminers.Contains(words[d].Lower) || words[d].Possessive || IsCountOfMany(words[d])
                || words[d].Lower is "a" or "an" or "one" or "existing" or "current" or "other" or "new" or "some" or "several" or "previous")
            {
                return false;
            }
        }

        // Since the thirty-first session also a crowd of investors in a period: "when corporate venture arms invested almost $1.1 billion"
        // after "the first quarter of this year".
        return IntoManyOrAMarket(words, first) || (n >= 1 && words.Take(n).Skip(Math.Max(0, n - 4)).Any(w => w.Lower == "when")
            && words.Take(n).Any(w => _periodNouns.Contains(w.Lower)));
    }

    /// <summary>Plural receivers and market nouns the money of a crowd of investors goes into: "into AI startups", "in the sector".</summary>
    private static readonly HashSet<string> _manyTargets = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "businesses", "ventures", "sector", "sectors", "industry", "market", "space", "ecosystem",
        "health", "tech", "technology", "fintech", "biotech", "ai", "crypto", "cryptocurrency-related", "deals", "rounds",
    };

    /// <summary>
    /// Whether the money goes "into" / "in" / "behind" many receivers or a market ("into AI startups", "in the EU", "into digital health");
    /// not into one company ("into the startup's latest round", "in Contoso").
    /// </summary>
    private static bool IntoManyOrAMarket(List<Word> words, int first)
    {
        var p = first + 1;
        while (p < words.Count && p - first <= 6 && words[p].Lower is not ("into" or "in" or "behind" or "across"))
        {
            if (words[p - 1].EndsPhrase)
            {
                return false;
            }

            p++;
        }

        if (p >= words.Count || p - first > 6 || (words[p - 1].EndsPhrase && p - 1 > first))
        {
            return false;
        }

        for (var k = p + 1; k < words.Count && k - p <= 5; k++)
        {
            if (words[k].Possessive || words[k].Lower is "startup" or "start-up" or "company" or "firm" or "round")
            {
                return false;
            }

            if (_manyTargets.Contains(words[k].Lower) || IsBarePlace(words, k)
                || (Lexicon.Places.Contains(words[k].Core) && words[k].Core is not ("Global" or "Public")
                    && (words[k].EndsPhrase || k + 1 == words.Count || !words[k + 1].IsCapitalised)))
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Back from the figure over at most four of "a combined", "about", "a total of" to where the crowd's verb would stand.</summary>
    private static int CrowdVerbBefore(List<Word> words, int first)
    {
        var k = first - 1;
        var fillers = 0;
        while (k >= 0 && _crowdFigureFillers.Contains(words[k].Lower) && !words[k].EndsPhrase && fillers < 4)
        {
            k--;
            fillers++;
        }

        return k;
    }

    /// <summary>"African startups raised $3.2 billion", "Five Irish start-ups have received a combined €20.5 million".</summary>
    private static bool IsCrowdReceiving(List<Word> words, int first)
    {
        var k = CrowdVerbBefore(words, first);

        // "soaked up $1.1 billion", "scooped up": the verb before its particle.
        if (k >= 2 && words[k].Lower == "up" && words[k - 1].Lower is "soaked" or "scooped" or "racked" or "snapped")
        {
            k--;
        }

        if (k < 1 || !_receivingVerbs.Contains(words[k].Lower) || words[k].EndsPhrase)
        {
            return false;
        }

        // Back over "have collectively" and a dashed aside ("Hardware companies — in large part … — raised") to the crowd.
        var n = k - 1;
        while (n >= 0 && _crowdVerbFillers.Contains(words[n].Lower) && !words[n].EndsPhrase)
        {
            n--;
        }

        if (n >= 0 && words[n].After is '—' or '–')
        {
            var open = n - 1;
            while (open >= 0 && words[open].After is not ('—' or '–') && n - open < 16)
            {
                open--;
            }

            n = open >= 0 && words[open].After is '—' or '–' ? open : -1;
        }

        // Since the thirty-first session: "the software industry, which attracted $3.6 billion", "the same period last year, which raised
        // $1 billion": the relative clause's money is the noun's before the comma.
        var relative = n >= 2 && words[n].Lower == "which" && words[n - 1].After == ',' && !words[n].EndsPhrase;
        if (relative)
        {
            n--;
            // Not "Mistral AI's seed round last year, which raised €105 million": the round, not the year, raised it.
            if (_periodNouns.Contains(words[n].Lower) && !(n >= 2 && words[n - 1].Lower is "last" or "this" or "previous"
                && words[n - 2].Lower is "round" or "raise" or "funding" or "financing" or "offering" or "ipo" or "listing" or "deal"))
            {
                return true;
            }
        }

        // "startups in Southeast Asia raised", "companies based in India raised": a short place after the crowd.
        for (var tail = n; tail >= 0 && n - tail <= 4; tail--)
        {
            if (words[tail].EndsPhrase && tail != n)
            {
                break;
            }

            if (words[tail].Lower is "in" or "from" or "based" && tail > 0 && _manyReceiverNouns.Contains(words[tail - 1].Lower))
            {
                n = tail - 1;
                break;
            }
        }

        // "Anthropic, one of the world's hottest AI startups, raised": a crowd noun closing an aside describes one company.
        if (n < 0 || words[n].Possessive || (words[n].After is ',' or ')' && !relative))
        {
            return false;
        }

        // Since the thirtieth session: a country or region takes in its market's money ("Kenya hauled an impressive $244 million in
        // startup funding"), unless the money is a bond or a loan the state raises ("Nigeria raised $1.5 billion in Eurobonds").
        if (IsPlaceEndingAt(words, n))
        {
            return !words.Skip(first).Take(8).Any(w => _stateDebtWords.Contains(w.Lower));
        }

        // "the country's blockchain sector attracted", "Nigerian fintech raised" (bare, not "the fintech", one company); "a milestone for
        // the software industry, which attracted" (a relative clause's market, whatever governs it).
        if ((_marketReceiverNouns.Contains(words[n].Lower) || _bareSectorNouns.Contains(words[n].Lower)) && !words[n].IsCapitalised)
        {
            return (relative && _marketReceiverNouns.Contains(words[n].Lower)) || IsMarketReceiver(words, n);
        }

        if (!_manyReceiverNouns.Contains(words[n].Lower))
        {
            return false;
        }

        // "the companies", "the two firms", "these startups", "one of the largest startups": companies told of before, not a crowd.
        for (var d = n - 1; d >= 0 && n - d <= 4; d--)
        {
            if (words[d].EndsPhrase)
            {
                break;
            }

            if ((n - d <= 2 && (_referringDeterminers.Contains(words[d].Lower) || words[d].Possessive)) || words[d].Lower == "of")
            {
                return false;
            }
        }

        // "eight African startups had raised $100 million or more in a single round": a threshold of one round, not their total.
        var after = words.Skip(first).Take(8).Select(w => w.Lower).ToList();
        return !after.Contains("single") && !after.Contains("each") && !after.Contains("apiece")
            && !after.Zip(after.Skip(1)).Any(p => p.First == "or" && p.Second is "more" or "above" or "over");
    }

    /// <summary>
    /// "the country's blockchain sector", "Nigerian fintech": a market noun with any determiner, a sector noun with none ("the Brazilian
    /// fintech" is one company); neither the object of a preposition ("a startup … in the wireless market has raised") nor in a name.
    /// </summary>
    private static bool IsMarketReceiver(List<Word> words, int n)
    {
        var bare = _bareSectorNouns.Contains(words[n].Lower);
        for (var d = n - 1; d >= 0 && n - d <= 4; d--)
        {
            var lower = words[d].Lower;
            if (words[d].EndsPhrase)
            {
                return true;
            }

            if (IsPrepositionBeforeAMarket(lower))
            {
                return false;
            }

            // "the sector", "the country's … sector"; not "in the wireless market".
            if (_referringDeterminers.Contains(lower) || lower is "a" or "an" || words[d].Possessive)
            {
                return !bare && !(d >= 1 && !words[d - 1].EndsPhrase && IsPrepositionBeforeAMarket(words[d - 1].Lower));
            }
        }

        return true;
    }

    private static bool IsPrepositionBeforeAMarket(string lower) =>
        lower is "in" or "of" or "to" or "for" or "from" or "on" or "at" or "by" or "with" or "into" or "across" or "like";

    /// <summary>"in 264 financing rounds", "across 95 funding rounds", "over 40 transactions", "across 38 investments".</summary>
    private static bool IsSpreadOverMany(List<Word> words, int last)
    {
        var limit = Math.Min(words.Count - 1, last + 8);
        for (var p = last + 1; p < limit; p++)
        {
            if (words[p - 1].EndsPhrase && p > last + 1)
            {
                return false;
            }

            if (words[p].Lower is not ("in" or "across" or "over" or "into" or "among" or "through" or "from" or "via") || words[p].EndsPhrase)
            {
                continue;
            }

            var c = p + 1;
            c += c < words.Count && words[c].Lower is "a" && c + 2 < words.Count && words[c + 1].Lower == "total" && words[c + 2].Lower == "of" ? 3 : 0;
            c += c < words.Count && words[c].Lower is "approximately" or "about" or "around" or "some" or "nearly" or "over" or "more" ? 1 : 0;
            c += c < words.Count && words[c].Lower == "than" ? 1 : 0;
            if (c >= words.Count || !IsCountOfMany(words[c]))
            {
                continue;
            }

            // "20 to 30 rounds": the second end of a counted range.
            if (c + 2 < words.Count && words[c + 1].Lower == "to" && IsCountOfMany(words[c + 2]))
            {
                c += 2;
            }

            for (var noun = c + 1; noun < words.Count && noun <= c + 4; noun++)
            {
                // Money put "in three funds" is one investor's plan (M2); only "across 99 vehicles" spreads a total over funds.
                if (_spreadDealNouns.Contains(words[noun].Lower))
                {
                    return words[noun].Lower is not ("vehicles" or "funds") || words[p].Lower is "across" or "over";
                }

                // "across 2,161 disclosed VC deals": an acronym is no name.
                if (words[noun].EndsPhrase || (words[noun].IsCapitalised && !words[noun].Core.Contains('-') && !IsShortAcronym(words[noun].Core)))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a country or region ("Kenya", "South Africa", "Latin America") ends at word <paramref name="n"/> and opens its clause.</summary>
    private static bool IsPlaceEndingAt(List<Word> words, int n)
    {
        for (var length = 1; length <= 2 && n - length + 1 >= 0; length++)
        {
            var start = n - length + 1;
            var place = string.Join(' ', words.Skip(start).Take(length).Select(w => w.Core));
            if ((_countriesAndRegions.Contains(place) || _startupHubs.Contains(place)) && words[start].IsCapitalised && !place.StartsWith("the ", StringComparison.Ordinal)
                && (start == 0 || words[start - 1].EndsPhrase || words[start - 1].Lower == "with"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"VC", "PE", "AI": two to four capitals.</summary>
    private static bool IsShortAcronym(string core) => core.Length is >= 2 and <= 4 && core.All(char.IsUpper);

    /// <summary>"264", "95", "2,161", "two", "dozens": a count of more than one, not money or a year.</summary>
    private static bool IsCountOfMany(Word word) =>
        _spreadCountWords.Contains(word.Lower)
        || (word.Core.Length is > 0 and < 7 && word.Core.Replace(",", "").All(char.IsDigit) && int.TryParse(word.Core.Replace(",", ""), out var n)
            && n > 1 && (word.Core.Length < 5 || word.Core.Contains(',', StringComparison.Ordinal)) && !(word.Core.Length == 4 && n is >= 1900 and <= 2100));
}
