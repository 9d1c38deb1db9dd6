using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The compute-shapes sweep: a compute commitment in the shapes wires write it, read before any investment or round frame, because
/// their verbs ("provide … for $X", "secured a $X contract") read as money given or raised elsewhere:
/// <list type="bullet">
/// <item>compute supplied, rented or bought for the figure: "formed an agreement with Microsoft to provide artificial intelligence
/// infrastructure for $17.4B to $19.4B", "agreed to lease GPU capacity from Crusoe for $X", "to purchase AI cloud capacity from IREN
/// for approximately $9.7 billion";</item>
/// <item>the figure paid for compute: "Google will pay SpaceX $920 million per month … to secure approximately 110,000 NVIDIA GPUs",
/// "is paying CoreWeave $X for graphics processing units";</item>
/// <item>a compute deal grown to the figure: "expanded its agreement with Meta for AI cloud capacity to $21 billion";</item>
/// <item>a deal the figure names whose clause says compute is supplied: "has secured a $X contract to provide AI infrastructure to xAI",
/// "a deal worth $X for graphics processing units".</item>
/// </list>
/// No takeover, stake or shares in the sentence; what is supplied must be compute by its head noun ("capacity", "GPUs", "TPUs",
/// "servers", "computing power", "cloud services", "AI infrastructure", "graphics processing units"), never a data centre, a
/// company or chips alone (since the nineteenth session chips paid for by a buyer are, convention M7: "is paying SpaceX $150 million
/// per month for access to Nvidia GB300 chips"); money to build data centres stays other (<see cref="IsNotComputeBought"/>).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of compute changing hands: "to provide", "to lease", "to purchase", "to secure", "to access".</summary>
    private static readonly HashSet<string> _computeSupplyVerbs = new(StringComparer.Ordinal)
    {
        "provide", "provides", "providing", "provided", "supply", "supplies", "supplying", "supplied", "deliver", "delivers", "delivering",
        "delivered", "lease", "leases", "leasing", "leased", "rent", "rents", "renting", "rented", "purchase", "purchases", "purchasing",
        "purchased", "buy", "buys", "buying", "bought", "access", "accessing", "secure", "secures", "securing", "secured", "reserve",
        "reserves", "reserving", "reserved", "sell", "sells", "selling", "sold", "offer", "offers", "offering",
    };

    /// <summary>Verbs of a deal grown: "expanded its agreement with Meta … to $21 billion".</summary>
    private static readonly HashSet<string> _dealGrowthVerbs = new(StringComparer.Ordinal)
    {
        "expanded", "expands", "expanding", "expand", "increased", "increases", "increasing", "extended", "extends", "boosted", "upsized",
        "enlarged", "grew", "lifted", "raised", "bringing", "brings", "brought", "taking", "takes",
    };

    /// <summary>Words that qualify a general head as compute: "AI infrastructure", "computing power", "cloud services", "GPU clusters".</summary>
    private static readonly HashSet<string> _computeQualifiers = new(StringComparer.Ordinal)
    {
        "ai", "intelligence", "cloud", "compute", "computing", "gpu", "gpus", "hpc", "supercomputing", "accelerated", "processing",
        "data-center", "data-centre", "datacenter", "tpu",
    };

    /// <summary>What "capacity" is of when it is no compute: "production capacity", "power capacity".</summary>
    private static readonly HashSet<string> _nonComputeCapacities = new(StringComparer.Ordinal)
    {
        "production", "manufacturing", "power", "generation", "generating", "battery", "storage", "refining", "seating", "passenger",
        "energy", "solar", "wind", "export", "cargo", "hotel",
    };

    private static (Metric? Metric, bool Found)? ComputeShapesReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || IsMajorityOrTakeover(words)
            || words.Any(w => w.Lower is "stake" or "stakes" or "shares" or "equity" or "valuation" or "invest" or "invests" or "invested" or "investment"))
        {
            return null;
        }

        var next = SkipConversion(words, last);
        if (ContractValueBefore(words, first, floor))
        {
            // "the total contract value will reach approximately $29.44 billion": a contract's value is no company's valuation; compute
            // when the sentence or the figure before it is.
            var compute = previous == Metric.ComputeCommitment || MentionsComputeDeal(sentence) || HasComputeHead(words, 0, words.Count);
            return (compute ? Metric.ComputeCommitment : null, true);
        }

        return ComputeSuppliedFor(words, first, floor) || ComputePaidFor(words, first, next, floor) || ComputeDealGrownTo(sentence, first, floor)
            || ComputeDealNamed(words, first, next, floor) || ComputeBoughtOf(words, first, next, floor)
            ? (Metric.ComputeCommitment, true)
            : null;
    }

    /// <summary>
    /// A head noun of compute at word <paramref name="k"/>: "GPUs", "TPUs", "servers", "data center capacity", and the general heads
    /// a compute word qualifies ("AI infrastructure", "computing power", "cloud services", "graphics processing units").
    /// </summary>
    private static bool IsComputeHead(List<Word> words, int k)
    {
        var lower = words[k].Lower;
        // "cloud computing company SoftLayer", "AI cloud provider IREN": a compute word describing a company is no compute bought.
        if (Enumerable.Range(k + 1, 2).TakeWhile(j => j < words.Count && !words[j - 1].EndsPhrase).Any(j => IsCompanyNoun(words[j].Lower)))
        {
            return false;
        }

        return lower switch
        {
            "compute" or "computing" or "gpu" or "gpus" or "tpu" or "tpus" or "servers" or "accelerators" or "supercomputers" or "cloud" => true,
            "capacity" => k == 0 || !_nonComputeCapacities.Contains(words[k - 1].Lower),
            "power" => k > 0 && words[k - 1].Lower is "computing" or "compute" or "computational",
            "infrastructure" or "services" or "resources" or "clusters" or "units" or "instances" or "systems" =>
                Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => !words[j].EndsPhrase && _computeQualifiers.Contains(words[j].Lower)
                    && !(lower is "services" && words[j].Lower is "ai" or "intelligence")),
            _ => false,
        };
    }

    /// <summary>
    /// A compute head among words <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), not the last word of a name
    /// ("Ampere Computing").
    /// </summary>
    private static bool HasComputeHead(List<Word> words, int from, int to) =>
        Enumerable.Range(Math.Max(0, from), Math.Max(0, Math.Min(to, words.Count) - Math.Max(0, from))).Any(k => IsComputeHead(words, k) && !InName(words, k));

    /// <summary>
    /// "to provide artificial intelligence infrastructure for $17.4B", "agreed to lease GPU capacity from Crusoe for $X", "supply Meta with
    /// cloud services worth $X": a verb of compute changing hands, its object a compute head, then "for" / "worth" the figure.
    /// </summary>
    private static bool ComputeSuppliedFor(List<Word> words, int first, int floor)
    {
        var before = words[first - 1].Lower;
        if (words[first - 1].EndsPhrase || before is not ("for" or "worth") && !(before == "at" && first >= 2 && words[first - 2].Lower == "valued"))
        {
            return false;
        }

        for (var k = first - 2; k >= Math.Max(floor, first - 16); k--)
        {
            if (words[k].EndsPhrase && k < first - 2)
            {
                return false;
            }

            if (_computeSupplyVerbs.Contains(words[k].Lower))
            {
                return HasComputeHead(words, k + 1, first - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "will pay SpaceX $920 million per month … to secure approximately 110,000 NVIDIA GPUs", "is paying CoreWeave $X for GPU capacity",
    /// "will pay AWS $X a year for access to data center capacity": a verb of paying, at most a payee between it and the figure, then
    /// what is paid for, a compute head in the clause after (not "to build …").
    /// </summary>
    private static bool ComputePaidFor(List<Word> words, int first, int next, int floor)
    {
        var verb = -1;
        for (var k = first - 1; k >= Math.Max(floor, first - 7); k--)
        {
            if (Lexicon.PayVerbs.Contains(words[k].Lower))
            {
                verb = k;
                break;
            }

            if (words[k].EndsPhrase && !words[k].InBrackets || (!words[k].IsCapitalised && !words[k].InBrackets && words[k].Lower is not ("'s" or "the")))
            {
                return false;
            }
        }

        if (verb < 0 || next >= words.Count || words[next - 1].EndsPhrase && !words[next - 1].InBrackets)
        {
            return false;
        }

        var end = ClauseEnd(words, next, 16);
        var purpose = Enumerable.Range(next, Math.Max(0, end - next)).FirstOrDefault(k => words[k].Lower is "to" or "for" or "on", -1);
        // "will spend $X on AI infrastructure" is a build-out of its own; "on AI infrastructure from Crusoe" is bought from a provider.
        var provider = !words[verb].Lower.StartsWith("sp", StringComparison.Ordinal)
            || Enumerable.Range(next, Math.Max(0, end - next - 1)).Any(k => words[k].Lower is "from" or "with" && words[k + 1].IsCapitalised);
        // Since the nineteenth session (convention M7, chips bought from another company): "is paying SpaceX $150 million per month for
        // access to Nvidia GB300 chips", chips paid for are compute too.
        return purpose >= 0 && provider && (ComputeHeadAfter(words, purpose + 1, end)
            || Enumerable.Range(purpose + 1, Math.Max(0, end - purpose - 1)).Any(k => words[k].Lower is "chips" or "processors" && !InName(words, k)));
    }

    /// <summary>
    /// "expanded its agreement with Meta for AI cloud capacity to $21 billion", "expanded its contract with Nscale by $X for additional AI
    /// infrastructure": a deal grown to or by the figure, compute named in its clause or a compute seller a party.
    /// </summary>
    private static bool ComputeDealGrownTo(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        if (first < 2 || words[first - 1].Lower is not ("to" or "by"))
        {
            return false;
        }

        var from = first - 2;
        while (from > Math.Max(floor, first - 14) && !words[from - 1].EndsPhrase)
        {
            from--;
        }

        var span = Window(words, from, first - from).ToList();
        var end = ClauseEnd(words, first, 10);
        return span.Any(_dealGrowthVerbs.Contains) && span.Any(w => _dealNouns.Contains(w) || w is "pact" or "deals" or "contracts")
            && !span.Any(w => w is "valuation" or "revenue" or "revenues" or "sales" or "stake" or "price" or "fund")
            && (HasComputeHead(words, from, end) || span.Any(_computeCompanies.Contains));
    }

    /// <summary>
    /// "has secured a roughly $17.4B contract to provide AI infrastructure to xAI", "signed a $9.7bn (A$14.9bn) multiyear cloud commitment
    /// with Oracle", "signed a deal with IREN worth $X for graphics processing units": a deal the figure names (a deal noun at most four
    /// words after it, or "deal … worth / valued at" before it), compute in the clause after it.
    /// </summary>
    private static bool ComputeDealNamed(List<Word> words, int first, int next, int floor)
    {
        var noun = -1;
        for (var k = next; k < words.Count && k - next < 4; k++)
        {
            if (_dealNouns.Contains(words[k].Lower) || words[k].Lower is "pact" or "lease")
            {
                noun = k;
                break;
            }

            if (words[k].EndsPhrase && !(k + 1 < words.Count && words[k + 1].Lower.EndsWith("-year", StringComparison.Ordinal)))
            {
                break;
            }
        }

        var before = words[first - 1].Lower;
        var valued = before == "worth" || (before == "at" && first >= 2 && words[first - 2].Lower == "valued");
        if (noun < 0 && valued)
        {
            var from = Math.Max(floor, first - 8);
            noun = Enumerable.Range(from, Math.Max(0, first - from)).LastOrDefault(k => _dealNouns.Contains(words[k].Lower) || words[k].Lower == "pact", -1);
            // "The contract, worth $X, gives …": an appositive after the deal noun.
            noun = noun >= 0 && Enumerable.Range(noun + 1, Math.Max(0, first - noun - 1)).Any(k => words[k].EndsPhrase && k < first - 1) ? -1 : noun;
        }

        if (noun < 0 || Window(words, Math.Min(first, noun), Math.Abs(noun - first) + 1).Any(_financingWords.Contains))
        {
            return false;
        }

        var start = noun < first ? next : noun + 1;
        return HasComputeHead(words, Math.Min(first, noun), noun + 1) || ComputeHeadAfter(words, start, ClauseEnd(words, start, 14))
            || IsDataCentreLease(words, Math.Min(first, noun), noun);
    }

    /// <summary>
    /// Since the thirtieth session: a lease or colocation contract of data-centre space is capacity rented to its user (M7): "has signed a
    /// 15-year, $5.2 billion AI data center lease with an unnamed … hyperscaler", "two 10-year high-performance computing colocation
    /// contracts … valued at $3.7 billion". Building or buying a data centre stays other.
    /// </summary>
    private static bool IsDataCentreLease(List<Word> words, int from, int noun)
    {
        var phrase = Enumerable.Range(Math.Max(0, from), Math.Max(0, noun - Math.Max(0, from) + 1)).Select(k => words[k].Lower).ToList();
        var colocation = phrase.Any(w => w is "colocation" or "co-location");
        var dataCentre = phrase.Zip(phrase.Skip(1)).Any(p => p.First == "data" && p.Second is "center" or "centre" or "centers" or "centres")
            || phrase.Any(w => w is "datacenter" or "data-center" or "data-centre");
        var dataCentreLease = words[noun].Lower is "lease" or "leases" && dataCentre;
        return (colocation || dataCentreLease) && !phrase.Any(w => w is "construction" or "build" or "building" or "acquisition" or "purchase" or "sale");
    }

    /// <summary>Money of another kind named with the deal: "a $2 billion loan agreement", "a $X financing deal".</summary>
    private static readonly HashSet<string> _financingWords = new(StringComparer.Ordinal)
    {
        "loan", "loans", "debt", "credit", "financing", "facility", "bond", "bonds", "funding", "licensing", "royalty", "settlement",
    };

    /// <summary>A compute head in words <paramref name="from"/>..<paramref name="to"/> (exclusive) before any verb of building ("to build AI infrastructure").</summary>
    private static bool ComputeHeadAfter(List<Word> words, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, words.Count); k++)
        {
            if (_buildVerbs.Contains(words[k].Lower) || _financingWords.Contains(words[k].Lower))
            {
                return false;
            }

            if (IsComputeHead(words, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"agreed to buy more than $17.4B of graphics processing units from Cipher Mining": compute bought by its amount, a verb of buying before.</summary>
    private static bool ComputeBoughtOf(List<Word> words, int first, int next, int floor)
    {
        if (next + 1 >= words.Count || words[next].Lower != "of" || words[next - 1].EndsPhrase)
        {
            return false;
        }

        var verb = Enumerable.Range(Math.Max(floor, first - 3), Math.Max(0, first - Math.Max(floor, first - 3)))
            .Any(k => words[k].Lower is "buy" or "buys" or "buying" or "bought" or "purchase" or "purchased" or "contracted" or "reserved" or "secured" or "lease" or "leased");
        return verb && ComputeHeadAfter(words, next + 1, ClauseEnd(words, next + 1, 8));
    }

    /// <summary>
    /// "the total contract value will reach", "the total contract value of Meta's agreement to rent … will reach": a deal's value named
    /// in the figure's clause before it.
    /// </summary>
    private static bool ContractValueBefore(List<Word> words, int first, int floor)
    {
        var from = first - 1;
        while (from > Math.Max(floor, first - 22) && (!words[from - 1].EndsPhrase || words[from - 1].InBrackets))
        {
            from--;
        }

        for (var k = from; k < first - 1; k++)
        {
            if (words[k].Lower != "value" || words[k].EndsPhrase)
            {
                continue;
            }

            if ((k > 0 && words[k - 1].Lower is "contract" or "deal" or "agreement")
                || (k + 1 < first && words[k + 1].Lower == "of" && Window(words, k + 2, 4).Any(w => w is "contract" or "deal" or "agreement" or "contracts")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun saying a compute word describes a company or its market: "cloud computing company", "AI cloud provider", "cloud revenue".</summary>
    private static bool IsCompanyNoun(string lower) =>
        lower is "company" or "companies" or "firm" or "firms" or "provider" or "providers" or "operator" or "operators" or "startup" or "start-up"
            or "business" or "group" or "unit" or "maker" or "developer" or "platform" or "giant" or "specialist" or "player" or "stocks" or "shares"
            or "sector" or "industry" or "market" or "revenue" or "sales";
}
