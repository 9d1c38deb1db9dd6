using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// What the money goes into, read by the KIND of its target rather than by a phrasing: for "invest / put / pump / inject / pour /
/// commit / channel / deploy $X in/into T", "$X invested in T", "a $X investment (stake, injection) in T", "an investment of $X in T",
/// "invest $X for a stake in T" and "T's investment in T … totaled $X", the target T decides. One organisation (a name not a place,
/// a singular company noun such as "the startup", "its unit", "a joint venture", or a round or shares of one) is an investment; many
/// companies ("in Indian startups", "in two Chinese chip makers"), a sector or technology ("in renewables", "in AI infrastructure"),
/// a place ("in India", "the domestic economy"), a build-out or asset ("a lithium mine", "data centers", "a refinery project", "six
/// U.K. wind farms") and money several givers pool ("investors including A, B and C") are other (a majority stake is read by what it is in, since the
/// stakes-control realignment). A fund ("a U.S.
/// infrastructure fund", "Vision Fund") is the giver's investment, by a verb or a noun ("committed $350 million to a fund managed by",
/// "a $2 billion investment in a Brazilian equity fund"): since the lp-commitments realignment, the reading. With no target, or one this reader cannot place (a period, "working capital"), it says nothing and
/// the older rules read the figure.
/// </summary>
internal static partial class MetricRules
{

    private enum TargetKind
    {
        Unknown,
        Company,
        NotCompany,

        // Many companies ("in Indian startups"): not one company, except that a range of amounts into them is each cheque's size.
        Crowd,

        // A fund ("a U.S. infrastructure fund", "Vision Fund", "two Octopus Energy generation funds"): an organisation's money put into
        // it is that organisation's investment, as the readers label it (docs/extractor.md, "The reading").
        Fund,
    }

    /// <summary>Verbs that put money into something: the brief's invest, put, pump, inject, pour, commit, channel, deploy, and kin.</summary>
    private static readonly HashSet<string> _targetVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "investing", "invested", "put", "puts", "putting", "pump", "pumps", "pumping", "pumped", "inject", "injects",
        "injecting", "injected", "pour", "pours", "pouring", "poured", "commit", "commits", "committing", "committed", "channel", "channels",
        "channelling", "channeling", "channelled", "channeled", "deploy", "deploys", "deploying", "deployed", "plough", "ploughs",
        "ploughing", "ploughed", "plow", "plowed", "funnel", "funnelled", "funneled", "infuse", "infused", "infusing", "sink", "sank",
    };

    /// <summary>Nouns for money put in, after the figure: "a $2 billion investment in", "a $500m injection into", "a $1bn stake in".</summary>
    private static readonly HashSet<string> _targetMoneyNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "injection", "infusion", "commitment", "stake", "stakes", "bet", "outlay", "contribution", "pledge",
    };

    /// <summary>Words allowed between the figure and the preposition: "invest $10 billion directly into", "$1bn more in", "each into".</summary>
    private static readonly HashSet<string> _targetBridges = new(StringComparer.Ordinal)
    {
        "more", "directly", "immediately", "initially", "each", "further", "upfront", "additional", "fresh", "new", "equity", "strategic",
        "minority", "direct", "initial", "cash", "capital", "venture", "of", "primary", "follow-on", "financial", "total", "combined",
        "collective", "overall", "aggregate", "cumulative", "so", "far", "already", "personally",
    };

    /// <summary>The target-kind reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TargetKindReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var conversion = SkipConversion(words, last);
        var next = SkipMoneyRange(words, conversion);
        var range = next != conversion || Enumerable.Range(first, Math.Max(0, last - first)).Any(k => words[k].Lower is "and" or "between" || (words[k].Lower == "to" && (k == 0 || words[k - 1].Lower != "up"))) || (first >= 2 && words[first - 1].Lower is "to" or "and" && IsMoneyWord(words[first - 2]))
            || (first >= 1 && words[first - 1].Lower == "between");
        var (target, verb) = TargetAfter(words, first, next, floor);
        if (target < 0)
        {
            (target, verb) = TargetBefore(words, first, floor);
        }

        if (target < 0 || target >= words.Count)
        {
            return null;
        }

        var kind = KindOfTarget(sentence, target, 0);

        // "invest $1.3 billion in the next few months in Swiggy, …": a period first, then the target.
        if (kind == TargetKind.Unknown && target < words.Count && TargetAfterPeriod(words, target) is var later and >= 0)
        {
            kind = KindOfTarget(sentence, later, 0);
        }

        var byVerb = verb >= 0 && verb < first && _targetVerbs.Contains(words[verb].Lower);
        if (kind is TargetKind.Company or TargetKind.Fund && byVerb && SeveralGivers(sentence, verb, floor))
        {
            return (null, true);
        }

        // One company taking a verb's money is an investment; a noun's ("a $25 billion investment in Azure") is left to the rules
        // that read what the noun sizes (compute, a round), and so is money pooled before the figure ("a combined $X").
        return kind switch
        {
            TargetKind.NotCompany => byVerb && IsOneNamedGiversPlan(sentence, verb, first, next, floor) ? (Metric.Investment, true) : (null, true),
            TargetKind.Fund => (Metric.Investment, true),
            TargetKind.Crowd => range ? null : (null, true),
            TargetKind.Company when byVerb && !Pooled(words, verb, first) && !LedOrRound(words, first, next) => (Metric.Investment, true),
            _ => null,
        };
    }

    /// <summary>
    /// Reads the target after the figure: "invest $X in T" (the verb before, fillers between), "$X invested in T", "a $X investment in T",
    /// "an investment of $X in T", "invest $X for a stake in T". Returns the target's first word and the verb's (or noun's) index.
    /// </summary>
    private static (int Target, int Verb) TargetAfter(List<Word> words, int first, int next, int floor)
    {
        var verb = VerbBefore(words, first, floor);

        // "invested €100 million in A, a buyout fund; and €85 million in B": the verb before the figure before serves this one too.
        if (verb < 0 && floor > 0 && first - 1 >= floor && words[first - 1].Lower is "and" or "plus" or "while")
        {
            verb = first - 1;
        }

        var noun = next < words.Count && _targetMoneyNouns.Contains(words[next].Lower) ? next : -1;
        var passive = next < words.Count && _targetVerbs.Contains(words[next].Lower) && words[next].Lower.EndsWith("ed", StringComparison.Ordinal) ? next : -1;
        if (verb < 0 && noun < 0 && passive < 0)
        {
            return (-1, -1);
        }

        var at = noun >= 0 ? noun + 1 : passive >= 0 ? passive + 1 : next;
        var bridged = 0;
        while (at < words.Count && bridged < 3 && (_targetBridges.Contains(words[at].Lower) || _moneyUnits.Contains(words[at].Lower)) && !words[at - 1].EndsPhrase)
        {
            at++;
            bridged++;
        }

        if (at + 1 >= words.Count || (at > next && words[at - 1].EndsPhrase))
        {
            return (-1, -1);
        }

        var giver = verb >= 0 ? verb : noun >= 0 ? noun : passive;
        var lower = words[at].Lower;
        // "committed $X to the fund", "a $400m commitment to a global infrastructure fund": "to" after a commitment, then a target.
        var commits = (verb >= 0 && words[verb].Lower.StartsWith("commit", StringComparison.Ordinal)) || (noun >= 0 && words[noun].Lower is "commitment" or "contribution" or "pledge");
        if (lower is "in" or "into" || (lower == "to" && commits && (IsTargetOpening(words[at + 1]) || OpensLowerCaseTarget(words, at + 1))))
        {
            return (at + 1, giver);
        }

        // "invest $1.5 billion for a stake in T", "invest 153 million pounds to buy shares in six wind farms": the stake's target.
        return StakeTargetAfter(words, at) is var stake and >= 0 ? (stake, giver) : (-1, -1);
    }

    /// <summary>"the next few months in T", "2019 into T": the target after a period that opens the phrase, or -1.</summary>
    private static int TargetAfterPeriod(List<Word> words, int target)
    {
        var period = false;
        for (var k = target; k + 1 < words.Count && k - target < 6 && !words[k].EndsPhrase; k++)
        {
            period |= IsPeriodStart(words[k]) || words[k].Lower is "next" or "coming" or "past" or "last" || _periodHeads.Contains(words[k].Lower);
            if (period && k > target && words[k].Lower is "in" or "into")
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>The verb before the figure within five words of fillers ("invest up to $X", "an investment of between $X"), or -1.</summary>
    private static int VerbBefore(List<Word> words, int first, int floor)
    {
        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 6 && (_spendFillers.Contains(words[verb].Lower) || words[verb].Lower is "between" or "as" or "much"))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 0))
        {
            return -1;
        }

        var lower = words[verb].Lower;
        return _targetVerbs.Contains(lower) || (lower == "of" && verb >= 1 && words[verb - 1].Lower is "investment" or "investments" or "injection" or "infusion")
            ? verb
            : -1;
    }

    /// <summary>"for a (minority) stake in T", "to buy shares in T", "to acquire a 20% stake in T": the first word of T, or -1.</summary>
    private static int StakeTargetAfter(List<Word> words, int at)
    {
        var k = at;
        if (k + 1 < words.Count && words[k].Lower == "to" && words[k + 1].Lower is "buy" or "acquire" or "take" or "purchase")
        {
            k += 2;
        }
        else if (words[k].Lower == "for")
        {
            k++;
        }
        else
        {
            return -1;
        }

        for (var end = Math.Min(words.Count - 1, k + 6); k < end && !words[k].EndsPhrase; k++)
        {
            if (words[k].Lower is "stake" or "stakes" or "shares" or "interest" or "holding" && words[k + 1].Lower is "in" or "of")
            {
                // Since the stakes-control realignment a majority or controlling stake is read by what it is in, like a minority one.
                return k + 2;
            }
        }

        return -1;
    }

    /// <summary>Singular nouns for one organisation: "the startup", "its unit", "a joint venture", "the round", "shares".</summary>
    private static readonly HashSet<string> _companyNouns = new(StringComparer.Ordinal)
    {
        "company", "startup", "start-up", "firm", "business", "unit", "arm", "subsidiary", "venture", "maker", "developer", "provider",
        "operator", "platform", "group", "lab", "laboratory", "app", "bank", "chain", "club", "team", "entity", "manufacturer", "producer",
        "exchange", "carrier", "retailer", "insurer", "lender", "marketplace", "division", "affiliate", "spin-off", "spinout", "spin-out",
        "rival", "competitor", "partner", "unicorn", "fintech", "neobank", "giant", "conglomerate", "holding", "holdings", "parent", "outfit", "studio",
        "publisher", "brand", "miner", "trust", "shares", "stock", "equity", "manager",
        "operations", "sheet", "enterprise", "specialist", "player", "service", "network", "franchise", "owner", "joint-venture", "jv", "newco",
    };

    /// <summary>
    /// Heads that are not one organisation: sectors and technologies, places taken whole, funds, plans and build-outs or assets
    /// ("in renewables", "the domestic economy", "a U.S. infrastructure fund", "a refinery project", "data centers", "a lithium mine").
    /// </summary>
    private static readonly HashSet<string> _notCompanyNouns = new(StringComparer.Ordinal)
    {
        "sector", "sectors", "industry", "industries", "infrastructure", "renewables", "energy", "technology", "technologies", "ai", "chips",
        "semiconductors", "economy", "economies", "ecosystem", "ecosystems", "research", "development", "innovation", "transition",
        "markets", "strategy", "strategies", "plan", "plans", "initiative", "initiatives", "programme", "programmes",
        "program", "programs", "project", "projects", "mission", "scheme", "schemes", "portfolio", "portfolios", "assets", "stocks",
        "equities", "property", "properties", "estate", "building", "buildings", "complex", "facility", "facilities", "plant", "plants",
        "factory", "factories", "fab", "fabs", "line", "lines", "refinery", "refineries", "mine", "mines", "field", "fields", "farm",
        "farms", "pipeline", "pipelines", "road", "roads", "highway", "highways", "tower", "towers", "grid", "grids", "centre", "centres",
        "center", "centers", "datacentre", "datacentres", "datacenter", "datacenters", "campus", "campuses", "hub", "hubs", "capacity",
        "expansion", "construction", "restoration", "transfers", "squad", "regeneration", "deals", "transactions", "opportunities",
        "region", "regions", "country", "countries", "cities", "nation", "nations", "continent", "province", "kingdom", "domestic",
        "space", "segment", "segments", "asset", "real", "housing", "manufacturing", "production", "semiconductor", "pharmaceuticals",
        "biopharmaceuticals", "healthcare", "mobility", "logistics", "gaming", "education", "agriculture", "robotics", "cleantech", "deeptech",
        "crypto", "blockchain", "renewable",
    };

    /// <summary>Acronyms for a technology or a market, not a name: "in AI", "in EV startups", "in 6G technologies".</summary>
    private static readonly HashSet<string> _techAcronyms = new(StringComparer.Ordinal)
    {
        "AI", "A.I.", "ML", "EV", "EVs", "IT", "5G", "6G", "LNG", "IoT", "VR", "AR", "SaaS", "B2B", "B2C", "GenAI", "LLM", "LLMs", "R&D",
    };

    /// <summary>Words that end a target: a preposition, a relative word or a verb's start ("in Intel as part of", "in Uber during 2018").</summary>
    private static readonly HashSet<string> _targetStops = new(StringComparer.Ordinal)
    {
        "in", "of", "to", "for", "with", "that", "which", "who", "as", "by", "from", "at", "on", "across", "including", "such", "over",
        "during", "through", "via", "after", "before", "while", "is", "was", "will", "would", "has", "have", "had", "to", "under", "within",
        "between", "alongside", "amid", "since", "until", "this", "last", "next", "earlier", "later", "when", "where", "but", "or", "—",
    };

    /// <summary>Heads for a period, which say nothing of the target: "in the June quarter", "in 2019", "in the first half".</summary>
    private static readonly HashSet<string> _periodHeads = new(StringComparer.Ordinal)
    {
        "quarter", "half", "year", "years", "months", "month", "week", "weeks", "decade", "period", "fiscal", "early", "late", "mid",
        "total", "all", "cash", "stages", "tranches", "instalments", "installments",
    };

    /// <summary>
    /// The kind of the target whose first word is <paramref name="i"/>: the head noun decides, a name is one organisation, a place
    /// taken bare or whole is not, and a count of more than one, or a list of names, is many.
    /// </summary>
    private static TargetKind KindOfTarget(SentenceWords sentence, int i, int depth)
    {
        var words = sentence.Words;
        var (k, plural, oneOf) = SkipTargetOpeners(words, i);
        if (k >= words.Count || depth > 2 || IsPeriodStart(words[k]))
        {
            return TargetKind.Unknown;
        }

        var kind = TargetKind.Unknown;
        for (var j = k; j < words.Count && j - k < 9; j++)
        {
            // Since the twenty-first session: "in battery energy storage and EV fleet solutions provider Zenobē": the words joined by
            // "and" describe the company named after them.
            if (kind == TargetKind.NotCompany && words[j].Lower == "and" && IsDescribedCompanyAhead(sentence, j + 1))
            {
                return plural ? TargetKind.Crowd : TargetKind.Company;
            }

            // "in the company and having signed", "in the company developing a mine": a head read, then a new clause.
            if ((kind != TargetKind.Unknown && words[j].Lower == "and")
                || (kind is TargetKind.Company or TargetKind.Crowd && !words[j].IsCapitalised && words[j].Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                break;
            }

            // "artificial intelligence (AI) startup": an aside in brackets is read past; so is an owner ("the startup's latest round"),
            // and a round's money is left to the round rules.
            if (words[j].InBrackets || (words[j].Possessive && !words[j].IsCapitalised))
            {
                kind = words[j].InBrackets ? kind : TargetKind.Unknown;
                continue;
            }

            if (words[j].Lower is "round" or "rounds" or "tranche" or "raise" or "placement" or "offering" or "fundraise" or "fundraising")
            {
                return TargetKind.Unknown;
            }

            var step = ReadTargetWord(sentence, j, depth);
            if (step.Kind != TargetKind.Unknown || step.Stop)
            {
                kind = step.Kind == TargetKind.Unknown ? kind : step.Kind;
            }

            if (step.Stop)
            {
                break;
            }

            j = Math.Max(j, step.Next - 1);
        }

        // "in two Chinese chip makers", "in more than 1,550 startups": many; "in one of the largest data centre businesses": one.
        return kind == TargetKind.Company && plural ? TargetKind.Crowd : kind is TargetKind.NotCompany or TargetKind.Crowd && oneOf && !plural ? OneOfKind(words, k) : kind;
    }

    /// <summary>"… and EV fleet solutions provider Zenobē": a company noun with an organisation's name right after it, within six plain words.</summary>
    private static bool IsDescribedCompanyAhead(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        for (var j = from; j + 1 < words.Count && j - from < 6; j++)
        {
            if (words[j].EndsPhrase || words[j].InBrackets || words[j].Lower is "and" or "or" or "in" or "of" or "for" or "to" or "with" or "by")
            {
                return false;
            }

            if (_companyNouns.Contains(words[j].Lower) && sentence.NameAt[j] is null && sentence.NameAt[j + 1] is { Kind: NameKind.Organisation } name
                && name.First == j + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"one of the largest data centre businesses": a plural company noun after "one of" is one company; a sector stays not one.</summary>
    private static TargetKind OneOfKind(List<Word> words, int k)
    {
        for (var j = k; j < words.Count && j - k < 8 && !_targetStops.Contains(words[j].Lower); j++)
        {
            if (SingularOf(words[j].Lower) is { } single && _companyNouns.Contains(single))
            {
                return TargetKind.Company;
            }
        }

        return TargetKind.NotCompany;
    }

    /// <summary>Skips "the", "its", a count ("two", "more than 1,550", "several") and "one of"; tells whether a count of many was read.</summary>
    private static (int Next, bool Plural, bool OneOf) SkipTargetOpeners(List<Word> words, int i)
    {
        var plural = false;
        var oneOf = false;
        var k = i;
        while (k < words.Count && k - i < 6)
        {
            var lower = words[k].Lower;
            if (lower == "one" && k + 1 < words.Count && words[k + 1].Lower == "of")
            {
                oneOf = true;
                k += 2;
            }
            else if (lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "these" or "those" or "than" or "about" or "over"
                || (lower == "more" && k + 1 < words.Count && words[k + 1].Lower == "than"))
            {
                k++;
            }
            else if ((IsCount(words[k]) && !IsMoneyWord(words[k]) && !IsYear(words[k])) || lower is "many" or "various" or "numerous" or "both" or "dozens" or "hundreds" or "thousands" or "other")
            {
                plural |= lower != "other" || (k + 1 < words.Count && words[k + 1].Lower.EndsWith('s'));
                k++;

                // "two of its Indian subsidiaries", "dozens of startups".
                k += k < words.Count && words[k].Lower == "of" && lower != "other" ? 1 : 0;
            }
            else
            {
                break;
            }
        }

        return (k, plural, oneOf);
    }

    /// <summary>A period opens the target: "in 2019", "in April", "in early 2015", "in the first half".</summary>
    private static bool IsPeriodStart(Word word) =>
        IsYear(word) || Lexicon.Months.Contains(word.Lower) || word.Lower is "early" or "late" or "mid";

    /// <summary>What one word of a target tells: its kind (or Unknown), whether the target ends there, and the next word to read.</summary>
    private static (TargetKind Kind, bool Stop, int Next) ReadTargetWord(SentenceWords sentence, int j, int depth)
    {
        var words = sentence.Words;
        var word = words[j];
        var lower = word.Lower;
        if (_targetStops.Contains(lower) && !(lower == "to" && j > 0 && words[j - 1].Lower == "up"))
        {
            return (TargetKind.Unknown, true, j + 1);
        }

        if (IsMoneyWord(word) || _moneyUnits.Contains(lower))
        {
            return (TargetKind.Unknown, word.EndsPhrase, j + 1);
        }

        if (lower is "stake" or "stakes" && j + 2 < words.Count && words[j + 1].Lower is "in" or "of")
        {
            return (KindOfTarget(sentence, j + 2, depth + 1), true, j + 1);
        }

        if (_periodHeads.Contains(lower) && !word.IsCapitalised)
        {
            return (TargetKind.Unknown, true, j + 1);
        }

        var placeLength = Math.Max(Lexicon.PlaceLength(words, j), TargetPlaceLength(words, j));
        if (placeLength > 0)
        {
            return ReadPlaceWord(words, j, placeLength);
        }

        if (word.IsCapitalised && !_techAcronyms.Contains(word.Core))
        {
            return ReadNameRun(sentence, j);
        }

        return ReadCommonWord(words, j, lower);
    }

    /// <summary>Words of an amount after its number: "$600 million", "Rs 1,925 crore", "50 billion yen".</summary>
    private static readonly HashSet<string> _moneyUnits = new(StringComparer.Ordinal)
    {
        "million", "billion", "trillion", "bn", "mn", "m", "b", "crore", "crores", "lakh", "won", "yen", "euros", "euro", "dollars", "pounds",
        "yuan", "rupees", "reais", "reals", "riyals", "dirhams", "ringgit", "pesos",
    };

    /// <summary>A number or an amount: "$600", "1,550", "US$1.4", "Rs", "₹50".</summary>
    private static bool IsMoneyWord(Word word) =>
        word.Core.Length > 0 && (char.IsDigit(word.Core[0]) || word.Core[0] is '$' or '€' or '£' or '¥' or '₹' or '₩'
            || word.Core is "Rs" or "Rs." or "INR" or "USD" or "EUR" or "US$" or "S$" or "A$" or "C$" or "HK$" or "RM" or "SAR" or "AED" or "JPY" or "KRW" or "CNY"
            || (word.Core.Length > 1 && word.Core.Contains('$', StringComparison.Ordinal) && word.Core.Any(char.IsDigit)));

    /// <summary>"between $10bn and $15bn", "$3 Bn to $4 Bn": skips the range's other amount after the figure.</summary>
    private static int SkipMoneyRange(List<Word> words, int i)
    {
        // "$2 billion to 40 companies": a bare count after "to" is no amount unless a money unit follows it ("$2 billion to 3 billion").
        if (i + 1 >= words.Count || words[i].Lower is not ("and" or "to" or "-") || !IsMoneyWord(words[i + 1])
            || (char.IsDigit(words[i + 1].Core[0]) && !(i + 2 < words.Count && _moneyUnits.Contains(words[i + 2].Lower))))
        {
            return i;
        }

        var k = i + 1;
        while (k + 1 < words.Count && !words[k].EndsPhrase && (_moneyUnits.Contains(words[k + 1].Lower) || IsMoneyWord(words[k + 1])))
        {
            k++;
        }

        return SkipConversion(words, k);
    }

    /// <summary>"startups" to "startup", "subsidiaries" to "subsidiary", "businesses" to "business"; null for a word not plural.</summary>
    private static string? SingularOf(string lower)
    {
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        return lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && lower.Length > 3 ? lower[..^1] : null;
    }

    /// <summary>
    /// A place word in a target: bare at the end ("in India", "into the US over five years") it is the target, other; as an owner
    /// ("India's Reliance Retail") or before a name ("Japan Airlines") or a noun ("U.K. wind farms", "Chinese EV startup") it is read past.
    /// </summary>
    private static (TargetKind Kind, bool Stop, int Next) ReadPlaceWord(List<Word> words, int j, int length)
    {
        var last = j + length - 1;
        if (words[last].Possessive)
        {
            return (TargetKind.Unknown, false, last + 1);
        }

        var after = last + 1 < words.Count ? words[last + 1] : default;
        if (words[last].EndsPhrase || last + 1 >= words.Count || _targetStops.Contains(after.Lower) || _afterBarePlace.Contains(after.Lower))
        {
            return (TargetKind.NotCompany, true, last + 1);
        }

        // "Japan Airlines", "Singapore Telecommunications": a name that opens with a place.
        return after.IsCapitalised && !_techAcronyms.Contains(after.Core) && Lexicon.PlaceLength(words, last + 1) == 0
            ? (TargetKind.Company, true, last + 2)
            : (TargetKind.Unknown, false, last + 1);
    }

    /// <summary>
    /// A run of capitalised words in a target: an owner before a possessive is read past ("Manchester United's infrastructure"); a
    /// name with a fund or plan word ("Vision Fund", "the Stargate Project") is not one company, nor a list of names ("in Swiggy, Zeta,
    /// Whatfix and Ola Electric", "in Intel and AMD"); any other name is, unless a noun of another kind follows it ("Claude maker" is one).
    /// </summary>
    private static (TargetKind Kind, bool Stop, int Next) ReadNameRun(SentenceWords sentence, int j)
    {
        var words = sentence.Words;
        var end = j;
        while (end + 1 < words.Count && !words[end].EndsPhrase && !words[end].Possessive && words[end + 1].IsCapitalised && !_techAcronyms.Contains(words[end + 1].Core))
        {
            end++;
        }

        if (words[end].Possessive)
        {
            return (TargetKind.Unknown, false, end + 1);
        }

        var run = words.Skip(j).Take(end - j + 1).Select(w => w.Lower).ToList();

        // "the startup's Series B round": a round named, left to the round rules.
        if (run[0] is "series" or "seed" || (end + 1 < words.Count && words[end + 1].Lower is "round" or "rounds" or "tranche"))
        {
            return (TargetKind.Unknown, true, end + 1);
        }

        if (run.Any(w => w is "fund" or "funds") || FundAppositive(words, end) || FundWordAfterName(words, end))
        {
            return (TargetKind.Fund, true, end + 1);
        }

        if (run.Any(w => w is "project" or "projects" or "initiative" or "programme" or "program" or "strategy" or "plan" or "complex" or "farm" or "mine" or "portfolio"))
        {
            return (TargetKind.NotCompany, true, end + 1);
        }

        if (ListOfNames(words, end))
        {
            return (TargetKind.NotCompany, true, end + 1);
        }

        // "the Stargate project": a noun of another kind after the name is the head; "Jio platforms", "the Claude maker" are the name's.
        var next = end + 1 < words.Count && !words[end].EndsPhrase ? words[end + 1] : default;
        return next.Core is { Length: > 0 } && !next.IsCapitalised && _notCompanyNouns.Contains(next.Lower)
            ? (TargetKind.Company, false, end + 1)
            : (TargetKind.Company, true, end + 1);
    }

    /// <summary>Lines of business a company's name can end on after "and": "Impresario Entertainment and Hospitality", "Tata Consultancy and Services".</summary>
    private static readonly HashSet<string> _businessLines = new(StringComparer.Ordinal)
    {
        "Hospitality", "Media", "Entertainment", "Technologies", "Technology", "Services", "Solutions", "Logistics", "Infrastructure", "Energy",
        "Resources", "Healthcare", "Pharmaceuticals", "Engineering", "Construction", "Investments", "Realty", "Finance", "Foods", "Beverages",
        "Retail", "Leisure", "Communications", "Systems", "Industries", "Development", "Trading", "Mining", "Manufacturing", "Exploration",
        "Production", "Power", "Utilities", "Networks", "Marketing", "Consulting", "Securities", "Insurance", "Aviation", "Shipping",
        "Transport", "Telecommunications", "Electronics", "Chemicals", "Minerals", "Metals", "Properties", "Publishing", "Education", "Research",
    };

    /// <summary>"Swiggy, software firms Zeta, Whatfix and Ola Electric", "Intel and AMD": names listed after the first, many companies.</summary>
    private static bool ListOfNames(List<Word> words, int end)
    {
        // "in Intel and AMD": a second name after "and" that ends the target, not one opening a clause ("and OpenAI's contract").
        if (end + 2 < words.Count && !words[end].EndsPhrase && words[end + 1].Lower == "and" && words[end + 2].IsCapitalised
            && Lexicon.PlaceLength(words, end + 2) == 0)
        {
            var second = end + 2;
            while (second + 1 < words.Count && !words[second].EndsPhrase && !words[second].Possessive && words[second + 1].IsCapitalised)
            {
                second++;
            }

            // "Impresario Entertainment and Hospitality", "Acme Entertainment and Media": a line of business after "and" ends one name.
            return !words[second].Possessive && !(second == end + 2 && end > 0 && words[end - 1].IsCapitalised && _businessLines.Contains(words[second].Core))
                && (words[second].EndsPhrase || second + 1 >= words.Count || _targetStops.Contains(words[second + 1].Lower));
        }

        // "Swiggy, software firms Zeta, Whatfix and …": a name, or a noun then a name, right after the comma.
        if (words[end].After != ',' || end + 2 >= words.Count || !(words[end + 1].IsCapitalised || words[end + 2].IsCapitalised || (end + 3 < words.Count && words[end + 3].IsCapitalised))
            || words[end + 1].Lower is "a" or "an" or "the" or "which" or "who" or "its" or "one" or "according" or "said" or "says" or "and" or "while" or "but")
        {
            return false;
        }

        for (var k = end + 1; k + 1 < words.Count && k - end <= 10; k++)
        {
            if (words[k].Lower == "and" && words[k + 1].IsCapitalised)
            {
                return true;
            }

            if (words[k].After is '.' or ';' or ':')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "two Octopus Energy generation funds", "the National Investment and Infrastructure Fund": a fund word within four words after
    /// the name, in the same phrase, makes the name a fund's.
    /// </summary>
    private static bool FundWordAfterName(List<Word> words, int end)
    {
        for (var k = end + 1; k < words.Count && k - end <= 4 && !words[k - 1].EndsPhrase && !_targetStops.Contains(words[k].Lower); k++)
        {
            if (words[k].Lower is "fund" or "funds")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Bridgepoint Europe VI, a buyout fund", "Lifebridge Commercial Fund I, a vehicle managed by": a name described as a fund.</summary>
    private static bool FundAppositive(List<Word> words, int end)
    {
        if (!words[end].EndsPhrase || end + 1 >= words.Count || words[end + 1].Lower is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var k = end + 2; k < words.Count && k - end <= 5; k++)
        {
            if (words[k].Lower is "fund" or "vehicle")
            {
                return true;
            }

            if (words[k].EndsPhrase || _targetStops.Contains(words[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lower-case word of a target: a company noun, a plural of one, or a noun of another kind sets the head; others are read past.</summary>
    private static (TargetKind Kind, bool Stop, int Next) ReadCommonWord(List<Word> words, int j, string lower)
    {
        var stop = words[j].EndsPhrase;
        if (lower is "fund" or "funds")
        {
            return (TargetKind.Fund, stop, j + 1);
        }

        if (_techAcronyms.Contains(words[j].Core) || _notCompanyNouns.Contains(lower))
        {
            return (TargetKind.NotCompany, stop, j + 1);
        }

        if (_companyNouns.Contains(lower) && SectorOrMakerKind(words, j, lower) == TargetKind.Unknown)
        {
            return (TargetKind.Company, stop, j + 1);
        }

        if (SectorOrMakerKind(words, j, lower) is var sector and not TargetKind.Unknown)
        {
            return (sector, stop, j + 1);
        }

        // "startups", "subsidiaries", "chip makers", "venture capital firms": many organisations; "wind farms": many build-outs.
        var single = SingularOf(lower);
        return single is not null && _companyNouns.Contains(single) ? (TargetKind.Crowd, stop, j + 1)
            : single is not null && _notCompanyNouns.Contains(single) ? (TargetKind.NotCompany, stop, j + 1)
            : (TargetKind.Unknown, stop, j + 1);
    }

    /// <summary>
    /// Reads the target before the figure: "Berkshire's investment in the companies, which began in 2019, totaled $23.5 billion",
    /// "its total investment in its Indian subsidiaries … is $3.6 billion". Returns the target's first word and the noun's index.
    /// </summary>
    private static (int Target, int Verb) TargetBefore(List<Word> words, int first, int floor)
    {
        var joiner = first - 1;
        while (joiner >= Math.Max(floor, 0) && first - joiner <= 4 && words[joiner].Lower is "about" or "around" or "nearly" or "more" or "than" or "over" or "some" or "roughly" or "just" or "up" or "almost")
        {
            joiner--;
        }

        if (joiner < 2 || joiner < floor || words[joiner].Lower is not ("totaled" or "totalled" or "totals" or "total" or "is" or "was" or "reached" or "stood" or "stands" or "amounted" or "to" or "at"))
        {
            return (-1, -1);
        }

        for (var p = joiner - 2; p >= Math.Max(Math.Max(floor, 0), joiner - 16); p--)
        {
            // An owner before the noun ("Berkshire's investment", "its total investment"), no other clause between.
            if (words[p].Lower is "investment" or "investments" && words[p + 1].Lower is "in" or "into" && p >= 1
                && (words[p - 1].Possessive || words[p - 1].Lower is "its" or "their" or "total" or "cumulative")
                && !Enumerable.Range(p, joiner - p).Any(k => words[k].After is ';' or '—' or '–' || words[k].Core is "–" or "—"))
            {
                return (p + 2, p);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// Many givers put the money in together: "Existing backers, including Alibaba, Tencent and 5Y Capital, have committed", "Microsoft
    /// is among a group of companies that will invest", "Nvidia, Amazon and Microsoft are in talks to invest": a total of several, other.
    /// A consortium or givers acting jointly are one party.
    /// </summary>
    private static bool SeveralGivers(SentenceWords sentence, int verb, int floor)
    {
        var words = sentence.Words;
        var from = Math.Max(Math.Max(floor, 0), verb - 16);
        var span = Enumerable.Range(from, Math.Max(0, verb - from)).ToList();
        if (span.Any(k => words[k].Lower is "consortium" or "jointly" or "together" or "joint" or "each"))
        {
            return false;
        }

        if (span.Any(k => words[k].Lower is "including" or "among" && k + 1 < words.Count && (words[k + 1].IsCapitalised || words[k + 1].Lower is "a" or "them")))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Since the twenty-eighth session: whether money a verb puts into no company is one named organisation's own investment, as the
    /// issue's "invest $X" and convention M2 read it, whatever it goes into ("LG Energy Solution will invest $933.5 million in the plant",
    /// "Microsoft will invest $10 billion in Japan", "Oracle Corp., which will invest at least $500 billion in AI infrastructure"). The
    /// giver is the one organisation named last before the verb in its clause. Not: givers in the plural or a crowd ("venture
    /// capitalists put $97 billion into AI startups", "Four US tech firms have announced plans to invest", "Microsoft, Meta, Amazon and
    /// Google … collectively pouring"), money pooled ("a combined $120 million"), or a past period's total ("invested almost $10 billion in
    /// China over the past 12 months", "In 2015, the Big Four hyperscalers invested"): a total over many deals (M4).
    /// </summary>
    private static bool IsOneNamedGiversPlan(SentenceWords sentence, int verb, int first, int next, int floor)
    {
        var words = sentence.Words;
        if (verb < 0 || verb >= first || Pooled(words, verb, first) || SeveralGivers(sentence, verb, floor))
        {
            return false;
        }

        // "MUFG has put up approximately US$420 million in construction financing": credit lent, not money invested (M6); "will invest $5
        // billion in Nvidia chips": chips or capacity bought, not invested.
        if (Enumerable.Range(next, Math.Max(0, Math.Min(words.Count, next + 5) - next)).Any(k => words[k].Lower is "financing" or "loan" or "loans" or "debt"
            or "credit" or "bonds" or "notes" or "lending" or "chips" or "gpus" or "processors" or "accelerators"))
        {
            return false;
        }

        var from = Math.Max(Math.Max(floor, 0), verb - 12);
        var giver = -1;
        for (var k = verb - 1; k >= from; k--)
        {
            var lower = words[k].Lower;
            if (_pooledCrowds.Contains(lower) || _oneGiverCrowds.Contains(lower) || (IsPeriodStart(words[k]) && k > 0 && words[k - 1].Lower is "in" or "since"))
            {
                return false;
            }

            if (giver < 0 && sentence.NameAt[k] is { } name)
            {
                // "Ghana's sovereign wealth fund will invest": the giver is what the name owns, not the name; "Google's announcement … to
                // invest": the name's own plan.
                // "Hyundai Motor Group and a South Korean battery maker say they will jointly invest": several givers; "Reliance and its
                // subsidiaries have invested": one.
                if (name.Kind != NameKind.Organisation
                    || (name.Possessive && !(name.Last + 1 < words.Count && words[name.Last + 1].Lower is "announcement" or "plan" or "plans" or "decision"
                        or "pledge" or "commitment" or "move" or "intention" or "proposal" or "promise"))
                    || Enumerable.Range(name.Last + 1, Math.Max(0, verb - name.Last - 1)).Any(j => (words[j].Lower is "and" or "&" or "with" or "alongside"
                        && !(j + 1 < words.Count && words[j + 1].Lower is "its" or "their")) || words[j].Lower is "they" or "jointly" or "together" or "both"))
                {
                    return false;
                }

                giver = name.First;
                k = giver;

                // "Microsoft, Meta, Amazon and Google": another name joined to the giver.
                if (giver >= 2 && words[giver - 1].Lower is "and" or "&")
                {
                    return false;
                }

                if (giver >= 1 && words[giver - 1].EndsPhrase && words[giver - 1].After == ',' && sentence.NameAt[giver - 1] is not null)
                {
                    return false;
                }
            }
        }

        if (giver < 0)
        {
            return false;
        }

        // A past period's total, named before the verb or after the figure: "Over the past 12 months, Mubadala invested", "put $97 billion
        // into AI startups last year".
        var past = words[verb].Lower.EndsWith("ed", StringComparison.Ordinal) || words[verb].Lower is "put" or "sank";
        var clause = Math.Max(0, verb - 14);
        return !(past && Enumerable.Range(clause, Math.Max(0, Math.Min(words.Count, next + 14) - clause))
            .Any(k => (k < first || k >= next) && ((words[k].Lower is "year" or "months" or "quarter" or "decade" or "far" or "date" && k > 0
                    && words[k - 1].Lower is "last" or "this" or "past" or "so" or "to" or "12" or "the")
                || (IsPeriodStart(words[k]) && k > 0 && words[k - 1].Lower is "in" or "during" or "since"))));
    }

    /// <summary>
    /// Plural givers that are many organisations: "venture capitalists", "sovereign wealth funds", "hyperscalers". Nouns only, unlike
    /// <see cref="_manyInvestorHeads"/>, which also holds "they", "all" and "each" for a subject's head: this set is looked for in every
    /// word back to the clause's start, where "is all set to invest" or "they will form a company with Oracle Corp., which will invest"
    /// say nothing about the giver.
    /// </summary>
    private static readonly HashSet<string> _oneGiverCrowds = new(StringComparer.Ordinal)
    {
        "investors", "capitalists", "vcs", "funds", "hyperscalers", "backers", "lenders", "banks", "groups", "players", "giants", "governments",
        "countries", "states", "corporations", "conglomerates", "automakers", "carmakers", "chipmakers", "operators", "insurers", "pensions",
        "managers", "institutions", "corporates", "multinationals", "sovereigns", "partners", "shareholders", "members", "donors",
    };

    /// <summary>"a combined $X", "a total of $X", "collectively invested": money pooled by several, not one giver's.</summary>
    private static bool Pooled(List<Word> words, int verb, int first) =>
        Enumerable.Range(Math.Max(0, verb - 3), Math.Max(0, first - Math.Max(0, verb - 3))).Any(k => words[k].Lower is "combined" or "collective" or "collectively" or "aggregate" or "total");

    /// <summary>A word that can open a target after "to": "committed $X to the fund", "to Brightspeed", "to it"; not "to acquire".</summary>
    private static bool IsTargetOpening(Word word) =>
        word.IsCapitalised || word.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "it" or "them" or "this" or "these" or "two"
            or "three" or "four" or "five" or "several" or "between" || IsCount(word);

    /// <summary>"led a $300 million investment in", "a $X investment in Y led by": a round its leader does not give whole, left to the round rules.</summary>
    private static bool LedOrRound(List<Word> words, int first, int next)
    {
        var before = Enumerable.Range(Math.Max(0, first - 4), Math.Min(4, first)).Any(k => words[k].Lower is "led" or "lead" or "leads" or "leading" or "co-led" or "co-lead");
        var after = Enumerable.Range(next, Math.Max(0, Math.Min(words.Count, next + 10) - next)).Any(k => words[k].Lower is "led" && k + 1 < words.Count && words[k + 1].Lower == "by");
        return before || after;
    }
}
