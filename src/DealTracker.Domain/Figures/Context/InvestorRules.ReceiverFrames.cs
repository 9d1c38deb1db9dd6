namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The receiver frame (the general-investor sweep, branch sweep-inv-general): a company that receives money names its giver after
/// "from", and the receiver is never the investor. "Reliance Retail will get a $1 billion investment from Qatar's sovereign wealth fund"
/// (no one named: a state's fund only described, as the corpus labels it), "Groq has secured a $1.5 billion commitment from Saudi Arabia"
/// (Saudi Arabia), "Yello Mobile securing $100mn from Silicon Valley-based venture capital firm Formation 8" (Formation 8), "The Beijing-based
/// startup also secured 500 million yuan from Zhuhai city's state-owned Huafa Group" (Huafa Group), "is likely to receive another $1.5
/// billion investment from Saudi Arabia's sovereign wealth fund, Public Investment Fund (PIF)" (Public Investment Fund). The verb is any
/// tense of receive, get, secure, land, win, attract, bag, draw, garner, obtain, net, pocket, clinch, snag or rake in, with only a few small
/// words ("a", "another", "fresh", "about") between it and the figure; after the figure only the money's own nouns ("investment", "funding",
/// "backing", "commitment", "infusion", "in Series B funding") stand before "from". Several givers give the first named; givers in general
/// ("from investors including …", "from a consortium") are left to the older rules.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _receiverVerbs = new(StringComparer.Ordinal)
    {
        "receive", "receives", "received", "receiving", "get", "gets", "got", "gotten", "getting", "secure", "secures", "secured", "securing",
        "land", "lands", "landed", "landing", "win", "wins", "won", "winning", "attract", "attracts", "attracted", "attracting", "bag", "bags",
        "bagged", "bagging", "draw", "draws", "drew", "drawn", "drawing", "garner", "garners", "garnered", "garnering", "obtain", "obtains",
        "obtained", "obtaining", "netted", "netting", "pocket", "pockets", "pocketed", "pocketing", "clinch", "clinches",
        "clinched", "clinching", "snag", "snags", "snagged", "snagging", "scored", "bring", "brings", "brought", "bringing", "in",
    };

    /// <summary>Small words between the receiving verb and the figure: "received a fresh $50m", "secured another nearly $1.6 million".</summary>
    private static readonly HashSet<string> _beforeReceivedMoney = new(StringComparer.Ordinal)
    {
        "a", "an", "another", "additional", "further", "fresh", "new", "its", "their", "the", "about", "around", "nearly", "almost", "roughly",
        "approximately", "some", "over", "more", "than", "up", "to", "as", "much", "least", "at", "just", "close", "total", "of", "whopping",
        "massive", "hefty", "huge", "record", "estimated", "reported", "reportedly", "initial", "first", "second", "combined", "much-needed",
    };

    /// <summary>The money's own words between the figure and "from": "investment", "in Series B funding", "worth of backing".</summary>
    private static readonly HashSet<string> _receivedMoneyNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "funding", "backing", "commitment", "commitments", "infusion", "injection", "cash", "capital", "equity",
        "pledge", "investment-pledge", "support", "round", "series", "seed", "pre-series", "a", "b", "c", "d", "e", "f", "in", "of", "worth",
        "strategic", "minority", "growth", "fresh", "new", "venture", "financing", "deal", "money", "bridge", "extension", "pre-seed",
    };

    /// <summary>Words after "from" that stop a giver's description without naming anyone.</summary>
    private static readonly HashSet<string> _giverStops = new(StringComparer.Ordinal)
    {
        "to", "for", "in", "on", "at", "which", "who", "that", "as", "after", "before", "last", "earlier", "this", "over", "under", "during",
        "with", "by", "putting", "valued", "valuing", "while", "and", "but", "amid", "into", "led", "itself",
    };

    /// <summary>Words after "from" that say the money comes from many givers in general, which the older rules read.</summary>
    private static readonly HashSet<string> _generalGivers = new(StringComparer.Ordinal)
    {
        "investors", "backers", "shareholders", "including", "such", "like", "among", "others", "several", "various", "consortium", "syndicate",
        "banks", "lenders", "funds", "firms", "companies", "group", "groups", "institutions", "individuals", "people", "sale", "sales", "selling",
        "existing", "new", "multiple", "two", "three", "four", "five", "its", "their", "his", "her", "own", "founders", "employees",
    };

    /// <summary>
    /// The giver of money the subject receives, named after "from"; "" when the frame is there and names no organisation ("from Qatar's
    /// sovereign wealth fund", "from the Kingdom"); null when the figure is not in the frame.
    /// </summary>
    internal static string? ReceivedFromGiver(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last < first || ReceivingVerbBefore(words, first) < 0)
        {
            return null;
        }

        var from = FromAfterReceivedMoney(words, last);
        return from < 0 ? null : GiverAfterReceivedFrom(sentence, from + 1);
    }

    /// <summary>
    /// Whether the receiver frame names exactly one giver: "from Saudi Arabia", not "from Cocoon and Viet Capital Ventures" nor "from Astra,
    /// Tencent, Google" (several givers make the money a round, as the corpus labels it).
    /// </summary>
    internal static bool IsReceivedFromOneGiver(SentenceWords sentence, int first, int last)
    {
        if (ReceivedFromGiver(sentence, first, last) is not { Length: > 0 })
        {
            return false;
        }

        var words = sentence.Words;
        var from = FromAfterReceivedMoney(words, last);
        for (var j = from + 1; j + 1 < words.Count && j - from <= 12; j++)
        {
            var another = words[j + 1].IsCapitalised || sentence.NameAt[j + 1] is not null;
            if ((words[j].Lower is "and" or "&" && another) || (words[j].After == ',' && !words[j].InBrackets && another))
            {
                return false;
            }

            if (words[j].After is '.' && words[j].EndsPhrase || words[j].After is ';' || words[j].Lower is "to" or "for" or "in" or "at" or "which" or "who" or "as" or "while" or "last" or "this")
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>Words after "for" that make money received a payment, not an investment: "for meeting a key development milestone".</summary>
    private static readonly HashSet<string> _paymentPurposes = new(StringComparer.Ordinal)
    {
        "milestone", "milestones", "meeting", "achieving", "achievement", "initiation", "licence", "license", "licensing", "rights", "royalty",
        "royalties", "services", "supply", "settlement", "prize", "award", "contract", "damages", "compensation",
    };

    /// <summary>
    /// "Lupin has received USD 25 million from AbbVie for initiation of Phase 1 clinical studies", "received $30 million from AbbVie for
    /// achievement of other milestones": money received from a giver for a milestone, a licence, services or a prize is a payment, no
    /// investment.
    /// </summary>
    internal static bool IsReceivedAsPayment(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || ReceivingVerbBefore(words, first) < 0 || FromAfterReceivedMoney(words, last) is not (var from and >= 0))
        {
            return false;
        }

        for (var j = from + 1; j < words.Count && j - from <= 10; j++)
        {
            if (words[j].Lower == "for")
            {
                return words.Skip(j + 1).Take(4).Any(w => _paymentPurposes.Contains(w.Lower));
            }

            if (words[j].After is ';' || words[j].Lower is "to" or "which" or "and")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The receiving verb a few small words before the figure, or -1.</summary>
    private static int ReceivingVerbBefore(List<Word> words, int first)
    {
        for (var v = first - 1; v >= 0 && first - v <= 6; v--)
        {
            var lower = words[v].Lower;
            if (words[v].EndsPhrase || words[v].InBrackets)
            {
                return -1;
            }

            if (_receiverVerbs.Contains(lower))
            {
                // "rake in" / "brought in": "in" only after its verb.
                if (lower == "in")
                {
                    return v >= 1 && words[v - 1].Lower is "raked" or "rakes" or "rake" or "raking" or "brought" or "bring" or "brings" or "bringing"
                        or "pulled" or "pulls" or "pull" or "pulling" ? v - 1 : -1;
                }

                return v;
            }

            if (!_beforeReceivedMoney.Contains(lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"from" after the figure and the money's own nouns ("$1 billion investment from", "$100mn from"), or -1.</summary>
    private static int FromAfterReceivedMoney(List<Word> words, int last)
    {
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase && i == last + 1)
        {
            return -1;
        }

        for (var steps = 0; i < words.Count && steps <= 5; steps++, i++)
        {
            if (words[i].Lower == "from")
            {
                return words[i].EndsPhrase ? -1 : i;
            }

            if (!_receivedMoneyNouns.Contains(words[i].Lower) || words[i].EndsPhrase)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The organisation (or named person, or state) after "from" at <paramref name="k"/>, past "the", a place's possessive, "X-based" and
    /// lower-case words saying what it is, or an appositive name after them ("Saudi Arabia's sovereign wealth fund, Public Investment
    /// Fund"); "" when only a description stands there; null when givers in general are meant.
    /// </summary>
    private static string? GiverAfterReceivedFrom(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        var start = k;
        Name? owner = null;
        for (; k < words.Count && k - start <= 10; k++)
        {
            var word = words[k];
            if (sentence.NameAt[k] is { } name && name.First == k)
            {
                // "from Silicon Valley-based venture capital firm Formation 8": a place the name finder read as a name, before "-based".
                if (name.Last + 1 < words.Count && IsPlaceCompound(words[name.Last + 1]) && !words[name.Last].EndsPhrase)
                {
                    k = name.Last + 1;
                    continue;
                }

                if (name.Kind == NameKind.Outlet)
                {
                    return null;
                }

                // "from Zhuhai city's state-owned Huafa Group", "from SoftBank's Vision Fund": an owner's possessive describes what follows.
                if (name.Possessive || (name.Last + 1 < words.Count && words[name.Last + 1].Possessive && !words[name.Last + 1].IsCapitalised && !words[name.Last].EndsPhrase))
                {
                    if (sentence.DescribedName(name) is { } owned && owned != name)
                    {
                        return Kept(sentence, owned.Text) ?? "";
                    }

                    // "from GM's venture capital unit": an organisation owning a unit only described is the giver named.
                    owner = name.Kind == NameKind.Organisation ? name : owner;
                    k = name.Possessive ? name.Last : name.Last + 1;
                    continue;
                }

                return Kept(sentence, WithClosingNumber(sentence, sentence.DescribedName(name))) ?? "";
            }

            var place = Lexicon.PlaceLength(words, k);
            if (place > 0)
            {
                var end = k + place - 1;

                // "from Abu Dhabi-based tech group G42": the place is part of a "-based" word describing the giver.
                if (end + 1 < words.Count && !words[end].EndsPhrase && IsPlaceCompound(words[end + 1]))
                {
                    k = end + 1;
                    continue;
                }

                if (!words[end].Possessive && !words[end].EndsPhrase && end + 1 < words.Count && words[end + 1].Core.Length > 0 && char.IsLower(words[end + 1].Core[0])
                    && !_giverStops.Contains(words[end + 1].Lower))
                {
                    // "from Japanese conglomerate SoftBank", "from Qatar sovereign fund QIA": a place describing the giver.
                    k = end;
                    continue;
                }

                if (words[end].Possessive)
                {
                    k = end;
                    continue;
                }

                // "from Saudi Arabia": the state itself, a country's name (not "Japanese").
                var state = string.Join(' ', words.Skip(k).Take(place).Select(w => w.Core));
                return IsStateName(state) ? state : "";
            }

            var lower = word.Lower;
            if (lower is "the" or "a" or "an" && k == start)
            {
                continue;
            }

            // "from telecommunications and internet conglomerate SoftBank": "and" inside a lower-case description.
            if (lower == "and" && k > start && !words[k - 1].EndsPhrase && k + 1 < words.Count && words[k + 1].Core.Length > 0 && char.IsLower(words[k + 1].Core[0]))
            {
                continue;
            }

            if (_generalGivers.Contains(lower))
            {
                return null;
            }

            if (IsPlaceCompound(word) || (word.Core.Length > 0 && char.IsLower(word.Core[0]) && !_giverStops.Contains(lower)))
            {
                // "sovereign wealth fund, Public Investment Fund (PIF)": a description, a comma, then the name.
                if (word.EndsPhrase)
                {
                    return word.After == ',' && k + 1 < words.Count && sentence.NameAt[k + 1] is { Kind: NameKind.Organisation } appositive && appositive.First == k + 1
                        && !appositive.Possessive ? Kept(sentence, appositive.Text) ?? "" : owner?.Text ?? "";
                }

                continue;
            }

            // "from C5 capital": a capitalised code the name finder leaves out is the giver's name.
            return owner?.Text ?? (k == start || words[k - 1].Lower is "the" ? UnfoundName(sentence, k) : null) ?? "";
        }

        return owner?.Text ?? "";
    }

    /// <summary>"C5", "KLP": a capitalised word holding a capital and no sentence opener, which the name finder did not read; null when none.</summary>
    private static string? UnfoundName(SentenceWords sentence, int k)
    {
        var word = sentence.Words[k];
        return word.IsCapitalised && !word.InBrackets && word.Core.Length >= 2 && !Lexicon.NotNames.Contains(word.Core) && !word.Possessive
            && word.Core.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '&') ? Kept(sentence, word.Core) : null;
    }

    /// <summary>"Formation 8", "Vision Fund 2": a name with a small number closing its phrase after it.</summary>
    private static string WithClosingNumber(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var next = name.Last + 1;
        return next < words.Count && !words[name.Last].EndsPhrase && words[next].Core.Length is 1 or 2 && words[next].Core.All(char.IsAsciiDigit)
            && (words[next].EndsPhrase || next + 1 == words.Count) ? name.Text + " " + words[next].Core : name.Text;
    }

    /// <summary>"Valley-based", "US-based", "state-owned", "Abu Dhabi-headquartered", "government-backed": a word saying where a giver is or who owns it.</summary>
    private static bool IsPlaceCompound(Word word) =>
        word.Lower.EndsWith("-based", StringComparison.Ordinal) || word.Lower.EndsWith("-headquartered", StringComparison.Ordinal)
        || word.Lower.EndsWith("-owned", StringComparison.Ordinal) || word.Lower.EndsWith("-backed", StringComparison.Ordinal)
        || word.Lower.EndsWith("-run", StringComparison.Ordinal) || word.Lower.EndsWith("-listed", StringComparison.Ordinal);

    /// <summary>A country or city written as a noun ("Saudi Arabia", "Qatar", "Japan"), not a nationality ("Japanese", "Saudi").</summary>
    private static bool IsStateName(string place) =>
        !(place.EndsWith("ese", StringComparison.Ordinal) || place.EndsWith("ian", StringComparison.Ordinal) || place.EndsWith("ish", StringComparison.Ordinal)
          || place.EndsWith("can", StringComparison.Ordinal) || place.EndsWith("an", StringComparison.Ordinal) && place != "Japan" && place != "Oman" && place != "Sudan" && place != "Iran"
          || place.EndsWith('i') && place != "Abu Dhabi" && place != "Dubai" && place != "Delhi" || place is "Saudi" or "Saudis" or "Dutch" or "Swiss" or "Thai" or "Czech" or "Greek"
          or "Global" or "Public" or "Latin" or "Gulf" or "EU" or "Emirati" or "Qatari");
}
