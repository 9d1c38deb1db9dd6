namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the fit-mi-deals sweep: money a plan NOUN says its owner will put in. "confirmed its plan to invest a total of 21.4 trillion won",
/// "part of Hyundai Motor Group's previously announced plan to invest 24 trillion won", "with plans to invest $200 billion in AI factories",
/// "as part of a previously announced plan to invest $5 billion": the noun "plan", "plans", "pledge" or "promise" (a determiner, a
/// possessive or "with" right before it, at most two modifiers such as "previously announced" or "five-year" between), then "to" and a
/// money verb ("invest", "spend", "commit", "inject", …) with only hedges before the figure, is one organisation's own money: an
/// investment, as the corpus labels the verb "plans to invest $X". Its investor is the plan's owner: the possessive name, or for "its",
/// "their", "a", "the" and "with" the sentence's subject when it is an organisation named before the plan. Money that buys a company,
/// control, debt, shares or compute, and money into a fund or vehicle, stay with the older rules; so does the verb ("Toyota plans to
/// invest"), which they read already.
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _planNouns = new(StringComparer.Ordinal)
    {
        "plan", "plans", "pledge", "pledges", "promise", "promises",

        // Since the twenty-first session: "Microsoft’s wider commitment to invest $15.2 billion in the country".
        "commitment", "commitments", "intention", "intent", "decision", "vow",
    };

    /// <summary>Words that open a plan noun's phrase: "its plan", "a plan", "with plans".</summary>
    private static readonly HashSet<string> _planDeterminers = new(StringComparer.Ordinal)
    {
        "its", "their", "his", "her", "our", "a", "an", "the", "with",
    };

    /// <summary>Modifiers written between a determiner and the plan noun: "a previously announced plan", "its new five-year plan".</summary>
    private static readonly HashSet<string> _planModifiers = new(StringComparer.Ordinal)
    {
        "new", "ambitious", "bold", "broader", "broad", "overall", "strategic", "latest", "initial", "earlier", "first", "own", "big",
        "massive", "huge", "long-term", "multi-year", "multiyear", "investment", "expansion", "spending", "capital", "stated", "existing",
        "wider", "larger", "previous", "total",
    };

    /// <summary>The word index of the plan noun whose "to invest" puts in the figure at <paramref name="first"/>..<paramref name="last"/>, or -1.</summary>
    private static int PlanNounBefore(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 3 || last >= words.Count)
        {
            return -1;
        }

        // The money verb, with only hedges between it and the figure: "plan to invest a total of 21.4 trillion won".
        var v = OwnMoneyVerbBefore(sentence, first, floor);

        if (v < Math.Max(2, floor + 2) || !IsOwnMoneyVerb(sentence, v) || words[v].EndsPhrase || words[v - 1].Lower != "to"
            || !_planNouns.Contains(words[v - 2].Lower) || words[v - 2].EndsPhrase)
        {
            return -1;
        }

        // The noun, not the verb: a determiner, a possessive or "with" before it, over at most two modifiers.
        var plan = v - 2;
        var d = plan - 1;
        while (d >= 0 && plan - d <= 2 && !words[d].Possessive && !words[d].EndsPhrase
            && (_planModifiers.Contains(words[d].Lower) || words[d].Lower.EndsWith("ly", StringComparison.Ordinal)
                || words[d].Lower.EndsWith("-year", StringComparison.Ordinal) || words[d].Lower is "announced" or "unveiled" or "disclosed" or "outlined" or "stated" or "proposed"))
        {
            d--;
        }

        if (d < 0 || words[d].EndsPhrase || !(words[d].Possessive || _planDeterminers.Contains(words[d].Lower)))
        {
            return -1;
        }

        // What the money buys: a company or control of one, debt, shares, compute; or a fund it goes into.
        var after = SkipConversion(words, last);
        if (after < words.Count && words[after].Lower is "fund" or "funds" or "vehicle" or "venture" or "pool" or "platform" or "project" or "plan" or "deal")
        {
            return -1;
        }

        for (var i = after; i < words.Count && i < after + 8; i++)
        {
            if (_notOwnInvestmentAfter.Contains(words[i].Lower) || words[i].Lower is "chips" or "gpus" or "computing" or "compute" || MajorityShareAt(words, i, 1))
            {
                return -1;
            }

            if (words[i].EndsPhrase && i > after + 1)
            {
                break;
            }
        }

        return plan;
    }

    /// <summary>Whether the figure is money a plan noun says its owner puts in (<see cref="PlanNounBefore"/>).</summary>
    internal static bool IsPlannedOwnMoney(SentenceWords sentence, int first, int last, int floor) => PlanNounBefore(sentence, first, last, floor) >= 0;

    /// <summary>
    /// The owner of the plan that puts the figure in: the possessive name before the plan ("Hyundai Motor Group's previously announced
    /// plan"), or the sentence's subject, an organisation named before the plan ("Samsung Electronics … confirmed its plan"); null when none.
    /// </summary>
    internal static string? PlanOwnerInvestor(SentenceWords sentence, int first, int last, int floor)
    {
        var plan = PlanNounBefore(sentence, first, last, floor);
        if (plan < 0)
        {
            return null;
        }

        var words = sentence.Words;
        var d = plan - 1;
        while (d >= 0 && !words[d].Possessive && !_planDeterminers.Contains(words[d].Lower))
        {
            d--;
        }

        if (d >= 0 && words[d].Possessive)
        {
            return sentence.NameAt[d] is { Kind: not NameKind.Outlet } owner ? owner.Text : null;
        }

        return InvestorRules.SubjectOf(sentence) is { } subject && sentence.Names.FirstOrDefault(n => n.Text == subject) is { } name && name.Last < d
            ? subject
            : null;
    }
}
