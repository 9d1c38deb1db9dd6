using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Aggregate and non-deal money (other), read by the structure of the clause rather than by a phrasing: money spent on a place, a
/// period or a project rather than put into one company ("invest US$1.1 billion in 2021 to expand its storage"), money spread over
/// many companies ("$2.2 billion invested in AI companies"), the kind of money named after the figure ("in government aid", "in
/// capital expenditures", "in foreign direct investment", "in assets under management"), a market's total as the subject ("Total
/// Australian fintech investment was $X", "London …, raising £8.6bn"), totals over a month or a half ("November's $382 million",
/// "$3.96 billion raised in H2 2023"), debt instruments ("a $7.1 billion tranche" of loans, "its $150 million SPAC") and a company's
/// cumulative funding ("bringing its total funding to $X"). Money put into a named company stays an investment.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that spend or commit money: "invest $X", "pump $X into", "allocated $X for", "pledged to commit $X toward".</summary>
    private static readonly HashSet<string> _spendVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "investing", "invested", "pump", "pumps", "pumping", "pumped", "inject", "injects", "injecting", "injected",
        "allocate", "allocates", "allocated", "allocating", "deploy", "deploys", "deployed", "deploying", "commit", "commits", "committing",
        "committed", "pledge", "pledged", "pledges", "pledging", "spend", "spends", "spent", "spending", "pour", "pours", "poured",
        "plough", "ploughed", "plow", "plowed",
    };

    /// <summary>Words between a spending verb and its figure: "invest a total of $X", "invest an additional $X", "commit up to $X".</summary>
    private static readonly HashSet<string> _spendFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "total", "of", "about", "around", "roughly", "nearly", "some", "up", "to", "more", "than", "over", "almost", "another",
        "additional", "further", "remarkable", "whopping", "combined", "staggering", "record", "least", "at", "approximately", "estimated", "extra",
    };

    /// <summary>Nouns for a place taken whole: "in the region", "into the French economy", "in the Indonesian market".</summary>
    private static readonly HashSet<string> _wholePlaceNouns = new(StringComparer.Ordinal)
    {
        "region", "regions", "economy", "market", "continent", "province",
    };

    /// <summary>What money is spent to do when no company is its target: "to expand its storage", "to develop data centers".</summary>
    private static readonly HashSet<string> _purposeVerbs = new(StringComparer.Ordinal)
    {
        "expand", "develop", "boost", "upgrade", "construct", "grow", "improve", "modernise", "modernize", "strengthen", "obtain", "increase",
        "enhance", "scale", "accelerate", "restore", "renovate",
    };

    /// <summary>Ends of money that no company takes as a stake: "toward ambitious European projects", "for AI", "towards this initiative".</summary>
    private static readonly HashSet<string> _purposeNouns = new(StringComparer.Ordinal)
    {
        "projects", "project", "initiative", "initiatives", "programme", "programmes", "program", "programs", "development",
        "research", "ai", "r&d", "expansion", "plants", "plant", "factories", "factory", "capex",
    };

    /// <summary>Plural nouns for many companies receiving money: "in AI companies", "into nine Cork companies", "to local outfits".</summary>
    private static readonly HashSet<string> _receiverCrowds = new(StringComparer.Ordinal)
    {
        "companies", "startups", "start-ups", "firms", "businesses", "outfits", "ventures", "scale-ups", "scaleups", "entrepreneurs",
    };

    /// <summary>Kinds of money that are not a deal's: "in government aid", "in capital expenditures", "in assets under management".</summary>
    private static readonly HashSet<string> _nonDealMoneyNouns = new(StringComparer.Ordinal)
    {
        "aid", "subsidies", "subsidy", "grants", "incentives", "expenditure", "expenditures", "capex", "assets", "fdi", "bailout", "bailouts",
    };

    /// <summary>Physical things money builds: "to develop data centers", "to expand its storage", "into the restoration of the nuclear facility".</summary>
    private static readonly HashSet<string> _capexObjects = new(StringComparer.Ordinal)
    {
        "centers", "centres", "center", "centre", "facility", "facilities", "plant", "plants", "factory", "factories", "storage", "warehouses",
        "stores", "offices", "restoration", "campus", "campuses", "fabs", "fab",
    };

    /// <summary>Month names, and halves and quarters, whose possessive is a total over the period: "November's $382 million".</summary>
    private static readonly HashSet<string> _periodNames = new(Lexicon.Months.Concat(["h1", "h2", "q1", "q2", "q3", "q4"]), StringComparer.Ordinal);

    /// <summary>The aggregate reading of the figure at words <paramref name="first"/>..<paramref name="last"/> (pooled money first), or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? AggregateReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return PooledMoneyReading(sentence, first, last, floor)
            ?? NonDealMoneyAfter(words, last, next)
            ?? DebtInstrumentAfter(words, last, next)
            ?? DebtNounOf(words, first, floor)
            ?? TargetKindReading(sentence, first, last, floor)
            ?? PlanAfter(words, last, next)
            ?? AllocatedBudget(words, first, floor)
            ?? SpentWithNoCompany(sentence, first, next, floor)
            ?? CrowdOfAPlaceRaised(sentence, first, next, floor)
            ?? FundRakingIn(words, first, floor)
            ?? RaisedToInvest(words, first, next, floor)
            ?? InvestmentInAPlaceRaisedTo(words, first, floor)
            ?? SpreadOverACrowd(words, first, last, next)
            ?? PeriodOwnedTotal(words, first, next)
            ?? RaisedInAPeriod(words, last, next)
            ?? MarketTotalSubject(sentence, first, floor)
            ?? PlaceRaising(sentence, first, floor)
            ?? OwnTotalFundingTo(words, first, floor);
    }

    /// <summary>
    /// "seeking €300M in government aid", "$25 billion in capital expenditures", "RM31 billion in foreign direct investment", "$3 billion in
    /// committed capital", "$15 trillion in assets under management", "$5 billion in leveraged financing": the kind
    /// of money named right after the figure is none of a deal's.
    /// </summary>
    private static (Metric? Metric, bool Found)? NonDealMoneyAfter(List<Word> words, int last, int next)
    {
        if (next + 1 >= words.Count || words[next].Lower is not ("in" or "of") || (words[last].EndsPhrase && next == last + 1))
        {
            return null;
        }

        for (var k = next + 1; k < words.Count && k - next <= 3; k++)
        {
            var lower = words[k].Lower;
            var following = k + 1 < words.Count ? words[k + 1].Lower : "";
            if (_nonDealMoneyNouns.Contains(lower)
                || (lower is "direct" or "committed" or "leveraged" && following is "investment" or "capital" or "financing" or "loans")
                || (lower == "under" && following == "management")
                // Since the thirty-first session: "of the $8.1 billion in total VC investment activity during the quarter".
                || (lower == "total" && k == next + 1 && following is "vc" or "venture"))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase || _stopAfterNoun.Contains(lower) || words[k].IsCapitalised)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "its $150 million SPAC", "a recently announced $7.1 billion tranche" of a sentence's loans, "RM15 billion equivalent multicurrency
    /// financing, comprising a … Term Loan facility": a debt or listing vehicle, not a round.
    /// </summary>
    private static (Metric? Metric, bool Found)? DebtInstrumentAfter(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        var debtInSentence = words.Any(w => w.Lower is "loan" or "loans" or "debt" or "credit" or "bonds" or "borrowing" or "lenders");

        // "secured Rs 21,500 crore in funding commitments from lenders": money from lenders is debt.
        for (var k = next; k + 1 < words.Count && k - next < 6 && !(k > next && words[k - 1].EndsPhrase); k++)
        {
            if (words[k].Lower == "from" && words[k + 1].Lower is "lenders" or "banks" or "creditors")
            {
                return (null, true);
            }
        }

        // "HSBC is providing $675 million in financing and Goldman Sachs … a $100 million credit line": financing among debt.
        var start = next + 1 < words.Count && words[next].Lower == "in" && words[next + 1].Lower == "financing" ? next + 1 : next;
        for (var k = start; k < words.Count && k - start < 4; k++)
        {
            var lower = words[k].Lower;
            if (lower is "spac" or "spacs" or "blank-check")
            {
                return (null, true);
            }

            if (lower is "tranche" or "tranches" or "financing" && debtInSentence && !words.Any(w => w.Lower is "equity" or "shares" or "stake" or "series"))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase || _stopAfterNoun.Contains(lower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "plans to invest $5 billion in the region", "will invest US$1.1 billion in 2021 to expand", "injected €60 billion into the French
    /// economy", "allocated $80 billion for AI", "invest a total of ₩103 trillion through 2028", "invest $3 billion in India": money spent
    /// on a place, a period or a purpose, with no company as its target, is a spending plan, other. "invest $X in Acme" stays an investment.
    /// </summary>
    private static (Metric? Metric, bool Found)? SpentWithNoCompany(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;

        // "more than $70 billion pledged toward development of new electric models": the passive verb after the figure.
        if (next + 1 < words.Count && words[next].Lower is "pledged" or "committed" or "earmarked" or "allocated" or "spent" && NoCompanyTarget(sentence, next + 1))
        {
            return (null, true);
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && _spendFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 0) || !_spendVerbs.Contains(words[verb].Lower) || next >= words.Count)
        {
            return null;
        }

        // "invested" after "has" with a subject is active; "the $X invested in" is read by SpreadOverACrowd.
        return NoCompanyTarget(sentence, next) ? (null, true) : null;
    }

    /// <summary>The words at <paramref name="i"/> name a place, a period or a purpose rather than a company.</summary>
    private static bool NoCompanyTarget(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var after = i + 1 < words.Count ? words[i + 1] : default;
        if (i + 1 >= words.Count)
        {
            return false;
        }

        // "in the region", "into the French economy": a place taken whole; since the eighth session a bare country or region too
        // ("invested $14 billion in India", "into Africa by 2025"), once the older sets' labels were brought to the convention.
        // A period ("invested $33.7 billion in the June quarter") is an investor's spending, which the older sets label an investment.
        if (BuildingGerundAt(words, i) is { } buildOut)
        {
            return buildOut;
        }

        // "in data centers in Chennai", "in the region", "in 2021 to expand its storage": build-outs, a place, a year then a purpose.
        if (lower is "in" or "into" or "within")
        {
            return InBuildOutPlaceOrYear(words, i);
        }

        // "through 2028", "over the next three years": a spending plan's horizon.
        if (lower is "through" or "until" or "till")
        {
            return IsYear(after);
        }

        // "committed $100 billion over the next ten years to AWS technologies": a named receiver after the horizon is a deal.
        if (lower == "over" && IsHorizonAfter(words, i))
        {
            return NoReceiverAfterHorizon(words, i);
        }

        // "to expand its storage", "to develop data centers": what the spender does with it ("to build a center that assists local
        // startups" is labelled an investment, so building is left alone).
        // "committed more than $2 billion to the Indo-Pacific region": a place taken whole; "to several new long-term football
        // sponsorship deals": many deals or projects, no company.
        if (lower == "to")
        {
            return (_purposeVerbs.Contains(after.Lower) && BuildsSomething(words, i + 2)) || IsWholePlace(words, i + 1) || ManyDealsAhead(sentence, i + 1);
        }

        // "toward ambitious European projects", "for AI"; not "toward acquiring Nvidia's chips" (a name before the purpose).
        return lower is "for" or "toward" or "towards" && PurposeNounAhead(sentence, i);
    }

    /// <summary>
    /// "investing 75 billion dollars into building data centers", "invest $2 billion building a data center campus": whether a building
    /// gerund at <paramref name="i"/> (or after "in"/"into" there) builds something; null when no such gerund is there.
    /// </summary>
    private static bool? BuildingGerundAt(List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var gerund = lower is "in" or "into" ? words[i + 1] : words[i];
        if (gerund.Lower is "building" or "constructing" or "developing" or "expanding" or "setting")
        {
            var from = lower is "in" or "into" ? i + 2 : i + 1;
            return BuildsSomething(words, from) || Window(words, from, 4).Any(w => w == "infrastructure");
        }

        return null;
    }

    /// <summary>Reads a build-out, a place or a year then a purpose after "in": "in data centers in Chennai", "in 2021 to expand its storage".</summary>
    private static bool InBuildOutPlaceOrYear(List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var after = words[i + 1];

        // "in data centers in Chennai", "into new factories": build-outs in general, with no determiner ("in the plant" is one asset).
        if (lower is "in" or "into" && PluralBuildOut(words, i + 1))
        {
            return true;
        }

        // "invest $6 billion into Africa by 2025": a bare place with a plan's deadline ("invested $14 billion in India" and "investing $2 billion in
        // Indonesia over the next five years", blind12, stay investments).
        var place = Lexicon.PlaceLength(words, i + 1);
        if (place > 0 && i + place + 2 < words.Count && !words[i + place].EndsPhrase && words[i + place + 1].Lower is "by" or "through" or "until"
            && IsYear(words[i + place + 2]))
        {
            return true;
        }

        // "in 2021 to expand its storage": a year, then a purpose ("invest $800 million in the plant" is labelled an investment).
        return IsWholePlace(words, i + 1) || IsBarePlace(words, i + 1)
            || (IsYear(after) && i + 3 < words.Count && words[i + 2].Lower == "to" && _purposeVerbs.Contains(words[i + 3].Lower) && BuildsSomething(words, i + 4));
    }

    /// <summary>Reads a spending plan's horizon after word i: "over the next three years", "over five years".</summary>
    private static bool IsHorizonAfter(List<Word> words, int i)
    {
        var after = words[i + 1];
        return (after.Lower == "the" && i + 2 < words.Count && words[i + 2].Lower is "next" or "coming")
            || (IsCount(after) && i + 2 < words.Count && words[i + 2].Lower is "years" or "decades");
    }

    /// <summary>Reads past a horizon for a named receiver: "over five years to secure GPU infrastructure capacity from Nebius" has one.</summary>
    private static bool NoReceiverAfterHorizon(List<Word> words, int i)
    {
        // "over five years to secure GPU infrastructure capacity from Nebius": the same.
        for (var k = i + 3; k + 1 < words.Count && k - i < 12 && !words[k - 1].EndsPhrase; k++)
        {
            if (words[k].Lower is "to" or "with" or "in" or "from" && words[k + 1].IsCapitalised)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a purpose within four words: "toward ambitious European projects", "for AI"; not "toward acquiring Nvidia's chips".</summary>
    private static bool PurposeNounAhead(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        for (var k = i + 1; k < words.Count && k - i <= 4; k++)
        {
            if (_purposeNouns.Contains(words[k].Lower))
            {
                return true;
            }

            if (words[k].EndsPhrase || (sentence.NameAt[k] is { Kind: NameKind.Organisation } && words[k].Lower != "ai") || words[k].Possessive)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Countries and regions money is spent in ("invest $3 billion in India"); nationalities and cities are not here.</summary>
    private static readonly HashSet<string> _countriesAndRegions = new(StringComparer.Ordinal)
    {
        "India", "China", "Japan", "Korea", "South Korea", "Indonesia", "Vietnam", "Malaysia", "Thailand", "Philippines", "the Philippines",
        "Singapore", "Pakistan", "Bangladesh", "Sri Lanka", "Taiwan", "Australia", "New Zealand", "Brazil", "Mexico", "Argentina", "Chile",
        "Colombia", "Peru", "Canada", "US", "U.S.", "USA", "the US", "the U.S.", "the United States", "America", "UK", "U.K.", "the UK",
        "the U.K.", "Britain", "Ireland", "France", "Germany", "Spain", "Italy", "Portugal", "Poland", "Sweden", "Norway", "Denmark", "Finland",
        "the Netherlands", "Switzerland", "Austria", "Belgium", "Greece", "Turkey", "Israel", "Egypt", "Morocco", "Nigeria", "Kenya", "Ghana",
        "Ethiopia", "South Africa", "Saudi Arabia", "the UAE", "UAE", "Qatar", "Oman", "Bahrain", "Kuwait", "Iraq", "Kazakhstan", "Uzbekistan",
        "Russia", "Ukraine", "Africa", "Asia", "Europe", "Latin America", "South America", "North America", "Southeast Asia",
        "South-east Asia", "South Asia", "East Africa", "West Africa", "the Middle East", "the Gulf", "the kingdom", "the country",
    };

    /// <summary>
    /// Words that may follow a bare place when it is the whole target: "in India over the next three years", "into Africa by 2025"; not
    /// "for" ("spent 1.1 billion euros in China for a 26.5% stake" is the price of a stake).
    /// </summary>
    private static readonly HashSet<string> _afterBarePlace = new(StringComparer.Ordinal)
    {
        "over", "during", "through", "by", "in", "this", "last", "next", "between", "since", "from", "via", "as", "to", "within", "each",
        "every", "annually", "a", "per", "across", "alone", "so", "until", "till", "before", "after", "while", "which", "and", "at",
        "on", "under", "with", "the", "that", "including", "mainly", "largely", "primarily", "earlier", "previously",
    };

    /// <summary>
    /// "India", "Southeast Asia", "the United States" written bare as the whole target, ending the phrase or followed by a horizon or a
    /// clause ("in India over the next three years"); not a company in it ("in India's Reliance Retail", "in Japan Airlines").
    /// </summary>
    private static bool IsBarePlace(List<Word> words, int i)
    {
        for (var length = 3; length >= 1; length--)
        {
            var last = i + length - 1;
            if (last >= words.Count || words.Skip(i).Take(length - 1).Any(w => w.EndsPhrase || w.Possessive))
            {
                continue;
            }

            var place = string.Join(' ', words.Skip(i).Take(length).Select(w => w.Core));
            if (!_countriesAndRegions.Contains(place) || words[last].Possessive)
            {
                continue;
            }

            return words[last].EndsPhrase || last + 1 == words.Count || _afterBarePlace.Contains(words[last + 1].Lower);
        }

        return false;
    }

    /// <summary>"the region", "the French economy", "the Indonesian market": a place taken whole.</summary>
    private static bool IsWholePlace(List<Word> words, int i)
    {
        if (i >= words.Count || words[i].Lower is not ("the" or "its" or "their"))
        {
            return false;
        }

        for (var k = i + 1; k < words.Count && k - i <= 3; k++)
        {
            if (_wholePlaceNouns.Contains(words[k].Lower))
            {
                return !words[k].Possessive;
            }

            if (words[k].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"its storage and services space", "data centers in Spain", "the restoration of": a physical thing within five words, no name first.</summary>
    private static bool BuildsSomething(List<Word> words, int i)
    {
        for (var k = i; k < words.Count && k - i < 5; k++)
        {
            if (_capexObjects.Contains(words[k].Lower))
            {
                return true;
            }

            // "in the company developing a lithium mine": a company first is the target.
            if (words[k].EndsPhrase || (words[k].IsCapitalised && words[k].Lower != "ai") || Lexicon.CompanyNouns.Contains(words[k].Lower)
                || words[k].Lower is "startup" or "start-up" or "developer")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"several new long-term football sponsorship deals", "dozens of projects": plural deals or projects within six words, no name first.</summary>
    private static bool ManyDealsAhead(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        for (var k = i; k < words.Count && k - i < 6; k++)
        {
            if (words[k].Lower is "deals" or "projects" or "sponsorships" or "initiatives" or "programmes" or "programs")
            {
                return true;
            }

            if (words[k].EndsPhrase || sentence.NameAt[k] is not null || words[k].Possessive)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"data centers", "new factories", "hyperscale data centres": plural build-outs within three lower-case words, no determiner.</summary>
    private static bool PluralBuildOut(List<Word> words, int i)
    {
        for (var k = i; k < words.Count && k - i < 3; k++)
        {
            var lower = words[k].Lower;
            if (lower is "centers" or "centres" or "facilities" or "plants" or "factories" or "warehouses" or "campuses" or "fabs")
            {
                return true;
            }

            if (words[k].EndsPhrase || words[k].IsCapitalised || lower is "the" or "a" or "an" or "its" or "their" or "this" or "that" || char.IsDigit(lower.FirstOrDefault()))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsYear(Word word) =>
        word.Core.Length == 4 && word.Core.StartsWith("20", StringComparison.Ordinal) && word.Core.All(char.IsDigit);

    /// <summary>
    /// "the $2.2 billion invested in AI companies in January 2024", "€67m was invested into nine Cork companies", "invest up to $5 million
    /// in 15 companies", "$4.4 billion of funding heading to local companies", "bet $110 billion on AI startups": money spread over many
    /// companies is a market's total, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? SpreadOverACrowd(List<Word> words, int first, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        var k = next;
        var moved = false;
        while (k < words.Count && k - next < 5 && words[k].Lower is "was" or "were" or "has" or "have" or "had" or "been" or "is" or "are" or "invested"
            or "deployed" or "poured" or "went" or "going" or "heading" or "flowed" or "of" or "funding" or "capital" or "investment")
        {
            moved |= words[k].Lower is "invested" or "deployed" or "poured" or "went" or "going" or "heading" or "flowed";
            k++;
        }

        // Only money that moves with no giver before it: "invested $X in 12 companies" (a backer's) is labelled an investment.
        if (!moved || k + 1 >= words.Count || words[k].Lower is not ("in" or "into" or "to" or "towards" or "toward" or "on" or "across") || (k > next && words[k - 1].EndsPhrase))
        {
            return null;
        }

        for (var j = k + 1; j < words.Count && j - k <= 4; j++)
        {
            if (_receiverCrowds.Contains(words[j].Lower))
            {
                // "into 14 companies", "in AI companies", "to local companies": not one company's ("its portfolio companies" are too).
                return words[j - 1].Lower is "the" && j - 1 == k + 1 ? null : (null, true);
            }

            if (words[j].EndsPhrase || words[j].Possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"November’s $382 million", "July's $1.47 billion raised from 35 deals", "Q2's $X": a month's or a quarter's total, other.</summary>
    private static (Metric? Metric, bool Found)? PeriodOwnedTotal(List<Word> words, int first, int next)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 2 && words[i].Lower is "record" or "total" or "combined")
        {
            i--;
        }

        if (i < 0 || !words[i].Possessive || !_periodNames.Contains(words[i].Lower))
        {
            return null;
        }

        return next < words.Count && _roundNouns.Contains(words[next].Lower) && words[next].Lower is not ("raised" or "raise") ? null : (null, true);
    }

    /// <summary>
    /// "compared to $3.96 billion raised in H2 2023", "the $750 million raised in September 2022", "$382 million secured from 45
    /// transactions": money raised over a half, a quarter or a month, or from many deals, with no owner, is a period's total.
    /// </summary>
    private static (Metric? Metric, bool Found)? RaisedInAPeriod(List<Word> words, int last, int next)
    {
        if (next + 2 >= words.Count || (words[last].EndsPhrase && next == last + 1) || words[next].Lower is not ("raised" or "secured" or "invested" or "deployed"))
        {
            return null;
        }

        var prep = words[next + 1].Lower;
        var what = words[next + 2].Lower;
        // "£36.3 million secured across nine funding rounds": a total over many rounds.
        if (prep is "across" or "from" or "in" && IsCount(words[next + 2]) && Window(words, next + 3, 3).Any(w => w is "deals" or "transactions" or "rounds"))
        {
            return (null, true);
        }

        if (prep is "in" or "during" && (_periodNames.Contains(what) || (what == "the" && Window(words, next + 3, 3).Any(w => w is "quarter" or "half" or "month"))))
        {
            return (null, true);
        }

        return null;
    }

    /// <summary>
    /// "45", "nine", "a dozen": a count of deals. Since the stakes sweep a number word capitalised inside the sentence opens a name
    /// ("an investment in Six Nations Rugby", "a stake in Three UK"), not a count.
    /// </summary>
    private static bool IsCount(Word word) =>
        char.IsDigit(word.Core.FirstOrDefault()) || (word.Lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
            or "eleven" or "twelve" or "dozens" or "hundreds" or "several" or "multiple" && !(word.IsCapitalised && word.Start > 0));

    /// <summary>"a financing package of roughly $13bn", "a loan of $X", "a credit facility of $X": a debt instrument's size, other.</summary>
    private static (Metric? Metric, bool Found)? DebtNounOf(List<Word> words, int first, int floor)
    {
        var of = first - 1;
        while (of >= Math.Max(floor, 0) && first - of <= 3 && _spendFillers.Contains(words[of].Lower) && words[of].Lower != "of")
        {
            of--;
        }

        return of >= 1 && of >= floor && words[of].Lower == "of"
            && words[of - 1].Lower is "package" or "facility" or "facilities" or "loan" or "loans" or "bond" or "bonds" or "notes" or "debt" or "line"
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "to support its $5bn expansion plan": a plan's size is no deal's figure. "a $10 billion investment plan" is left to the nouns after
    /// the figure, and "the $1 billion mark" keeps the metric of what crossed it.
    /// </summary>
    private static (Metric? Metric, bool Found)? PlanAfter(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        for (var k = next; k < words.Count && k - next < 3; k++)
        {
            var lower = words[k].Lower;
            if (lower is "plan" or "plans" or "scheme" or "programme" or "program"
                && !Window(words, next, k - next).Any(w => w is "investment" or "stake" or "round" or "funding" or "equity"))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase || _stopAfterNoun.Contains(lower) || words[k].IsCapitalised)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the ministry of electronics and IT was allocated Rs 551.75 crore": a budget handed out, other ("allocated $X to funds" is active).</summary>
    private static (Metric? Metric, bool Found)? AllocatedBudget(List<Word> words, int first, int floor) =>
        first >= 2 && first - 2 >= floor && words[first - 1].Lower == "allocated" && words[first - 2].Lower is "was" or "were" or "been" or "is" or "are" or "be"
            ? (null, true)
            : null;

    /// <summary>
    /// "Startups in Southeast Asia amassed as much as $1.8 billion", "Latin American entrepreneurs got $5.3 billion", "German startups pulled in
    /// €2.1 billion", "the Sh19.1 billion raised by Kenyan startups": the startups of a place taking money in are a market, other. "two Indian
    /// startups" (a count) and a named startup are not.
    /// </summary>
    private static (Metric? Metric, bool Found)? CrowdOfAPlaceRaised(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        if (next + 2 < words.Count && words[next].Lower == "raised" && words[next + 1].Lower == "by")
        {
            var crowd = next + 2;
            while (crowd < words.Count && crowd - next <= 4 && !_receiverCrowds.Contains(words[crowd].Lower))
            {
                crowd++;
            }

            return crowd < words.Count && crowd - next <= 4 && IsPlaceCrowd(words, next + 2, crowd) ? (null, true) : null;
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && (_twelfthFillers.Contains(words[verb].Lower) || words[verb].Lower is "in" or "as" or "much" or "just" or "only" or "cumulative" or "staggering"))
        {
            verb--;
        }

        // "raised" is read by the crowd rules of the twelfth round, as the older sets label it.
        if (verb < Math.Max(floor, 1) || words[verb].Lower is not ("amassed" or "secured" or "pulled" or "got" or "drew" or "raked" or "attracted"
                or "bagged" or "received" or "closed" or "took" or "hauled" or "garnered"))
        {
            return null;
        }

        var end = verb - 1;
        while (end >= 0 && words[end].Lower is "have" or "had" or "has" or "also" or "collectively" or "together" or "alone" or "just" or "only")
        {
            end--;
        }

        if (end < 0 || words[end].EndsPhrase)
        {
            return null;
        }

        return PlaceCrowdEndingAt(words, end, floor);
    }

    /// <summary>
    /// The crowd noun, then at most "in / based in / from" a place, ending at word <paramref name="end"/> before the verb ("Startups based
    /// in Southeast Asia"): other when its words name a place and it is no count, else null.
    /// </summary>
    private static (Metric? Metric, bool Found)? PlaceCrowdEndingAt(List<Word> words, int end, int floor)
    {
        for (var c = end; c >= Math.Max(Math.Max(floor, 0), end - 6); c--)
        {
            if (words[c].EndsPhrase && c < end)
            {
                return null;
            }

            if (_receiverCrowds.Contains(words[c].Lower))
            {
                var start = c;
                while (start - 1 >= Math.Max(floor, 0) && c - start < 3 && !words[start - 1].EndsPhrase && (IsMarketQualifier(words[start - 1]) || IsSectorWord(words[start - 1])))
                {
                    start--;
                }

                return IsPlaceCrowd(words, start, end + 1) && (start == 0 || !IsCount(words[start - 1])) ? (null, true) : null;
            }
        }

        return null;
    }

    /// <summary>Words from <paramref name="from"/> to <paramref name="to"/> name a place and nothing capitalised but places: "Latin American entrepreneurs", "startups in Southeast Asia".</summary>
    private static bool IsPlaceCrowd(List<Word> words, int from, int to)
    {
        var place = false;
        for (var i = from; i < to && i < words.Count; i++)
        {
            var isPlace = Lexicon.Places.Contains(words[i].Core) || words[i].Core is "Southeast" or "Middle" or "East" or "West" or "North" or "South" or "Central" or "Nordic";
            place |= isPlace && words[i].Core is not ("Global" or "Public");
            if ((words[i].IsCapitalised && !isPlace && i > from) || (words[i].Possessive && !isPlace))
            {
                return false;
            }
        }

        return place;
    }

    /// <summary>Lower-case sector words before a crowd: "tech", "fintech", "edtech", "AI".</summary>
    private static bool IsSectorWord(Word word) => !word.IsCapitalised ? word.Lower.EndsWith("tech", StringComparison.Ordinal) : word.Core == "AI";

    /// <summary>
    /// "raised Australia's largest venture capital fund, raking in more than $1bn from the nation's largest super funds": a fund raised,
    /// then the money it took in, is the fund's size, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? FundRakingIn(List<Word> words, int first, int floor)
    {
        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 4 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < 2 || verb < floor || words[verb].Lower != "in" || words[verb - 1].Lower is not ("raking" or "bringing" or "pulling" or "taking" or "hauling")
            || !words[verb - 2].EndsPhrase)
        {
            return null;
        }

        for (var i = verb - 2; i >= Math.Max(Math.Max(floor, 0), verb - 12); i--)
        {
            if (IsFundWord(words[i].Lower))
            {
                return WordsBefore(i, Math.Max(floor, 0), 7).Any(k => words[k].Lower is "raised" or "closed" or "launched" or "raises" or "closes") ? (null, true) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "have raised $200 million for investing in promising tech start-ups", "committed €50m to invest in early-stage startups": money
    /// raised or set aside to invest in many companies is a fund's size, other. ("has raised $400 million … since its founding" is a round size in the older sets, so totals since founding are left alone.)
    /// </summary>
    private static (Metric? Metric, bool Found)? RaisedToInvest(List<Word> words, int first, int next, int floor)
    {
        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 4 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        // "committed €50m to invest in early-stage startups", "will invest up to $100 million to support early stage digital health companies":
        // a programme's money for many companies, like a fund's.
        var spends = verb >= Math.Max(floor, 0) && words[verb].Lower is "invest" or "deploy";
        if (verb < Math.Max(floor, 0) || !(spends || words[verb].Lower is "raised" or "raise" or "raising" or "raises" or "committed" or "commits" or "allocated"
                or "earmarked" or "pledged") || next + 3 >= words.Count)
        {
            return null;
        }

        // "to help invest in …": the purpose verb after "help".
        var purpose = words[next].Lower == "to" && words[next + 1].Lower == "help" ? next + 2 : next + 1;
        var toInvest = (words[next].Lower == "for" && words[purpose].Lower == "investing")
            || (words[next].Lower == "to" && (spends ? words[purpose].Lower is "support" or "back" : words[purpose].Lower is "invest" or "back" or "support"));
        return toInvest && Window(words, purpose + 1, 9).Any(_receiverCrowds.Contains) ? (null, true) : null;
    }

    /// <summary>"will increase its investment in Indonesia to up to $1 billion": a backer's spending on a country, other.</summary>
    private static (Metric? Metric, bool Found)? InvestmentInAPlaceRaisedTo(List<Word> words, int first, int floor)
    {
        var to = first - 1;
        while (to >= Math.Max(floor, 0) && first - to <= 3 && words[to].Lower is "up" or "more" or "than" or "about" or "around" or "nearly")
        {
            to--;
        }

        if (to < 5 || to < floor || words[to].Lower != "to" || Lexicon.PlaceLength(words, to - 1) == 0 && (to < 2 || Lexicon.PlaceLength(words, to - 2) != 2))
        {
            return null;
        }

        var place = Lexicon.PlaceLength(words, to - 1) > 0 ? to - 1 : to - 2;
        return words[place - 1].Lower == "in" && words[place - 2].Lower is "investment" or "investments" && words[place - 3].Lower is "its" or "their"
            && place - 4 >= 0 && words[place - 4].Lower is "increase" or "increased" or "increasing" or "raise" or "raised" or "raising" or "boost" or "boosted" or "lift" or "lifted"
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "Total Australian fintech investment was US$1.4 billion", "start-up investment in Vietnam hit 246 million USD", "Funding for start-ups
    /// declined to just USD400 million", "Total financing from venture capital funds in the Middle East surged 132 per cent to almost $2
    /// billion", "total capital raised surged to $2.27 billion", "start-up funding of $1.5 billion", "commitments topped 30 trillion won": a
    /// clause whose subject is a market's funding is a market total, other. "Google's total investment" (an owner) is not.
    /// </summary>
    private static (Metric? Metric, bool Found)? MarketTotalSubject(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var start = SubjectClauseStart(words, first, floor);
        var verb = SubjectJoiningVerb(words, first, start);
        if (verb <= start || FigureOwnedOrInOwnClause(words, first, verb))
        {
            return null;
        }

        var head = SubjectHead(words, start, verb);
        if (head < 0)
        {
            return null;
        }

        // The qualifiers right before the head: "Total Australian fintech", "start-up", "domestic VC".
        var from = head;
        while (from - 1 >= start && !words[from - 1].EndsPhrase && IsMarketQualifier(words[from - 1]))
        {
            from--;
        }

        // An owner before the qualifiers ("Google's total investment", "its funding") or in the subject ("investment from Google").
        if (from - 1 >= start && (words[from - 1].Possessive || words[from - 1].Lower is "its" or "their" or "his" or "her" or "our"))
        {
            return null;
        }

        // Since the twenty-ninth session: a stage's funding over a period ("Early-stage funding clocked in at $51.9 billion, its
        // third-highest quarter", "Seed funding was at $10.3 billion for the first quarter of 2022") and bare funding opening its clause
        // with a period named ("for the whole of 2023, funding shrunk 56% to touch $11.8 billion") are the market's.
        var period = NamesAPeriod(words);
        var stage = period && head - start <= 3 && Enumerable.Range(start, head - start).Any(i => _stageQualifiers.Contains(words[i].Lower));
        var bare = period && from == head && head == start && words[head].Lower is "funding" or "fundraising" && words[verb].Lower is not ("of" or "was" or "is");
        if (!stage && SubjectHasOwnerOrRound(sentence, from, head, verb))
        {
            return null;
        }

        var market = SubjectNamesAMarket(words, from, verb) || stage || bare;

        // "start-up funding of $1.5 billion": with "of", only a start-up or venture market ("a total investment of $6.5B" is one backer's).
        if (words[verb].Lower == "of")
        {
            return head == verb - 1 && head >= 1 && words[head - 1].Lower is "start-up" or "startup" or "vc" or "venture" ? (null, true) : null;
        }

        // "while commitments topped 30 trillion won": bare commitments opening the clause are the market's.
        var commitments = words[head].Lower == "commitments" && from == head && head - start <= 1;
        return market || commitments ? (null, true) : null;
    }

    /// <summary>Stages of venture funding that qualify a market's money: "Early-stage funding", "Seed funding", "late-stage".</summary>
    private static readonly HashSet<string> _stageQualifiers = new(StringComparer.Ordinal)
    {
        "seed", "seed-stage", "early-stage", "late-stage", "later-stage", "growth-stage", "growth", "angel", "pre-seed", "mid-stage",
    };

    /// <summary>Whether the sentence names a period a total runs over: "in Q1", "the first quarter", "in 2023", "the first half", "this year".</summary>
    private static bool NamesAPeriod(List<Word> words) =>
        words.Any(w => w.Lower is "quarter" or "quarters" or "q1" or "q2" or "q3" or "q4" or "h1" or "h2" or "half" or "year" or "ytd" or "month"
            || (w.Lower.Length == 4 && w.Lower[0] is '1' or '2' && w.Lower.All(char.IsDigit)));

    /// <summary>Reads back from the figure to where its clause opens, at most 18 words: "…, while commitments topped 30 trillion won".</summary>
    private static int SubjectClauseStart(List<Word> words, int first, int floor)
    {
        var start = Math.Max(Math.Max(floor, 0), first - 18);
        for (var i = first - 1; i > start; i--)
        {
            if (words[i - 1].EndsPhrase && i - 1 < first - 1)
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>Reads the earliest verb or "of" joining the subject to the figure: "start-up investment in Vietnam hit", "funding of".</summary>
    private static int SubjectJoiningVerb(List<Word> words, int first, int start)
    {
        // The verb or "of" that joins the subject to the figure.
        var verb = -1;
        for (var i = first - 1; i >= start; i--)
        {
            var lower = words[i].Lower;
            if (_tenthTotalVerbs.Contains(lower) || _changeVerbs.Contains(lower) || lower is "was" or "were" or "is" or "came" or "stood" or "clocked" or "shrunk" or "shrank" or "slid" or "dipped" or "touched"
                || (lower == "of" && i == first - 1))
            {
                verb = i;
            }
        }

        return verb;
    }

    /// <summary>Reads an owner before the figure or a clause opener after the verb: "… as its $258M investment in 2013 blew up".</summary>
    private static bool FigureOwnedOrInOwnClause(List<Word> words, int first, int verb)
    {
        // "… is reaping its rewards … as its $258M investment in 2013 blew up": a figure with its own owner, or in a clause of its
        // own after the verb, is not the subject's total.
        return (first >= 1 && (words[first - 1].Possessive || words[first - 1].Lower is "its" or "their" or "his" or "her" or "our"))
            || Enumerable.Range(verb + 1, Math.Max(0, first - verb - 1)).Any(k => words[k].Lower is "as" or "after" or "while" or "when" or "because" or "since" or "although");
    }

    /// <summary>Reads an owner or a round in the subject: "investment from Google", "Google's total investment", "its Series B funding".</summary>
    private static bool SubjectHasOwnerOrRound(SentenceWords sentence, int from, int head, int verb)
    {
        var words = sentence.Words;
        for (var i = from; i < verb; i++)
        {
            var lower = words[i].Lower;
            var place = Lexicon.Places.Contains(words[i].Core) || (i > 0 && words[i - 1].Lower is "in" or "the");
            if ((i > head && sentence.NameAt[i] is { Kind: NameKind.Organisation } && !place) || (words[i].Possessive && !Lexicon.Places.Contains(words[i].Core))
                || lower is "its" or "their" or "his" or "her" or "our" or "round" or "series" or "seed")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a market word or a place in the subject: "Total Australian fintech investment", "start-up investment in Vietnam".</summary>
    private static bool SubjectNamesAMarket(List<Word> words, int from, int verb)
    {
        var market = false;
        for (var i = from; i < verb; i++)
        {
            market |= words[i].Lower is "total" or "overall" or "startup" or "start-up" or "startups" or "start-ups" or "vc" or "venture" or "fintech" or "tech"
                || (Lexicon.Places.Contains(words[i].Core) && words[i].Core is not ("Global" or "Public"));
        }

        return market;
    }

    /// <summary>The subject's head noun between <paramref name="start"/> and the verb: the verb or a preposition comes right after it.</summary>
    private static int SubjectHead(List<Word> words, int start, int verb)
    {
        var head = -1;
        for (var i = start; i < verb; i++)
        {
            var lower = words[i].Lower;
            // Not a modifier ("The U.S. investment firm was").
            if ((lower is "investment" or "investments" or "funding" or "financing" or "fundraising" or "commitments" || (lower == "capital" && i > start && words[i - 1].Lower == "total"))
                && (i + 1 == verb || words[i + 1].Lower is "in" or "into" or "for" or "from" or "to" or "raised" or "across"))
            {
                head = i;
            }
        }

        return head;
    }

    /// <summary>"total", "overall", "Australian", "fintech", "start-up", "domestic", "venture": words that qualify a market's funding.</summary>
    private static bool IsMarketQualifier(Word word) =>
        Lexicon.Places.Contains(word.Core) || (!word.IsCapitalised && word.Lower.Contains('-', StringComparison.Ordinal)) || word.Lower is "total" or "overall" or "startup" or "startups"
            or "vc" or "venture" or "fintech" or "tech" or "capital" or "global" or "domestic" or "foreign" or "private" or "the" or "american" or "latin"
            or "annual" or "quarterly" or "monthly" or "ai" or "climate";

    /// <summary>
    /// "London has dominated tech investment in Europe this year, raising £8.6bn", "with the state raking in RM31 billion": a place that
    /// raises or takes in money is a market's total, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? PlaceRaising(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var verb = first >= 2 && words[first - 1].Lower == "in" ? first - 2 : first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 1) || words[verb].Lower is not ("raising" or "raised" or "raking" or "raked" or "attracting" or "attracted" or "drawing" or "drew"))
        {
            return null;
        }

        // "with the state raking in": a place noun as the subject right before the verb.
        if (words[verb - 1].Lower is "state" or "country" or "city" or "region" or "nation" or "continent" && !words[verb - 1].EndsPhrase)
        {
            return (null, true);
        }

        // "London has dominated …, raising": the sentence opens with a place as the subject of the clause the participle hangs on.
        return words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && words[verb - 1].EndsPhrase && Lexicon.PlaceLength(words, 0) > 0
            && 0 + Lexicon.PlaceLength(words, 0) < words.Count && words[Lexicon.PlaceLength(words, 0)].Lower is "has" or "have" or "had" or "is" or "was"
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "bringing its total funding to $50.5 million", "this brought its total funding to more than $225 million", "taking its total investment
    /// to date to more than $680m" after a raise: the company's funding over all its rounds, other. "the total raised" (the round's) and
    /// "Amazon's total investment in Anthropic" (an investor's) are left to the older rules.
    /// </summary>
    private static (Metric? Metric, bool Found)? OwnTotalFundingTo(List<Word> words, int first, int floor)
    {
        var to = first - 1;
        while (to >= 0 && first - to <= 4 && words[to].Lower is "more" or "than" or "over" or "about" or "around" or "nearly" or "almost" or "some" or "roughly")
        {
            to--;
        }

        if (to < 4 || words[to].Lower != "to")
        {
            return null;
        }

        for (var i = to - 1; i >= Math.Max(Math.Max(floor, 0), to - 6) && i >= 1; i--)
        {
            if (words[i].Lower == "total" && words[i - 1].Lower is "its" or "their" && i + 1 < to)
            {
                var what = words[i + 1].Lower;
                var raisedBefore = words.Take(i).Any(w => w.Lower is "raised" or "raises" or "raising" or "secured" or "closed");
                var investedBefore = words.Take(i).Any(w => w.Lower is "invest" or "invested" or "invests" or "investing" or "investment");
                // "its total active commitments in the region to $6.6 billion": a total over a place taken whole.
                var overAPlace = Enumerable.Range(i + 1, Math.Max(0, to - i - 1)).Any(k => words[k].Lower == "in" && IsWholePlace(words, k + 1));
                return what is "funding" or "raised" or "capital" || overAPlace || (what == "investment" && raisedBefore && !investedBefore) ? (null, true) : null;
            }

            if (words[i].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }
}
