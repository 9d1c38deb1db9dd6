using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money raised or invested by no one company (other), read by who takes the money in or puts it out rather than by the verb: a
/// crowd or a market as the subject ("German startups picked up €4.3 billion", "venture capitalists bet $110 billion on AI startups",
/// "The startup market here saw record investments of 4.28 trillion won"), a venture fund's own raise or close ("has raised US$230
/// million in the first close of its latest fund", "the fund aims to raise around 20 billion yen") and debt ("pulled in over $1 bn in
/// debt financing by selling bonds"). A named company raising a round ("Anthropic raised $13 billion") stays a round and "X invested $Y
/// in Acme" stays an investment.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Plural, lower-case nouns for many companies taking money in: "Australian start-ups", "Dublin-based companies".</summary>
    private static readonly HashSet<string> _pooledCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "fintechs", "enterprises", "businesses", "scale-ups", "scaleups", "unicorns", "ventures",
        "developers", "makers", "deals",
    };

    /// <summary>Plural, lower-case nouns for investors in general: "venture capitalists", "private funds", "sovereign owned investors".</summary>
    private static readonly HashSet<string> _pooledInvestors = new(StringComparer.Ordinal)
    {
        "investors", "capitalists", "vcs", "funds", "backers", "financiers", "lps",
    };

    /// <summary>Nouns for a market or a place taken whole as a subject: "The startup market here saw", "the country also secured".</summary>
    private static readonly HashSet<string> _pooledMarkets = new(StringComparer.Ordinal)
    {
        "market", "sector", "ecosystem", "industry", "country", "nation", "region", "continent",
    };

    /// <summary>Verbs by which a crowd or a market takes money in: "raised", "picked up", "pulled in", "saw", "attracted".</summary>
    private static readonly HashSet<string> _pooledTakeVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raise", "raising", "secured", "picked", "pulled", "took", "drew", "attracted", "amassed", "garnered", "received", "got",
        "saw", "recorded", "registered", "logged", "bagged", "scooped", "brought", "hauled", "raked", "closed",
    };

    /// <summary>Verbs by which investors in general put money out: "invested", "pumped in", "bet", "ploughed", "gave startups".</summary>
    private static readonly HashSet<string> _pooledSpendVerbs = new(StringComparer.Ordinal)
    {
        "invested", "invest", "pumped", "poured", "ploughed", "plowed", "bet", "deployed", "committed", "injected", "gave", "put", "funneled",
        "funnelled", "channelled", "channeled",
    };

    /// <summary>Words between a verb and its figure: "picked up", "pulled in", "saw record investments of", "a staggering".</summary>
    private static readonly HashSet<string> _pooledFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "total", "of", "record", "nearly", "roughly", "about", "around", "more", "than", "over", "some", "almost", "just", "under",
        "approximately", "combined", "collective", "estimated", "whopping", "staggering", "least", "at", "up", "in", "investments", "investment",
        "funding", "capital", "cumulative", "only", "as", "much", "to", "on", "impressive", "massive", "hefty", "healthy", "solid",
    };

    /// <summary>Words between a subject and its verb: "start-ups have raised", "funds … collectively invested", "the country also secured".</summary>
    private static readonly HashSet<string> _pooledAdverbs = new(StringComparer.Ordinal)
    {
        "have", "had", "has", "also", "collectively", "together", "globally", "jointly", "here", "alone", "reportedly", "already", "last",
        "this", "year", "worldwide", "themselves",
    };

    /// <summary>Adverbs that count many givers or takers as one: "collectively", "together", "jointly".</summary>
    private static bool IsCollectiveAdverb(string lower) => lower is "collectively" or "together" or "jointly";

    /// <summary>Nouns for a fund or a vehicle that pools money: "fund", "funds", "vehicle".</summary>
    private static bool IsFundWord(string word) => word is "fund" or "funds" or "vehicle";

    /// <summary>The pooled-money reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? PooledMoneyReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return DebtRaisedAfter(words, first, last, next)
            ?? FundCloseSentence(words, first, next)
            ?? FundOwnRaise(words, first, next, floor)
            ?? PooledSubjectTakesOrGives(sentence, first, next, floor);
    }

    /// <summary>
    /// "pulled in over $1 bn in debt financing by selling bonds", "raised $500 million through a bond sale", "secure loans for 10 billion euros",
    /// "in talks with … banks to raise about $5 billion": money named as debt, raised by selling bonds or notes, or raised from lenders, is
    /// debt, other ("$X in convertible notes" turns into shares and is left alone).
    /// </summary>
    private static (Metric? Metric, bool Found)? DebtRaisedAfter(List<Word> words, int first, int last, int next)
    {
        // "secure loans for 10 billion euros", "in talks with local and international banks to raise about $5 billion": the lenders or the
        // loans before the figure.
        var before = WordsBefore(first, 0, 10).ToList();
        if ((first >= 2 && words[first - 1].Lower == "for" && words[first - 2].Lower is "loans" or "loan" or "bonds" or "debt" or "notes")
            || before.Any(k => words[k].Lower is "banks" or "lenders" or "creditors" && before.Any(j => j < k && k - j <= 4 && words[j].Lower == "with")
                && Enumerable.Range(k + 1, Math.Max(0, first - k - 1)).Any(j => words[j].Lower is "raise" or "borrow" or "raised" or "borrowed")))
        {
            return (null, true);
        }

        if ((words[last].EndsPhrase && next == last + 1) || next >= words.Count)
        {
            return null;
        }

        var clause = Window(words, next, 8).ToList();
        if (clause.Any(w => w is "convertible" or "equity" or "shares" or "stake"))
        {
            return null;
        }

        // "$1 bn in debt financing", "$300 million of bonds".
        var debtNamed = clause.Count >= 2 && clause[0] is "in" or "of" && clause.Skip(1).Take(2).Any(w => w is "debt" or "bonds" or "notes" or "borrowings" or "bond");

        // "by selling bonds", "through a bond sale", "via a bond issue", "from a sale of bonds".
        var bondSold = false;
        for (var k = 0; k + 1 < clause.Count; k++)
        {
            bondSold |= clause[k] is "by" or "through" or "via" or "from" && clause.Skip(k + 1).Take(4).Any(w => w is "bonds" or "bond" or "notes" or "debentures");
        }

        return debtNamed || bondSold ? (null, true) : null;
    }

    /// <summary>
    /// "has raised US$230 million … in the first close of its latest fund", "a final close on $164 million", "closed its sophomore fund at
    /// €300m", "announced the final closure of its Egypt-focused fund, with a new commitment of EGP 440 million": money the close itself names is
    /// the fund's size, other. ("announced a first close in July, securing $1.5bn of capital" and "is targeting up to $400 million for its
    /// first fund and just reached its first close" are labelled rounds in blind5 and blind7, so a close elsewhere in the sentence is not enough.)
    /// </summary>
    private static (Metric? Metric, bool Found)? FundCloseSentence(List<Word> words, int first, int next)
    {
        var close = FundCloseAt(words);
        if (close < 0 || (next < words.Count && _valuationNouns.Contains(words[next].Lower)))
        {
            return null;
        }

        // "$X in the first close", "$X at the first close": the close right after the figure.
        var closeAfter = close > next && close - next <= 4 && words[next].Lower is "in" or "at";

        // "a final close on $164 million", "closed its sophomore fund at €300m": the close, then "on / at / with / of" and the figure.
        var closeBefore = close < first && first - close <= 6 && first >= 1 && words[first - 1].Lower is "on" or "at" or "with" or "of" or "about" or "around"
            && !Enumerable.Range(close, first - close).Any(k => words[k].EndsPhrase);

        // "…, with a new commitment of EGP 440 million", "with $195 million in capital commitments": commitments to the closed fund.
        var commitments = (first >= 2 && words[first - 1].Lower == "of" && words[first - 2].Lower is "commitment" or "commitments")
            || Window(words, next, 3).Any(w => w is "commitments");
        return closeAfter || closeBefore || commitments ? (null, true) : null;
    }

    /// <summary>Where a fund's close is named ("the first close of its latest fund", "closed its second fund"), or -1.</summary>
    private static int FundCloseAt(List<Word> words)
    {
        var close = -1;
        for (var i = 1; i < words.Count && close < 0; i++)
        {
            // "in the first close of its latest fund", "raised its first clean energy fund, with a final close on $164 million".
            if (words[i].Lower is "close" or "closing" or "closure" && words[i - 1].Lower is "first" or "final" or "initial" or "second" or "third" or "interim"
                && (Window(words, i + 1, 6).Any(IsFundWord) || WordsBefore(i, 0, 8).Any(k => words[k].Core is "fund" or "funds")))
            {
                close = i;
            }

            // "has closed its sophomore fund at €300m", "closed its second fund with $195 million in capital commitments".
            if (words[i].Lower is "closed" or "closes" or "closing" && i + 2 < words.Count && words[i + 1].Lower is "its" or "a" or "their"
                && Window(words, i + 2, 4).Any(w => w is "fund" or "funds") && Window(words, i + 2, 4).Any(IsFreshFundWord))
            {
                close = i;
            }
        }

        return close;
    }

    /// <summary>
    /// "has raised $200 million for a new fund", "raised over $900 million … for its latest fund", "is in talks to raise around 20 billion yuan
    /// for a new Chinese currency fund", "the fund aims to raise around 20 billion yen": a fund raised (a lower-case fund: "for its Fund 15"
    /// stays a round as the older sets label it), other.
    /// </summary>
    private static (Metric? Metric, bool Found)? FundOwnRaise(List<Word> words, int first, int next, int floor)
    {
        // "Andreessen Horowitz's $4.5 billion raise for a crypto fund": the raise named after the figure.
        if (next + 1 < words.Count && words[next].Lower is "raise" or "fundraise" or "fundraising" && ForAFundAfter(words, next + 1))
        {
            return (null, true);
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 0) || words[verb].Lower is not ("raised" or "raise" or "raising" or "raises" or "secured" or "closed" or "collected"))
        {
            return null;
        }

        return ForAFundAfter(words, next) || FundAsSubject(words, verb) ? (null, true) : null;
    }

    /// <summary>"for a new fund", "for its latest fund", "for a second fund that aims", within ten words of the clause after the figure.</summary>
    private static bool ForAFundAfter(List<Word> words, int next)
    {
        for (var k = next; k + 1 < words.Count && k - next < 10; k++)
        {
            if (words[k].Lower == "for")
            {
                // "for a crypto fund": any fund not yet named.
                var fresh = k + 1 < words.Count && words[k + 1].Lower == "a";
                for (var j = k + 1; j < words.Count && j - k <= 5; j++)
                {
                    // "for a new fund", "for its latest fund", "for a second fund": a fresh fund ("raise $1bn for the fund" stays a round).
                    fresh |= IsFreshFundWord(words[j].Lower) || IsCount(words[j]);
                    if (IsFundWord(words[j].Core))
                    {
                        return fresh;
                    }

                    // "for its Fund 15" (capitalised: one named fund) and "for Acme's fund" name it; places describe it ("a new Chinese currency fund").
                    if (words[j].EndsPhrase || words[j].Possessive || (words[j].IsCapitalised && !Lexicon.Places.Contains(words[j].Core)))
                    {
                        break;
                    }
                }
            }

            if (words[k].EndsPhrase || words[k].Lower is "from" or "led" or "valuing" or "at" or "and")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"new", "latest", "maiden", "second", "previous": words that say which of a firm's funds, not a fund already named.</summary>
    private static bool IsFreshFundWord(string lower) =>
        lower is "new" or "latest" or "next" or "debut" or "maiden" or "inaugural" or "first" or "second" or "third" or "fourth" or "fifth" or "sixth"
            or "seventh" or "eighth" or "ninth" or "tenth" or "previous" or "prior" or "sophomore";

    /// <summary>"the fund aims to raise", "the new fund has raised", "its fund will raise": a lower-case fund as the raiser.</summary>
    private static bool FundAsSubject(List<Word> words, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && verb - i <= 4 && words[i].Lower is "aims" or "aimed" or "hopes" or "plans" or "seeks" or "targets" or "to" or "has" or "had" or "have" or "will" or "would" or "is" or "expects" or "already")
        {
            i--;
        }

        // "is considering launching a fund to raise up to USD 25 bn": a fund launched to raise the money.
        return i >= 1 && i < verb && words[i].Core is "fund" && !words[i].EndsPhrase && words[i - 1].Lower is "the" or "its" or "new" or "this" or "their" or "a";
    }

    /// <summary>
    /// "Australian start-ups raised $1.0 billion across 116 announced rounds", "German startups picked up €4.3 billion", "venture capitalists
    /// bet $110 billion on AI startups", "private funds invested 1.48 trillion won", "The startup market here saw record investments of 4.28
    /// trillion won", "Dublin-based companies dominated the funding with €399 million raised": a crowd of companies, investors in general or a
    /// market as the subject of the verb is a market's total, other. A counted crowd ("49 startups raised $100 million or more"), a round
    /// named in the clause, money "each" and a named company receiving it ("poured $X into OpenAI") are left alone.
    /// </summary>
    private static (Metric? Metric, bool Found)? PooledSubjectTakesOrGives(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        if (FloorAt(words, next) || (next < words.Count && words[next].Lower is "each" or "apiece") || SingleRoundInClause(words, next))
        {
            return null;
        }

        // "Of that, $2.46bn was raised by the sector", "$X raised by Kenyan startups": the raisers named after the figure.
        if (RaisedByACrowdAfter(words, next))
        {
            return (null, true);
        }

        // "with €399 million raised", "with $3.5bn going to those based in the capital" after a crowd subject opening the sentence.
        if (first >= 1 && words[first - 1].Lower == "with" && next < words.Count && words[next].Lower is "raised" or "going" or "went" or "invested")
        {
            return PooledSubjectOpens(sentence) ? (null, true) : null;
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 6 && (_pooledFillers.Contains(words[verb].Lower) || _pooledCrowds.Contains(words[verb].Lower)))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 1) || words[verb].EndsPhrase)
        {
            return null;
        }

        var lower = words[verb].Lower;
        var takes = _pooledTakeVerbs.Contains(lower);
        var gives = _pooledSpendVerbs.Contains(lower);
        if ((!takes && !gives) || NamedReceiverAfter(sentence, next))
        {
            return null;
        }

        // "investors gave startups …": only a giving verb names its receivers between itself and the figure.
        if (!gives && Enumerable.Range(verb + 1, first - verb - 1).Any(k => _pooledCrowds.Contains(words[k].Lower)))
        {
            return null;
        }

        return PooledSubjectOfVerb(sentence, verb, takes, gives);
    }

    /// <summary>Whether the subject of the taking or giving <paramref name="verb"/> is a crowd, a market or investors in general: other, or null.</summary>
    private static (Metric? Metric, bool Found)? PooledSubjectOfVerb(SentenceWords sentence, int verb, bool takes, bool gives)
    {
        var words = sentence.Words;
        var subject = SubjectBefore(words, verb);
        if (subject < 0)
        {
            return null;
        }

        // "Fifty-six U.S. venture capital funds raised a total of $8.1 billion", "VCs themselves raised": funds raising are funds' sizes, counted or not.
        var head = words[subject].Lower;
        if (takes && head is "funds" or "vcs" && !words[subject].Possessive && (subject == 0 || !words[subject - 1].Possessive))
        {
            return (null, true);
        }

        var pooled = (takes && (_pooledCrowds.Contains(head) || _pooledMarkets.Contains(head))) || (gives && _pooledInvestors.Contains(head) && CountedAsAWhole(words, verb));

        // "In total, those five climate tech deals pulled in $1.4 billion": a counted crowd the sentence adds up.
        return pooled && (WholeOpener(words) > 0 || IsGenericSubject(sentence, subject)) ? (null, true) : null;
    }

    /// <summary>
    /// Investors in general giving money are a market's total when the sentence counts them as a whole: they did it "collectively", a
    /// tracker or report counts it ("according to analytics firm Dealroom", "the data firm said"), or the clause is a part "Of the total".
    /// ("Venture capitalists poured a record US$37 billion into the country's startups last year" is labelled an investment in blind3.)
    /// </summary>
    private static bool CountedAsAWhole(List<Word> words, int verb)
    {
        // Since the attribution-tail mend: an attribution closing the sentence counts the whole unless it names only one who tells: an
        // outlet, a filing or people ("Investors put in $3 billion, according to a filing" says who told, not that the money was counted,
        // and leaves the figure's metric as it is without it); a counter named there still counts ("according to analytics firm Dealroom",
        // "according to PitchBook data", "according to the NVCA").
        var tail = AttributionTail(words);
        var cited = words.Take(tail).Any(w => w.Lower is "report" or "data" or "tracker" or "study" or "survey" or "figures" or "according")
            || (tail < words.Count && (NamesACounter(words, tail) || !NamesATeller(words, tail)));
        var collective = WordsBefore(verb, 0, 3).Any(k => IsCollectiveAdverb(words[k].Lower));
        var partOfTotal = words.Count > 2 && words[0].Lower == "of" && words[1].Lower is "the" or "that" or "this" && words[2].Lower is "total" or "amount" or "sum";
        return cited || collective || partOfTotal;
    }

    /// <summary>The words that say a sum was counted: a tracker's data, a study, a survey, an analytics firm.</summary>
    private static readonly HashSet<string> _counters = new(StringComparer.Ordinal)
    {
        "data", "database", "databases", "tracker", "trackers", "study", "survey", "figures", "analytics", "tally", "count", "statistics",
        "dataset", "research", "analysis", "report", "reports",
    };

    /// <summary>Nouns of those who tell rather than count: a filing or statement, people and sources, the company itself.</summary>
    private static readonly HashSet<string> _tellers = new(StringComparer.Ordinal)
    {
        "filing", "filings", "document", "documents", "statement", "statements", "release", "announcement", "disclosure", "prospectus",
        "people", "person", "persons", "source", "sources", "official", "officials", "executive", "executives", "insider", "insiders",
        "company", "firm", "startup", "spokesperson", "spokesman", "spokeswoman", "representative", "him", "her", "them", "it", "memo",
        "letter", "email", "presentation", "transcript", "interview",
    };

    /// <summary>Whether the attribution from word <paramref name="tail"/> names a counter: data, a tracker, a survey, a listed data provider.</summary>
    private static bool NamesACounter(List<Word> words, int tail) =>
        Enumerable.Range(tail, words.Count - tail).Any(k => _counters.Contains(words[k].Lower) || SourceRules.IsForecaster(words[k].Core)
            || (k + 1 < words.Count && SourceRules.IsForecaster(words[k].Core + " " + words[k + 1].Core)));

    /// <summary>
    /// Whether the attribution from word <paramref name="tail"/> names one who tells, not one who counts: a filing, people or sources, the
    /// company, or a news outlet ("according to Reuters", "according to The Wall Street Journal").
    /// </summary>
    private static bool NamesATeller(List<Word> words, int tail)
    {
        for (var k = tail; k < words.Count; k++)
        {
            if (_tellers.Contains(words[k].Lower))
            {
                return true;
            }

            var name = words[k].Core;
            for (var j = k; j < words.Count && j < k + 4; j++)
            {
                name = j == k ? name : name + " " + words[j].Core;
                if (words[k].IsCapitalised && Lexicon.OutletName(name) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where an attribution that closes the sentence starts: "according to", "citing" or "per" after a comma or dash; the words' count
    /// when there is none. One opening the sentence ("According to CB Insights, of the world's …") is no tail: the sentence is its clause.
    /// </summary>
    private static int AttributionTail(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var opens = words[i - 1].EndsPhrase || words[i - 1].After == '—';
            if (!opens)
            {
                continue;
            }

            if ((words[i].Lower == "according" && i + 1 < words.Count && words[i + 1].Lower == "to") || words[i].Lower is "citing" or "per")
            {
                return i;
            }
        }

        return words.Count;
    }

    /// <summary>"was raised by the sector", "raised by African startups", "had been raised by fintechs": a crowd or a market after the figure.</summary>
    private static bool RaisedByACrowdAfter(List<Word> words, int next)
    {
        var k = next;
        while (k < words.Count && k - next < 2 && words[k].Lower is "was" or "were" or "been" or "had" or "has" or "have")
        {
            k++;
        }

        if (k + 2 >= words.Count || words[k].Lower != "raised" || words[k + 1].Lower != "by")
        {
            return false;
        }

        for (var j = k + 2; j < words.Count && j - k <= 5; j++)
        {
            if (_pooledCrowds.Contains(words[j].Lower) || _pooledMarkets.Contains(words[j].Lower))
            {
                return !Enumerable.Range(k + 2, j - k - 2).Any(b => IsCount(words[b]) || words[b].Possessive || words[b].Lower is "its" or "their");
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"in a single round", "in a Series B round", "in its latest funding round" after the figure; not "across 116 announced rounds".</summary>
    private static bool SingleRoundInClause(List<Word> words, int next)
    {
        for (var k = next; k < words.Count && k - next < 8; k++)
        {
            if (words[k].Lower == "round")
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

    /// <summary>"into OpenAI", "in Acme Corp": an organisation named right after the figure's preposition receives it.</summary>
    private static bool NamedReceiverAfter(SentenceWords sentence, int next)
    {
        var words = sentence.Words;
        return next + 1 < words.Count && words[next].Lower is "in" or "into" or "to" && sentence.NameAt[next + 1] is { Kind: NameKind.Organisation };
    }

    /// <summary>
    /// The subject's head right before <paramref name="verb"/>, past adverbs ("have", "collectively", "also"), or the head opening the
    /// clause when the subject runs on ("Gulf sovereign wealth funds (SWFs) like …, collectively invested"); -1 when none.
    /// </summary>
    private static int SubjectBefore(List<Word> words, int verb)
    {
        var i = verb - 1;
        var collective = false;
        while (i >= 0 && verb - i <= 4 && _pooledAdverbs.Contains(words[i].Lower) && !words[i].EndsPhrase)
        {
            collective |= IsCollectiveAdverb(words[i].Lower);
            i--;
        }

        if (i < 0)
        {
            return -1;
        }

        // "Fintechs based in London took", "Startups in Southeast Asia raised": a crowd, then where it is ("Sifted, which covers … European
        // start-ups, has raised": a crowd closing an aside is not the subject).
        for (var k = i; k >= 0 && i - k <= 4 && !words[i].EndsPhrase && !(k < i && words[k].EndsPhrase); k--)
        {
            if (IsPooledNoun(words[k].Lower))
            {
                var between = Enumerable.Range(k + 1, i - k);
                return between.All(b => words[b].Lower is "based" or "in" or "from" or "here" or "across" || Lexicon.Places.Contains(words[b].Core)) ? k : -1;
            }
        }

        // "Developers of small modular nuclear reactors have raised", "Companies working on autonomous vehicles … raised", "Combined, the 10
        // startups below — all of them aiming … — have raised": the plural opening the clause, described by "of" or a participle.
        var opening = OpeningPooledNoun(words, verb);
        if (opening >= 0)
        {
            return opening;
        }

        // "Gulf sovereign wealth funds (SWFs) like …, and Qatar's QIA collectively invested": the sentence's opening plural when all of them did.
        if (collective)
        {
            for (var k = 0; k < Math.Min(i, 6); k++)
            {
                if (_pooledInvestors.Contains(words[k].Lower) || _pooledCrowds.Contains(words[k].Lower))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static bool IsPooledNoun(string lower) => _pooledCrowds.Contains(lower) || _pooledInvestors.Contains(lower) || _pooledMarkets.Contains(lower);

    /// <summary>
    /// The plural noun opening the sentence (or the clause after "Combined," / "In total,") when "of" or a participle describes it and no comma
    /// stands between it and <paramref name="verb"/> (dashes around an aside may); -1 when none.
    /// </summary>
    private static int OpeningPooledNoun(List<Word> words, int verb)
    {
        var start = WholeOpener(words);
        for (var k = start; k < words.Count && k - start < 3 && k + 1 < verb; k++)
        {
            if (!IsPooledNoun(words[k].Lower))
            {
                continue;
            }

            var described = words[k + 1].Lower is "of" or "based" or "focused" or "backed" or "below" or "above" || words[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal);
            var unbroken = Enumerable.Range(k, verb - k).All(j => !words[j].EndsPhrase || words[j].After is '—' or '–');
            return described && unbroken && verb - k <= 20 ? k : -1;
        }

        return -1;
    }

    /// <summary>Where the clause after "Combined," / "In total," / "Cumulatively," starts, or 0: the sentence counts its subject as a whole.</summary>
    private static int WholeOpener(List<Word> words)
    {
        if (words.Count > 2 && words[0].Lower is "combined" or "cumulatively" or "collectively" or "together" && words[0].EndsPhrase)
        {
            return 1;
        }

        return words.Count > 3 && words[0].Lower == "in" && words[1].Lower is "total" or "all" && words[1].EndsPhrase ? 2 : 0;
    }

    /// <summary>
    /// The words before the head only describe it ("German", "venture capital", "sovereign owned", "Dublin-based", "The startup"), and the
    /// subject opens its clause: not counted ("49 startups"), owned ("its portfolio companies", "SoftBank's funds") or chosen ("the two
    /// firms", "existing investors").
    /// </summary>
    private static bool IsGenericSubject(SentenceWords sentence, int head)
    {
        var words = sentence.Words;
        for (var k = head - 1; k >= 0 && head - k <= 5; k--)
        {
            var word = words[k];
            if (word.EndsPhrase)
            {
                return true;
            }

            // "Australian and New Zealand enterprises": a place's own words describe.
            var lower = word.Lower;
            if (Lexicon.Places.Contains(word.Core) || (word.IsCapitalised && k + 1 < head && Lexicon.Places.Contains(words[k + 1].Core)))
            {
                continue;
            }

            if (char.IsDigit(word.Core.FirstOrDefault()) || word.Possessive || IsCount(word)
                || lower is "its" or "their" or "his" or "her" or "our" or "two" or "both" or "existing" or "other" or "new" or "which" or "portfolio"
                    or "these" or "those" or "some" or "many" or "most" or "few" or "several" or "all" or "that" or "who")
            {
                return false;
            }

            // A name that is no place ("SoftBank funds", "Sequoia firms") owns them.
            if (word.IsCapitalised && !Lexicon.Places.Contains(word.Core) && sentence.NameAt[k] is { Kind: NameKind.Organisation } && k > 0)
            {
                return false;
            }

            if (lower is "of" or "and" or "but" or "while" or "as" or "when" or "after" or "said" or "says")
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>"Dublin-based companies dominated …", "Fintechs based in London took …": the sentence opens with a crowd of companies as its subject.</summary>
    private static bool PooledSubjectOpens(SentenceWords sentence)
    {
        var words = sentence.Words;
        for (var k = 0; k < words.Count && k < 4; k++)
        {
            if (_pooledCrowds.Contains(words[k].Lower))
            {
                return IsGenericSubject(sentence, k);
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }
}
