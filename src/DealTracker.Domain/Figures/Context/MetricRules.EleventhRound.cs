using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind25 and blind26's first runs (the eleventh round), read before the tenth round's: debt taken on
/// (loans, credit facilities, private credit) is other; money for GPUs or compute capacity named right after the figure, or GPUs bought
/// just before it, is a compute commitment; shares bought for their worth are the buyer's investment, shares bought back are not; what many startups raised ("African startups raised $2.9 billion in 2023") is a market total.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns that make the money debt: "a five-year loan", "a credit facility", "a private credit deal".</summary>
    private static readonly HashSet<string> _eleventhDebtNouns = new(StringComparer.Ordinal)
    {
        "loan", "loans", "credit",
    };

    /// <summary>What compute is bought as: "18,000 Nvidia GPUs", "750 megawatts of compute power", "computing capacity".</summary>
    private static readonly HashSet<string> _eleventhComputeNouns = new(StringComparer.Ordinal)
    {
        "gpu", "gpus", "tpu", "tpus", "servers", "compute", "computing",
    };

    /// <summary>Verbs and nouns of buying: "ordered 350,000 GPUs", "purchased 10,000 H100 GPUs".</summary>
    private static readonly HashSet<string> _eleventhBuyWords = new(StringComparer.Ordinal)
    {
        "ordered", "ordering", "order", "orders", "purchased", "purchase", "purchasing", "bought", "buy", "buying", "buys",
    };

    /// <summary>The eleventh round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? EleventhRoundReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        // A company buying back its own shares: "to buy back an initial $450 million worth of its shares".
        if (EleventhBuyback(words, first, floor))
        {
            return (null, true);
        }

        // Shares bought for their worth or as a stock purchase (InvestorRules.EleventhRound.cs names the buyer).
        if (InvestorRules.EleventhShareBuyVerb(sentence, first, last) >= 0 || InvestorRules.EleventhStockPurchaseOwner(sentence, first, last) is not null)
        {
            return (Metric.Investment, true);
        }

        return EleventhDebtTakenOn(words, last, next) ?? EleventhComputeAfter(words, first, last, next) ?? EleventhGpusBoughtBefore(words, first, floor)
            ?? EleventhStartupsRaised(words, first, next, floor);
    }

    /// <summary>The word indexes from up to <paramref name="span"/> words before the figure (not before the clause's floor) up to it.</summary>
    private static IEnumerable<int> WordsBefore(int first, int floor, int span)
    {
        var start = Math.Max(Math.Max(floor, 0), first - span);
        return Enumerable.Range(start, Math.Max(0, first - start));
    }

    /// <summary>A buyback a few words before the figure: "buy back $40 billion worth of its own shares", "a share repurchase of $1 billion".</summary>
    private static bool EleventhBuyback(List<Word> words, int first, int floor) =>
        WordsBefore(first, floor, 5)
            .Any(k => (words[k].Lower == "back" && k >= 1 && words[k - 1].Lower is "buy" or "buys" or "bought" or "buying")
                || words[k].Lower is "buyback" or "buy-back" or "buybacks" or "repurchase" or "repurchases" or "repurchased" or "repurchasing");

    /// <summary>Debt taken on: "a $1 billion syndicated senior secured credit facility", "raise $3 billion through a five-year loan".</summary>
    private static (Metric? Metric, bool Found)? EleventhDebtTakenOn(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        // The figure's own nouns ("$34 million GPU-backed loan"), or the instrument it is raised through ("through a five-year loan").
        var j = next < words.Count && words[next].Lower is "through" or "via" ? next + 1 : next;
        for (var k = j; k < words.Count && k - j < 7; k++)
        {
            var lower = words[k].Lower;
            // "a €1.3 million convertible loan from BII" turns into shares: an investment.
            if (lower is "equity" or "shares" or "stake" or "convertible" || (k > j && _stopAfterNoun.Contains(lower)))
            {
                return null;
            }

            if (_eleventhDebtNouns.Contains(lower) || lower.EndsWith("-loan", StringComparison.Ordinal))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Money for compute named after it: "$540 million order for 18,000 Nvidia GPUs", "$1 trillion to secure 26 gigawatts of computing capacity";
    /// not money invested ("Nvidia would invest $10bn for every $35bn of GPUs"), a rate ("for every"), or a company bought ("a $6.5 billion
    /// acquisition of Ampere Computing").
    /// </summary>
    private static (Metric? Metric, bool Found)? EleventhComputeAfter(List<Word> words, int first, int last, int next)
    {
        if ((words[last].EndsPhrase && next == last + 1) || (first > 0 && words[first - 1].Lower is "invest" or "invests" or "invested" or "investing"))
        {
            return null;
        }

        var linked = false;
        for (var k = next; k < words.Count && k - next < 9; k++)
        {
            var lower = words[k].Lower;
            if (lower is "stake" or "stakes" or "shares" or "on" or "in" or "into" or "every" or "each" or "acquisition" or "takeover" or "buyout" or "merger")
            {
                return null;
            }

            linked |= lower is "for" or "of" or "secure" or "buy" or "purchase" or "lease" or "rent";
            if (linked && IsEleventhComputeNoun(lower) && !InName(words, k))
            {
                return (Metric.ComputeCommitment, true);
            }

            if (words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A title-case word after another capitalised one is part of a name ("Ampere Computing"), not a compute noun; "Nvidia GPUs" is not.</summary>
    private static bool InName(List<Word> words, int k) =>
        k > 0 && words[k].Core.Length > 1 && char.IsUpper(words[k].Core[0]) && words[k].Core.Skip(1).All(char.IsLower) && words[k - 1].IsCapitalised;

    /// <summary>A compute noun, also glued to a dash: "GPUs—pending".</summary>
    private static bool IsEleventhComputeNoun(string lower) => lower.Split('—', '–').Any(_eleventhComputeNouns.Contains);

    /// <summary>GPUs bought just before the figure: "purchased 10,000 Nvidia H100 GPUs for $420 million", "ordered … GPUs — a purchase that cost $10 billion".</summary>
    private static (Metric? Metric, bool Found)? EleventhGpusBoughtBefore(List<Word> words, int first, int floor)
    {
        var gpus = false;
        for (var k = first - 1; k >= Math.Max(floor, first - 14); k--)
        {
            var lower = words[k].Lower;
            if (lower is "stake" or "stakes" or "shares" or "chips" or "invest" or "invested" or "investment")
            {
                return null;
            }

            gpus |= lower is "gpu" or "gpus" or "tpus" or "servers";
            if (gpus && _eleventhBuyWords.Contains(lower))
            {
                return (Metric.ComputeCommitment, true);
            }
        }

        return null;
    }

    /// <summary>Startups in the plural: "African tech startups", "Korean start-ups".</summary>
    private static bool IsStartupsWord(string lower) => lower is "startups" or "start-ups" or "fintechs";

    /// <summary>Words between a raise verb and its figure: "raised a record $6.5 billion", "raise a combined total of $2.4 billion".</summary>
    private static bool IsEleventhAmountWord(string lower) =>
        lower is "a" or "an" or "record" or "total" or "combined" or "of" or "more" or "than" or "over" or "about" or "nearly" or "some" or "around"
            or "estimated" or "roughly" or "almost" or "just" or "under";

    /// <summary>
    /// What many startups raised is a market total: "African tech startups raised $2.9 billion in 2023", "After raising a record $6.5 billion
    /// in 2022, African startups …, raising $3.5 billion in 2023", "funding raised by Japanese startups exceeded $3 billion"; not "eight
    /// startups had raised $100 million or more in a single round" or "49 startups raised $100 million or more in 2025", which size one round each.
    /// </summary>
    private static (Metric? Metric, bool Found)? EleventhStartupsRaised(List<Word> words, int first, int next, int floor)
    {
        var v = first - 1;
        while (v > floor && IsEleventhAmountWord(words[v].Lower) && !words[v].EndsPhrase)
        {
            v--;
        }

        if (v < floor)
        {
            return null;
        }

        // "49 US AI startups raised $100 million or more in 2025": a floor each round reached, so one round's size.
        var round = RoundInClause(words, next) || FloorAt(words, next) || (next >= 2 && FloorAt(words, next - 2));

        // "raised by Japanese startups exceeded", "the amount raised by African startups in 2023 at between": the raisers a few words before.
        var raisedBy = WordsBefore(first, floor, 12)
            .Any(k => words[k].Lower == "by" && k >= 1 && words[k - 1].Lower is "raised" or "secured" && words.Skip(k + 1).Take(3).Any(w => IsStartupsWord(w.Lower)));
        if (raisedBy && !round && YearOrTotal(words, v, first))
        {
            return (null, true);
        }

        if (words[v].Lower is not ("raised" or "raise" or "raising" or "raises" or "secured" or "securing" or "attracted" or "drew"))
        {
            return null;
        }

        // A finite verb has its subject just before it; a participle ("…, raising $3.5 billion") the sentence's subject, or the one after "After raising …,".
        var participle = words[v].Lower is "raising" or "securing" && (v == 0 || words[v - 1].EndsPhrase || words[v - 1].Lower is "after" or "while" or "before");
        var subject = participle
            ? words.Any(w => IsStartupsWord(w.Lower))
            : WordsBefore(v, 0, 6).Reverse().TakeWhile(k => !words[k].EndsPhrase).Any(k => IsStartupsWord(words[k].Lower));
        // "eight African startups had raised $100 million or more in a single round": one round's size. Without a round, a total needs a
        // year or the word "total" ("in 2023", "the previous year", "a combined total of"); blind2 labels "Indian fintech startups raised
        // US$436 million in the July-September period" a round, so a quarter's total is left as it was.
        return !subject ? null : round ? (Metric.RoundSize, true) : YearOrTotal(words, v, first) ? (null, true) : null;
    }

    /// <summary>"or more" / "and above" at <paramref name="k"/>: the figure before is a floor ("$100 million or more"), for each market-total rule.</summary>
    private static bool FloorAt(List<Word> words, int k) =>
        k + 1 < words.Count && words[k].Lower is "or" or "and" && words[k + 1].Lower is "more" or "above" or "higher" or "over";

    /// <summary>A year named anywhere in the sentence ("in 2023", "the previous year"), or "total" / "combined" before the figure.</summary>
    private static bool YearOrTotal(List<Word> words, int verb, int first) =>
        words.Any(w => w.Lower is "year" or "years" or "annual" or "annually" || (w.Core.Length == 4 && w.Core[0] is '1' or '2' && w.Core.All(char.IsDigit)))
        || words.Skip(verb).Take(first - verb).Any(w => w.Lower is "total" or "combined");

    /// <summary>A round named in the figure's clause after it: "in a single round", "in a Series B round".</summary>
    private static bool RoundInClause(List<Word> words, int next)
    {
        for (var k = next; k < words.Count && k - next < 8; k++)
        {
            if (words[k].Lower is "round" or "rounds")
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
}
