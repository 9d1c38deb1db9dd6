namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-ninth session: data-centre leases (M7, M8). A lease of data-centre capacity is compute bought from its operator:
/// "Cipher Mining has reached a 15-year lease agreement worth $5.5 billion with Amazon", "has signed a 15-year lease agreement valued
/// at $7 billion with Fluidstack at its River Bend campus", "a 15-year, 245MW lease with Fluidstack … in a triple net (NNN) deal valued
/// at $7 billion". What a lease's or a contract's options may take the figure before to keeps that figure's reading: "approximately
/// $3.7 billion in contracted revenue, with potential to rise to $8.7 billion if two five-year extension options are exercised". Before,
/// a lease named no compute unless a compute word stood beside it, and the options' figure read as a raise. A lease's obligations,
/// payments or fees (what a backstop guarantees, what a tenant owes) and an office's or an aircraft's lease are no capacity bought.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>What follows "lease" when the figure is money owed under it, not the lease's value: "lease obligations", "lease payments".</summary>
    private static readonly HashSet<string> _leaseDebtNouns = new(StringComparer.Ordinal)
    {
        "obligation", "obligations", "payment", "payments", "fee", "fees", "expense", "expenses", "liability", "liabilities", "commitments",
        "overhead", "costs", "rent", "rents", "rate", "rates", "financing",
    };

    /// <summary>Big cloud companies that lease data-centre capacity: a lease "with Amazon" is capacity when no other hint is written.</summary>
    private static readonly HashSet<string> _capacityTenants = new(StringComparer.Ordinal)
    {
        "amazon", "microsoft", "google", "oracle", "meta", "openai", "anthropic", "xai", "fluidstack",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is the value of a data-centre lease.</summary>
    internal static bool IsCapacityLeaseValue(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var lease = LeaseAfter(words, last);
        if (lease < 0)
        {
            lease = LeaseBefore(words, first, floor);
        }

        return lease >= 0 && !IsLeaseDebt(words, lease) && NamesCapacity(words);
    }

    /// <summary>
    /// Whether the figure is what options or extensions may bring the figure before it to ("with potential to rise to $8.7 billion if two
    /// five-year extension options are exercised", "could increase the total contract value to as much as USD 17.7 billion").
    /// </summary>
    internal static bool IsOptionsUpside(IReadOnlyList<Word> words, int first)
    {
        // "… to rise to $X", "could lift the total contract value to $X"; or "with potential to reach $X".
        var before = WordBeforeHedges(words, first);
        if (before < 1 || words[before - 1].EndsPhrase)
        {
            return false;
        }

        var rises = words[before].Lower is "reach" or "reaching" or "exceed" or "top"
            || (words[before].Lower == "to" && Enumerable.Range(Math.Max(0, before - 6), before - Math.Max(0, before - 6)).Any(k => !words[k].EndsPhrase
                && words[k].Lower is "rise" or "rising" or "grow" or "growing" or "increase" or "increasing" or "reach" or "push" or "lift" or "balloon"
                    or "ballooning" or "expand" or "climb" or "bring" or "take" or "raise"));
        return rises && words.Any(w => w.Lower is "option" or "options" or "extension" or "extensions" or "renewal" or "renewals");
    }

    /// <summary>"a $5.2 billion lease agreement", "a $7 billion, 15-year AI infrastructure lease": a lease the figure heads; else -1.</summary>
    private static int LeaseAfter(IReadOnlyList<Word> words, int last)
    {
        var next = SkipConversion(words, last);
        for (var k = next; k < words.Count && k - next < 5; k++)
        {
            if (IsLeaseNoun(words[k].Lower))
            {
                return k;
            }

            // Only the comma after the figure may stand inside the lease's noun phrase; a word that ends a noun phrase (a preposition, a
            // verb, an article) ends it.
            if ((words[k].EndsPhrase && k > next) || _stopAfterNoun.Contains(words[k].Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a 15-year lease agreement valued at $7 billion", "The triple-net lease is valued at $7 billion", "a lease … in a triple net deal
    /// valued at $7 billion": a lease the figure values, named before it; else -1.
    /// </summary>
    private static int LeaseBefore(IReadOnlyList<Word> words, int first, int floor)
    {
        var k = WordBeforeHedges(words, first);
        var valued = k >= 1 && (words[k].Lower is "worth" or "totaling" or "totalling" || (words[k].Lower == "at" && words[k - 1].Lower == "valued"));
        if (!valued || words[k - 1].EndsPhrase)
        {
            return -1;
        }

        // The lease in the figure's own clause ("a 15-year lease agreement valued at"), or anywhere before when what is valued is a deal
        // ("… lease with Fluidstack …, in a triple net (NNN) deal valued at $7 billion").
        var head = words[k].Lower == "at" ? k - 2 : k - 1;
        var dealValued = head >= 0 && words[head].Lower is "deal" or "agreement" or "contract" or "transaction" or "arrangement";
        for (var j = k - 1; j >= Math.Max(floor, 0); j--)
        {
            if (IsLeaseNoun(words[j].Lower) && !(j > 0 && words[j - 1].Lower is "finance" or "capital"))
            {
                return j;
            }

            if (!dealValued && (words[j].EndsPhrase || k - j > 8))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsLeaseNoun(string lower) => lower is "lease" or "leases" or "lease-agreement";

    /// <summary>"lease obligations", "lease payments": money owed under the lease, not its value.</summary>
    private static bool IsLeaseDebt(IReadOnlyList<Word> words, int lease) =>
        lease + 1 < words.Count && !words[lease].EndsPhrase && _leaseDebtNouns.Contains(words[lease + 1].Lower);

    /// <summary>
    /// Whether the sentence says the lease is of data-centre capacity: megawatts or gigawatts ("245MW"), a campus, a data centre, HPC,
    /// colocation, a hyperscaler, AI or compute; or a big cloud company as the other side ("with Amazon").
    /// </summary>
    private static bool NamesCapacity(IReadOnlyList<Word> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var lower = words[k].Lower;
            if (lower is "mw" or "megawatt" or "megawatts" or "gw" or "gigawatt" or "gigawatts" or "campus" or "hpc" or "colocation" or "hyperscaler"
                or "hyperscalers" or "ai" or "ai-hosting" || IsComputeWord(lower) || _computeCompanies.Contains(lower)
                || (lower is "data" && k + 1 < words.Count && words[k + 1].Lower is "center" or "centre" or "centers" or "centres" or "hall" or "halls")
                || IsPowerWritten(lower)
                || (_capacityTenants.Contains(lower) && k > 0 && words[k - 1].Lower == "with"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"245MW", "1.2GW": power written with its unit.</summary>
    private static bool IsPowerWritten(string lower) =>
        lower.Length > 2 && (lower.EndsWith("mw", StringComparison.Ordinal) || lower.EndsWith("gw", StringComparison.Ordinal))
        && lower[..^2].All(c => char.IsDigit(c) || c == '.' || c == ',');
}
