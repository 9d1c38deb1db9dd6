using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The guard on the compute reading: a compute commitment is money one party commits to buy computing capacity or cloud services
/// from a provider. Money to build, fund or power data centres of one's own ("plans to spend $8B through QTS to build new data
/// centers"), to buy land or a company ("agreed to buy Aligned Data Centers in a $40 billion deal"), the total of many deals ("162
/// data centre deals worth $46 billion"), a partnership or financing deal for infrastructure ("a $30 billion AI infrastructure
/// partnership"), a commitment to projects or an ecosystem, and a company's own server costs are other, whatever compute words the
/// sentence holds. Capacity or services bought from someone ("$X of computing services from AWS", "to rent data center capacity")
/// stay compute.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of building or funding something of one's own: "to build new data centers", "to feed its data centers".</summary>
    private static readonly HashSet<string> _buildVerbs = new(StringComparer.Ordinal)
    {
        "build", "construct", "develop", "fund", "finance", "feed", "invest", "building", "constructing", "developing", "funding", "financing",
        "investing",
    };

    /// <summary>What is built or funded rather than rented: a data centre itself, a campus, land, power, projects, an ecosystem.</summary>
    private static readonly HashSet<string> _builtThings = new(StringComparer.Ordinal)
    {
        "center", "centre", "centers", "centres", "datacenter", "datacenters", "datacentre", "datacentres", "data-center", "data-centre",
        "data-centers", "data-centres", "campus", "campuses", "base", "project", "projects", "land", "site", "sites", "acres", "plant",
        "plants", "facility", "facilities", "infrastructure", "ecosystem", "energy", "power", "grid",
    };

    /// <summary>Words of compute rented or bought from a provider: "data center capacity", "cloud services", "GPUs".</summary>
    private static readonly HashSet<string> _rentedComputeWords = new(StringComparer.Ordinal)
    {
        "capacity", "services", "compute", "computing", "cloud", "gpu", "gpus", "tpu", "tpus", "servers", "server", "chips", "aws", "azure", "oci",
    };

    /// <summary>Numbers written as words, alone or hyphenated: "nine", "Eighty-seven".</summary>
    private static readonly HashSet<string> _numberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    /// <summary>Land bought: "buying land for new data centers", "400 acres".</summary>
    private static readonly HashSet<string> _landWords = new(StringComparer.Ordinal) { "land", "sites", "site", "acres", "property", "properties" };

    /// <summary>
    /// Whether a figure read as compute is money for something else: building or funding one's own data centres, buying land or a
    /// company, many deals' total, a partnership or a financing deal, a commitment to projects, own costs.
    /// </summary>
    private static bool IsNotComputeBought(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return false;
        }

        var next = SkipConversion(words, last);
        return SpentOnABuildOut(sentence, last, next) || CompanyBoughtFor(sentence, first, floor) || CompanyAcquiredAfter(words, next) || ManyDealsWorth(words, first, floor)
            || PartnershipOrFinancingDeal(words, last, next) || (next + 1 < words.Count && words[next].Lower == "to" && SectorOrBuildOutInAPlace(words, next + 1));
    }

    /// <summary>Whether the words after the figure spend it on a build-out of one's own ("a $20 billion commitment by … DataVolt to invest in datacenters").</summary>
    internal static bool IsBuildOutSpending(SentenceWords sentence, int first, int last) =>
        first >= 0 && last < sentence.Words.Count && SpentOnABuildOut(sentence, last, SkipConversion(sentence.Words, last));

    /// <summary>
    /// What the money after the figure is for, when that is no compute bought: "$8B through QTS to build new data centers", "$1B buying
    /// land", "$15 billion over the same period on a giant data centre", "a $20 billion commitment by … DataVolt to invest in datacenters",
    /// "a 20 billion euro commitment for AI projects", "$400 billion on AI infrastructure", "$20 billion in server costs". Not "$X a year
    /// for data center capacity", "to rent data center capacity", "$X on Nvidia's chips", "to secure GPU capacity".
    /// </summary>
    private static bool SpentOnABuildOut(SentenceWords sentence, int last, int next)
    {
        var words = sentence.Words;
        if (words[last].EndsPhrase)
        {
            return false;
        }

        var k = PurposeStart(words, next);
        // "spend €6 billion ($6.5 billion) on new data centers": the closing bracket of a conversion ends no phrase.
        var afterConversion = k == next && next > last + 1 && words[k - 1].InBrackets;
        if (k <= 0 || k + 1 >= words.Count || (words[k - 1].EndsPhrase && !afterConversion))
        {
            return false;
        }

        var lower = words[k].Lower;

        // "to ramp up its AI capacity", "to expand their data centers": growing capacity of one's own.
        if (lower is "to" && (_purposeVerbs.Contains(words[k + 1].Lower) || words[k + 1].Lower == "ramp")
            && Window(words, k + 2, 2).Any(w => w is "its" or "their" or "our"))
        {
            return BuildsOwn(sentence, k + 1);
        }

        if (lower is "to" or "toward" or "towards" && _buildVerbs.Contains(words[k + 1].Lower))
        {
            return BuildsOwn(sentence, k + 1);
        }

        if (_buildVerbs.Contains(lower) && lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return BuildsOwn(sentence, k);
        }

        // "spent $1B buying land for new data centers".
        if (lower is "buying" or "acquiring" or "purchasing")
        {
            return Window(words, k + 1, 3).Any(_landWords.Contains);
        }

        return lower is "on" or "for" or "to" or "in" or "into" && ForABuiltThing(sentence, k + 1);
    }

    /// <summary>Where what the money is for starts after the figure: past a time span, "commitment", the spender ("by X", "through QTS") and a period.</summary>
    private static int PurposeStart(List<Word> words, int next)
    {
        var k = SkipTimeSpan(words, next);
        if (k < words.Count && words[k].Lower is "commitment" or "commitments" or "pledge" or "pledges" && !words[k - 1].EndsPhrase)
        {
            k++;
        }

        // "by Saudi Arabian firm DataVolt", "through QTS": the spender or its vehicle, then what the money is for.
        if (k < words.Count && k > 0 && words[k].Lower is "by" or "through" or "via" && !words[k - 1].EndsPhrase)
        {
            var end = k + 1;
            while (end < words.Count && end - k <= 6 && words[end].Lower != "to" && !words[end - 1].EndsPhrase)
            {
                end++;
            }

            k = end;
        }

        k = k < words.Count ? SkipPeriod(words, SkipTimeSpan(words, k)) : k;
        return k;
    }

    /// <summary>The word after a period named after the figure ("this fiscal year", "next year", "in 2026"), or <paramref name="k"/>.</summary>
    private static int SkipPeriod(IReadOnlyList<Word> words, int k)
    {
        if (k + 1 < words.Count && words[k].Lower == "in" && IsYear(words[k + 1]) && !words[k].EndsPhrase)
        {
            return k + 2;
        }

        if (k >= words.Count || words[k].Lower is not ("this" or "next" or "each" or "every"))
        {
            return k;
        }

        for (var i = k + 1; i < words.Count && i <= k + 2; i++)
        {
            if (words[i].Lower is "year" or "quarter" or "decade")
            {
                return words[i].EndsPhrase ? k : i + 1;
            }
        }

        return k;
    }

    /// <summary>"build new data centers", "invest in datacenters and energy infrastructure", "develop cloud infrastructure and data center capacity".</summary>
    private static bool BuildsOwn(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var from = verb + 1;
        if (from < words.Count && words[from].Lower is "in" or "into" && !words[verb].EndsPhrase)
        {
            from++;
        }

        var built = false;
        for (var k = from; k < words.Count && k - from < 6; k++)
        {
            var lower = words[k].Lower;
            // "to build data centres for Nvidia GPUs": what is built comes first, the compute it houses after.
            if ((lower is "compute" or "computing" or "gpu" or "gpus" || _computeCompanies.Contains(lower)) && !built)
            {
                return false;
            }

            built |= _builtThings.Contains(lower) || lower == "capacity";
            if (words[k].EndsPhrase || lower is "from" or "with")
            {
                break;
            }
        }

        return built;
    }

    /// <summary>
    /// "on a giant data centre and AI base", "for AI projects in France", "to the UK's AI ecosystem", "on AI infrastructure", "in server
    /// costs": a thing built, a purpose or an own cost, with no compute rented and no provider named ("for data center capacity", "on
    /// Nvidia's chips", "to Google Cloud").
    /// </summary>
    private static bool ForABuiltThing(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        if (Window(words, from, 3).Any(w => w is "costs" or "expenses"))
        {
            return true;
        }

        // "to rent AI infrastructure", "to lease data centre capacity": compute rented is no thing built.
        if (from < words.Count && words[from].Lower is "rent" or "lease" or "access" or "secure" or "reserve")
        {
            return false;
        }

        var built = false;
        for (var k = from; k < words.Count && k - from < 6; k++)
        {
            var lower = words[k].Lower;
            // "on AI infrastructure from Crusoe": bought from a provider named after it.
            if (built && lower == "from" && k + 1 < words.Count && words[k + 1].IsCapitalised && !char.IsDigit(words[k + 1].Core.FirstOrDefault())
                && !Lexicon.Places.Contains(words[k + 1].Core) && !IsMonthName(words[k + 1].Lower))
            {
                return false;
            }

            // "for its AI infrastructure partnership with Microsoft": a partner named after the thing built.
            if (built && lower is "with" or "from")
            {
                break;
            }

            var provider = words[k].IsCapitalised && lower != "ai" && !Lexicon.Places.Contains(words[k].Core);
            // "in infrastructure agreements with Nvidia, AMD and Oracle": deals, whose value is read elsewhere.
            if (provider || _rentedComputeWords.Contains(lower) || _computeCompanies.Contains(lower) || _valuedDealNouns.Contains(lower) || lower == "to")
            {
                return false;
            }

            built |= _builtThings.Contains(lower);
            if (words[k].EndsPhrase)
            {
                break;
            }
        }

        return built;
    }

    /// <summary>
    /// "agreed to buy Aligned Data Centers in a $40 billion deal", "agreed to buy an energy developer, Intersect Power, for $4.75 billion":
    /// a company bought before the figure (a name or a company noun as the object, not "Nvidia's chips" or "Nvidia GPUs").
    /// </summary>
    private static bool CompanyBoughtFor(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        for (var v = Math.Max(0, floor); v < first - 1; v++)
        {
            if (!_clearBuyVerbs.Contains(words[v].Lower) || words[v].EndsPhrase)
            {
                continue;
            }

            if (CompanyAfterBuyVerb(sentence, v + 1, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Aligned Data Centers", "an energy developer", "British peer Telecity Group", "data center and energy firm Intersect": a company
    /// named or described within five words of a buying verb, before any compute rented ("computing capacity from the company") or "from".
    /// </summary>
    private static bool CompanyAfterBuyVerb(SentenceWords sentence, int from, int first)
    {
        var words = sentence.Words;
        for (var k = from; k < first && k - from < 5; k++)
        {
            var lower = words[k].Lower;
            if (_rentedComputeWords.Contains(lower) || lower is "from" or "of" or "stake" or "stakes" or "shares" || char.IsDigit(words[k].Core.FirstOrDefault()))
            {
                return false;
            }

            if (lower is "developer" or "operator" or "company" or "firm" or "business" or "startup" or "owner" or "provider" or "peer" or "rival")
            {
                return true;
            }

            // A name that is no place and no possessive, not followed by what it sells ("Nvidia GPUs").
            if (sentence.NameAt[k] is { Kind: NameKind.Organisation } name && !words[name.Last].Possessive && name.Last + 1 < words.Count
                && !_rentedComputeWords.Contains(words[name.Last + 1].Lower))
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

    /// <summary>"162 data centre deals worth $46 billion", "45 more deals valued at $35 billion": a count of deals, their total.</summary>
    private static bool ManyDealsWorth(List<Word> words, int first, int floor)
    {
        for (var k = first - 1; k >= Math.Max(floor, first - 8); k--)
        {
            if (words[k].Lower is "deals" or "contracts" or "agreements" or "transactions")
            {
                return WordsBefore(k, floor, 4).Any(c => IsCountedTotal(words, c));
            }

            if (words[k].EndsPhrase && k < first - 1)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "162 data centre deals", "with 45 more deals": a number counting deals as a total, not "signed three deals" nor "multiple deals" (one
    /// company's own).
    /// </summary>
    private static bool IsCountedTotal(List<Word> words, int c)
    {
        var count = words[c];
        var number = char.IsDigit(count.Core.FirstOrDefault()) || count.Lower is "dozens" or "hundreds"
            || count.Lower.Split('-').All(_numberWords.Contains);
        var signed = c > 0 && words[c - 1].Lower is "signed" or "struck" or "inked" or "agreed" or "made" or "secured" or "won" or "landed" or "sealed"
            or "announced" or "its" or "their";
        return number && !count.InBrackets && !signed && !IsYear(count);
    }

    /// <summary>
    /// "a $30 billion AI infrastructure partnership", "a $27 billion financing deal with Blue Owl Capital": a partnership with no compute
    /// rented, or a deal financing something, is no compute bought ("a $14.2 billion AI cloud infrastructure deal" is).
    /// </summary>
    private static bool PartnershipOrFinancingDeal(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase)
        {
            return false;
        }

        var compound = new List<string>();
        for (var k = next; k < words.Count && k - next < 5; k++)
        {
            var lower = words[k].Lower;
            compound.Add(lower);
            if (lower is "partnership" or "partnerships" or "alliance")
            {
                return !compound.Any(_rentedComputeWords.Contains);
            }

            // "a $27 billion financing deal", "a $3 billion hydroelectric power deal": money lent, or energy bought, not compute.
            if (_dealNouns.Contains(lower))
            {
                return compound.Any(w => w is "financing" or "funding" or "loan" or "debt" or "lending" or "credit" or "power" or "energy" or "electricity"
                    or "hydroelectric" or "solar" or "nuclear" or "wind" or "renewable") && !compound.Any(_rentedComputeWords.Contains);
            }

            if (words[k].EndsPhrase || _stopAfterNoun.Contains(lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"28m shares of Snowflake stock valued at $120 apiece": the price of one share, other.</summary>
    private static bool IsPriceApiece(IReadOnlyList<Word> words, int first, int next) =>
        next < words.Count && words[next].Lower == "apiece" && Enumerable.Range(Math.Max(0, first - 10), Math.Min(10, first))
            .Any(k => words[k].Lower is "shares" or "stock" or "share");

    /// <summary>"January" … "December" (lower case): a date after "from", no provider.</summary>
    private static bool IsMonthName(string lower) =>
        lower is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november"
            or "december";

    /// <summary>
    /// "will invest $100 billion to build renewable-powered AI-ready data centres", "will invest $X to build AI infrastructure in Texas":
    /// money a verb of investing puts into a build-out of one's own is no investment in a company (other), read before the investing cue.
    /// </summary>
    private static (Metric? Metric, bool Found)? InvestedInABuildOut(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || first - 1 < floor
            || words[first - 1].Lower is not ("invest" or "invests" or "investing" or "invested" or "pour" or "pours" or "pumping" or "pump"))
        {
            return null;
        }

        var next = SkipConversion(words, last);
        return next + 1 < words.Count && words[next].Lower == "to" && _buildVerbs.Contains(words[next + 1].Lower) && SpentOnABuildOut(sentence, last, next)
            ? (null, true)
            : null;
    }

    /// <summary>"will pay $2.3 billion to acquire Nebius's GPU unit": a company or a part of one taken over with the figure, named after it.</summary>
    private static bool CompanyAcquiredAfter(List<Word> words, int next)
    {
        // Since the twenty-first session: "agreed to pay $6.5 billion for the Silicon Valley chip start-up Ampere Computing": the price of
        // a company, not chips bought.
        // Not "for computing capacity from the company": the company must come before any "from", "with" or "to".
        if (next + 1 < words.Count && words[next].Lower == "for" && !words[next - 1].EndsPhrase
            && Window(words, next + 1, 6).TakeWhile(w => w is not ("from" or "with" or "to" or "through" or "via"))
                .Any(w => w is "start-up" or "startup" or "company" or "firm" or "business" or "unit" or "operator" or "subsidiary" or "maker"
                    or "designer" or "developer" or "chipmaker" or "chipmakers"))
        {
            return true;
        }

        if (next + 2 >= words.Count || words[next].Lower != "to" || words[next + 1].Lower is not ("acquire" or "buy" or "purchase") || words[next - 1].EndsPhrase)
        {
            return false;
        }

        return Window(words, next + 2, 5).Any(w => w is "unit" or "business" or "division" or "company" or "firm" or "operator" or "startup" or "subsidiary"
            or "arm" or "stake");
    }
}
