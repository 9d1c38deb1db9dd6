namespace DealTracker.Domain.Figures.Context;

/// <summary>Who gives the money a company takes in: one giver, several (or investors at large), or lenders.</summary>
internal enum RoundGiverCount
{
    /// <summary>"received US$14 million from German-owned Hubert Burda Media": that giver's investment.</summary>
    One,

    /// <summary>"nabbed $6 million in Series A investment from CAS Holding, TEEC and prior investors": the round's size.</summary>
    Many,

    /// <summary>"raising about $15 billion from a group of international banks": a loan, other money.</summary>
    Lenders,

    /// <summary>"has raised ₹1,15,693.95 crore from leading global investors … since April 2020": a total raised over time, other money.</summary>
    Total,

    /// <summary>"has raised $108m from limited partners including insurance firm Axa for its second … fund": a fund's own raise, other money.</summary>
    FundBackers,
}

/// <summary>The givers a company's money comes from, and the one giver's name when there is one named.</summary>
internal readonly record struct RoundGivers(RoundGiverCount Count, string? Giver);

/// <summary>
/// The round givers default: a company that raises / secures / receives / gets / bags / nabs / lands / lines up / closes $X (or "$X in
/// Series A funding") FROM givers takes ONE giver's investment when one giver is named, and raises a round when several are, or
/// investors at large ("from existing investors including Merian", "from these new investors"). Money from banks is a loan; money
/// from an act ("from the stake sale"), a total over time ("since April 2020", "so far") or a fund's own raise ("from
/// limited partners") is left to the other rules.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs by which a company takes money in: "raised $X", "nabbed $X", "is lining up $X" (with <see cref="_raisePhraseEnds"/>).</summary>
    private static readonly HashSet<string> _takingVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "receive", "receives", "received", "receiving",
        "get", "gets", "got", "getting", "bag", "bags", "bagged", "bagging", "nab", "nabs", "nabbed", "nabbing", "land", "lands", "landed",
        "landing", "close", "closes", "closed", "closing", "net", "nets", "netted", "netting", "snag", "snags", "snagged", "pocket", "pockets",
        "pocketed", "collect", "collects", "collected", "collecting", "obtain", "obtains", "obtained", "garner", "garners", "garnered",
        "including",

        // Since the twenty-fourth session, the rest of the verbs the receiver frames read (InvestorRules.ReceiverFrames.cs), so that "scored
        // $45 million in funding from Sequoia and Accel" is a round as "received … from Sequoia and Accel" is, not Sequoia's investment.
        "attract", "attracts", "attracted", "attracting", "score", "scores", "scored", "scoring", "win", "wins", "won", "winning", "grab",
        "grabs", "grabbed", "amass", "amasses", "amassed", "scoop", "scoops", "scooped", "clinch", "clinches", "clinched", "draw", "draws",
        "drew",
    };

    /// <summary>Phrasal verbs of taking money in, read from their particle: "pulled in", "raked in", "picked up", "lining up".</summary>
    private static readonly HashSet<string> _raisePhraseEnds = new(StringComparer.Ordinal)
    {
        "pulled in", "pulls in", "pulling in", "raked in", "rakes in", "raking in", "took in", "takes in", "taking in", "brought in",
        "brings in", "bringing in", "picked up", "picks up", "picking up", "lined up", "lines up", "lining up", "line up", "scooped up",
        "racked up", "racks up", "wrapped up", "wraps up", "hauled in", "hauls in", "reeled in", "reels in", "drew in", "draws in",
    };

    /// <summary>Words that may stand between the verb and the figure: "a fresh equity investment of", "about", "between $2 billion and".</summary>
    private static readonly HashSet<string> _beforeTheRaisedFigure = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "fresh", "new", "another", "additional", "further", "about", "around", "nearly", "approximately", "roughly", "some",
        "up", "to", "over", "more", "than", "almost", "just", "close", "between", "and", "equity", "investment", "of", "funding", "strategic",
        "whopping", "massive", "hefty", "mere", "already", "rs", "inr", "usd", "us", "eur", "rmb", "cny", "krw", "sgd", "hkd", "jpy", "nok",
    };

    /// <summary>Words of the money's own phrase between the figure and "from": "in Series A investment", "in a series A round", "of fresh capital".</summary>
    private static readonly HashSet<string> _raisedMoneyPhrase = new(StringComparer.Ordinal)
    {
        "in", "of", "more", "new", "fresh", "additional", "series", "seed", "pre-seed", "pre-series", "early-stage", "growth", "equity",
        "strategic", "primary", "venture", "funding", "investment", "investments", "capital", "financing", "money", "round", "a", "an", "its",
        "the", "latest", "first", "second", "third", "cash", "private", "angel", "bridge",
    };

    /// <summary>Money that is lent, not invested: "$50 million in debt from", "a credit line from".</summary>
    private static readonly HashSet<string> _lentMoney = new(StringComparer.Ordinal)
    {
        "debt", "loan", "loans", "credit", "bond", "bonds", "notes", "note", "grant", "grants", "convertible", "lending", "facility",
    };

    /// <summary>Words after "from" saying the money came from an act, not a giver: "from the stake sale", "from its IPO".</summary>
    private static readonly HashSet<string> _actsNotGivers = new(StringComparer.Ordinal)
    {
        "sale", "sales", "selling", "ipo", "listing", "offering", "issue", "issuance", "operations", "divestment", "disposal", "rights",
        "placement", "round", "rounds", "government", "public", "crowdfunding", "customers",
    };

    /// <summary>Words after "from" naming many givers or investors at large: "from existing investors", "from a multitude of".</summary>
    private static readonly HashSet<string> _manyGivers = new(StringComparer.Ordinal)
    {
        "investors", "backers", "shareholders", "others", "several", "various", "multiple", "multitude", "consortium", "syndicate", "group",
        "clutch", "host", "slew", "firms", "vcs", "including", "such", "like", "among", "two", "three", "four", "five", "six",
    };

    /// <summary>Words after the figure that make the money a total over time: "since April 2020", "in the past year", "so far".</summary>
    private static readonly HashSet<string> _periodWords = new(StringComparer.Ordinal)
    {
        "since", "so far", "to date", "in total", "cumulatively",
        "altogether", "a total",
    };

    /// <summary>
    /// "received US$14 million from German-owned Hubert Burda Media" (one giver), "raised $141 million in funding from Alphabet Inc.’s Google,
    /// Nvidia Corp., Salesforce Inc. and other investors" (many), "picked up $145 million in a round led by Google" (a round), "raising about
    /// $15 billion from a group of international banks" (lenders), "has raised ₹1,15,693.95 crore from leading global investors … since April
    /// 2020" (a total): the givers of money a company takes in, or null when the figure is not such money.
    /// </summary>
    public static RoundGivers? RoundGiversOf(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = TakingVerbBefore(words, first);
        if (verb < 0)
        {
            return RaisedInARelativeClause(sentence, last);
        }

        var at = PastTheRaisedMoney(words, last);
        if (at < 1 || at + 1 >= words.Count)
        {
            return null;
        }

        // "medical technology fund Alive HealthTech Fund has raised $150m, including …", "… fund has raised $X from …": a fund raising its own money.
        var fund = words.Skip(Math.Max(0, verb - 6)).Take(Math.Min(6, verb)).Any(w => w.Core is "fund" or "funds");
        var many = fund ? new RoundGivers(RoundGiverCount.FundBackers, null) : new RoundGivers(RoundGiverCount.Many, null);

        // "in a round led by Google", "obtained $51.5 million, including an equity investment of $18 million from …": a round, made of parts.
        if ((words[at].Lower is "led" or "co-led" && words.Skip(last).Take(at - last).Any(w => w.Lower is "round" or "funding" or "investment" or "financing"))
            || (words[at].Lower == "including" && words[at - 1].After == ',' && words[verb].Lower != "including"))
        {
            return many;
        }

        // "raised $30 million from Goldman Sachs, including … $6.25 million in debt": money partly lent is no one giver's investment.
        if (words[at].Lower != "from" || words[at].EndsPhrase || words.Skip(at).Take(16).Any(w => _lentMoney.Contains(w.Lower)))
        {
            return null;
        }

        if (fund)
        {
            return many;
        }

        var givers = GiversAfterFrom(sentence, at + 1);

        // "including around $13 billion from its current main backer, Microsoft": one giver's part of a round; several givers' part is left alone.
        return words[verb].Lower == "including" && givers is not { Count: RoundGiverCount.One } ? null
            : IsTotalOverTime(words, verb, at) ? (givers is { Count: RoundGiverCount.Many } ? new RoundGivers(RoundGiverCount.Total, null) : null)
            : givers;
    }

    /// <summary>"on top of $8 billion Anthropic raised from Amazon", "the $230 million that e-commerce major Lazada received from its parent Alibaba".</summary>
    private static RoundGivers? RaisedInARelativeClause(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        i = i < words.Count && words[i].Lower is "that" or "which" ? i + 1 : i;
        if (words[last].EndsPhrase || i >= words.Count || sentence.OrganisationAfterDescriptor(i, pastPlaces: true) is not { } receiver || words[receiver.Last].EndsPhrase)
        {
            return null;
        }

        var verb = receiver.Last + 1;
        verb = verb < words.Count && words[verb].Lower is "has" or "had" or "have" ? verb + 1 : verb;
        return verb + 2 < words.Count && _takingVerbs.Contains(words[verb].Lower) && words[verb].Lower != "including" && words[verb + 1].Lower == "from"
            ? GiversAfterFrom(sentence, verb + 2) : null;
    }

    /// <summary>The verb of taking money in before the figure, past words of its phrase ("secured a fresh equity investment of"), or -1.</summary>
    private static int TakingVerbBefore(List<Word> words, int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= 9; i--)
        {
            var lower = words[i].Lower;
            if (_takingVerbs.Contains(lower) && !words[i].EndsPhrase)
            {
                return i;
            }

            if (i >= 1 && _raisePhraseEnds.Contains(words[i - 1].Lower + " " + lower))
            {
                return i - 1;
            }

            // "between $2 billion and $10 billion": back over the range's other figure.
            var money = lower.Length > 0 && (char.IsDigit(lower[^1]) || lower[0] is '$' or '€' or '£' or '¥' or '₹')
                || lower is "million" or "billion" or "trillion" or "crore" or "mn" or "bn";
            if ((!_beforeTheRaisedFigure.Contains(lower) && !money) || (words[i].EndsPhrase && !words[i].InBrackets && words[i].After != ')'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The word after the figure and the words saying what the money is ("in Series A investment", "in a series A round"): "from", "led", the
    /// word after a comma ("$51.5 million, including"), or -1 for lent money and for a phrase that runs on into other words.
    /// </summary>
    private static int PastTheRaisedMoney(List<Word> words, int last)
    {
        var i = MetricRules.SkipConversion(words, last);
        if ((words[last].EndsPhrase && i == last + 1) || (i > last + 1 && words[i - 1].EndsPhrase))
        {
            return i;
        }

        for (var start = i; i < words.Count && i - start < 8; i++)
        {
            var lower = words[i].Lower;
            if (lower is "from" or "led" or "co-led")
            {
                return i;
            }

            // "in the past year from": a period, which makes the money a total (read by the caller).
            if (lower is "in" or "over" && i + 3 < words.Count && words[i + 1].Lower == "the" && words[i + 2].Lower is "past" or "last")
            {
                var unit = words[i + 3].Lower is "year" or "decade" or "month" or "quarter" ? i + 3 : i + 4;
                if (unit >= words.Count || words[unit].EndsPhrase || words[unit].Lower is not ("year" or "years" or "decade" or "month" or "months" or "quarter" or "quarters"))
                {
                    return -1;
                }

                i = unit;
                continue;
            }

            // "a series A round", "Series B": the round's letter.
            var letter = lower.Length == 1 && i > start && words[i - 1].Lower is "series" or "pre-series";
            if (_lentMoney.Contains(lower) || (!_raisedMoneyPhrase.Contains(lower) && !letter))
            {
                return -1;
            }

            if (words[i].EndsPhrase)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Whether the money is a total over time: "a total of $X", "$X … since April 2020", "in the past year", "so far".</summary>
    private static bool IsTotalOverTime(List<Word> words, int verb, int from)
    {
        for (var i = verb; i < words.Count && i - from < 40; i++)
        {
            if (_periodWords.Contains(words[i].Lower) || (i + 1 < words.Count && _periodWords.Contains(words[i].Lower + " " + words[i + 1].Lower))
                || (i + 2 < words.Count && _periodWords.Contains(words[i].Lower + " " + words[i + 1].Lower + " " + words[i + 2].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The givers after "from" at <paramref name="k"/>: lenders ("a group of international banks"), many ("existing investors including
    /// Merian", "CAS Holding, TEEC and prior investors", "Facebook to KKR"), one ("German-owned Hubert Burda Media", "a single investor"),
    /// or null when the words name no giver or name an act ("the stake sale") or a fund's backers ("limited partners").
    /// </summary>
    private static RoundGivers? GiversAfterFrom(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        var many = false;
        var j = k;
        for (; j < words.Count && j - k < 7 && sentence.NameAt[j] is null; j++)
        {
            var lower = words[j].Lower;
            if (lower is "banks" or "bank" or "lenders" or "lender" or "creditors")
            {
                return new RoundGivers(RoundGiverCount.Lenders, null);
            }

            if (_actsNotGivers.Contains(lower))
            {
                return null;
            }

            // "from limited partners", "from LPs": the backers of a fund raising its own money.
            if (lower is "lps" || (lower == "partners" && j > k && words[j - 1].Lower == "limited"))
            {
                return new RoundGivers(RoundGiverCount.FundBackers, null);
            }

            // "from a single investor", "from an unnamed investor": one giver, not named.
            if (lower == "investor" && !(j + 1 < words.Count && words[j + 1].Lower is "group" or "groups" or "consortium" or "syndicate") && Window(words, Math.Max(k, j - 2), j - Math.Max(k, j - 2)).Any(w => w is "a" or "an" or "single" or "one" or "unnamed" or "undisclosed"))
            {
                return new RoundGivers(RoundGiverCount.One, null);
            }

            many |= SaysManyGivers(sentence, j);
            if (words[j].EndsPhrase || (words[j].Core.Length > 0 && char.IsUpper(words[j].Core[0]) && !IsPlaceOrOrigin(words[j])))
            {
                break;
            }
        }

        if (many)
        {
            return new RoundGivers(RoundGiverCount.Many, null);
        }

        // "from its current main backer, Microsoft": a description, then the giver's name after a comma.
        if (j < words.Count && sentence.NameAt[j] is null && words[j].After == ',' && j + 1 < words.Count && sentence.NameAt[j + 1] is not null)
        {
            j++;
        }

        return j < words.Count && OneNamedGiver(sentence, j) is { } giver ? giver : null;
    }

    /// <summary>
    /// A word saying the givers are many ("a group of investors"). Since the investor-frames sweep, "group" right before a name describes
    /// one company ("from tech group G42", "from luxury group LVMH").
    /// </summary>
    private static bool SaysManyGivers(SentenceWords sentence, int j)
    {
        var word = sentence.Words[j];
        return _manyGivers.Contains(word.Lower)
            && !(word.Lower == "group" && !word.EndsPhrase && j + 1 < sentence.Words.Count && sentence.NameAt[j + 1] is { First: var named } && named == j + 1);
    }

    /// <summary>"German", "Singapore-based", "US-headquartered": a place or an origin written before a giver's description.</summary>
    private static bool IsPlaceOrOrigin(Word word) =>
        Lexicon.Places.Contains(word.Core) || (word.Core.Contains('-', StringComparison.Ordinal) && char.IsLower(word.Core[^1]));

    /// <summary>The giver named at <paramref name="j"/> (past an owner's possessive: "Alphabet Inc.’s Google") and whether others are listed with it.</summary>
    private static RoundGivers? OneNamedGiver(SentenceWords sentence, int j)
    {
        var words = sentence.Words;
        while (j < words.Count && sentence.NameAt[j] is { Possessive: true } owner && owner.First == j && owner.Last + 1 < words.Count)
        {
            j = owner.Last + 1;
        }

        if (j >= words.Count || sentence.NameAt[j] is not { } name || name.First != j || name.Kind == NameKind.Outlet || name.Possessive)
        {
            return null;
        }

        Word? next = name.Last + 1 < words.Count ? words[name.Last + 1] : null;
        var after = next?.Lower ?? "";
        var listed = (after is "and" or "&" or "to" && !words[name.Last].EndsPhrase && name.Last + 2 < words.Count && OthersFollow(sentence, name.Last + 2))
            || (words[name.Last].After == ',' && ListedAfterComma(sentence, name.Last + 1))
            || after is "-led" or "led" or "among" or "affiliates" || words[name.Last].Lower.EndsWith("-led", StringComparison.Ordinal);
        return listed ? new RoundGivers(RoundGiverCount.Many, null) : new RoundGivers(RoundGiverCount.One, sentence.DescribedName(name).Text);
    }

    /// <summary>
    /// "Schroders, investment house FinTech Collective and Ferd", "Google, Nvidia Corp.": another giver after the comma (past a lower-case
    /// description); not a suffix ("Jaadhu Holdings, LLC") nor an appositive ("Amazon, its biggest backer", "Gaja Capital Partners, a … fund").
    /// </summary>
    private static bool ListedAfterComma(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i >= words.Count || Lexicon.CorporateSuffixes.Contains(words[i].Core))
        {
            return false;
        }

        for (var j = i; j < words.Count && j - i < 5; j++)
        {
            if (sentence.NameAt[j] is not null)
            {
                return true;
            }

            if (words[j].EndsPhrase || words[j].Core.Length == 0 || !char.IsLower(words[j].Core[0]) || words[j].Lower is "a" or "an" or "the" or "its" or "their"
                or "which" or "who" or "that" or "while" or "and" or "at" or "as" or "in" or "to" or "with" or "for" or "now" or "formerly" or "previously"
                or "also" or "known" or "called" or "renamed")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the words after "and" name more givers: a name, "other investors", "prior investors", "Vietnam-based Viet Capital".</summary>
    private static bool OthersFollow(SentenceWords sentence, int i)
    {
        var word = sentence.Words[i];
        return sentence.NameAt[i] is not null || (word.Core.Length > 0 && char.IsUpper(word.Core[0]))
            || word.Lower is "other" or "others" or "existing" or "prior" or "new" or "several" or "investors" or "its" or "their" or "the" or "a" or "an"
                or "some" or "early" or "previous" or "returning" or "various";
    }

    /// <summary>
    /// "has raked in €150 million from existing investors including German supermarket giant Rewe at €50 million and Doordash at €30 million":
    /// one listed giver's part of the round, written "NAME at $X" after "including".
    /// </summary>
    public static string? ListedGiverAt(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 3 || words[first - 1].Lower != "at" || sentence.NameAt[first - 2] is not { } giver || giver.Last != first - 2 || giver.Kind == NameKind.Outlet
            || words[giver.Last].EndsPhrase)
        {
            return null;
        }

        return Window(words, Math.Max(0, giver.First - 10), Math.Min(10, giver.First)).Contains("including") ? sentence.DescribedName(giver).Text : null;
    }
}
