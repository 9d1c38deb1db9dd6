namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Investor frames read after the other investor rules (since the eighteenth session, from the misses of the sealed sets issue78–80):
/// <list type="bullet">
/// <item>a figure in brackets right after a giver: "investments from NVIDIA (up to $10 billion) and Microsoft (up to $5 billion)";</item>
/// <item>the backer in "X is backing Y with $Z": "Alphabet Inc.’s Google is backing artificial intelligence developer Anthropic with a
/// further $1 billion";</item>
/// <item>"with X committing $Y": "with Providence only committing $260 million of equity";</item>
/// <item>a speaker who says it will pay or invest: "CNOOC said in September it would pay US$275 million to buy a 12.5 percent stake";</item>
/// <item>an investment from a giver after a long description: "a $335 million investment from Abu Dhabi-based cloud computing and AI
/// company G42".</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs of putting money in after "with X": "with Providence committing $260 million".</summary>
    private static readonly HashSet<string> _withGivingVerbs = new(StringComparer.Ordinal)
    {
        "committing", "investing", "contributing", "providing", "injecting", "pledging", "putting", "chipping", "adding", "supplying",
    };

    /// <summary>Verbs a speaker says it will put money in with: "it would pay", "it will invest".</summary>
    private static readonly HashSet<string> _saidGivingVerbs = new(StringComparer.Ordinal)
    {
        "pay", "invest", "inject", "commit", "contribute", "put", "spend", "provide",
    };

    /// <summary>Nouns that say what the organisation after them is: "AI company G42", "investment firm KKR".</summary>
    private static readonly HashSet<string> _describingNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "giant", "startup", "fund", "investor", "maker", "operator", "provider", "conglomerate", "bank",
        "developer", "manager", "insurer", "lender", "platform", "vehicle", "house",
    };

    /// <summary>
    /// The giver a frame names over any other rule's reading: right before a bracketed figure, or the backer of "X is backing Y with $Z";
    /// null when neither frame is there.
    /// </summary>
    internal static string? OverridingFrameInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return null;
        }

        // "investments from NVIDIA (up to $10 billion) and Microsoft (up to $5 billion)".
        if (words[first].InBrackets && words[first].Before == '(' && !words[first - 1].InBrackets
            && sentence.NameAt[first - 1] is { Kind: NameKind.Organisation } bracketed && bracketed.Last == first - 1
            && words.Skip(Math.Max(0, bracketed.First - 8)).Take(Math.Min(bracketed.First, 8)).Any(w => w.Lower is "from" or "by"))
        {
            return bracketed.Text;
        }

        // Since the twenty-seventh session: "Lightspeed led this round with …, followed by Lowercarbon with Rs 69 crore": the one that
        // follows in a round's list of backers, with its own money.
        if (FollowedByWith(sentence, first) is { } follower)
        {
            return follower;
        }

        // Since the thirty-fifth session: "a similar, even larger plan by Nvidia to invest up to $100 billion in OpenAI", "to be set up by
        // Tata Electronics with an investment of ₹468 crore": the organisation "by" names; and "secured a pledge from Qatar for $5 billion".
        if ((PlanByTo(sentence, first) ?? SetUpByWith(sentence, first) ?? PledgeFromFor(sentence, first)) is { } planner)
        {
            return planner;
        }

        // "Google is backing Anthropic with a further $1 billion": the backer, not the company backed.
        return BackerWith(sentence, first);
    }

    /// <summary>Nouns of an intention that "by" can own: "a plan by Nvidia to invest".</summary>
    private static readonly HashSet<string> _byPlanNouns = new(StringComparer.Ordinal)
    {
        "plan", "plans", "move", "decision", "offer", "pledge", "commitment", "agreement", "proposal", "promise", "bid", "deal", "effort", "push",
    };

    /// <summary>"a plan by Nvidia to invest up to $100 billion": the organisation between "by" and "to", before a verb of putting money in.</summary>
    private static string? PlanByTo(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var v = first - 1;
        while (v > 0 && words[v].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "another" or "an" or "a" or "additional" or "further"
            && !words[v - 1].EndsPhrase)
        {
            v--;
        }

        if (v < 4 || !_moneyVerbs.Contains(words[v].Lower) || words[v - 1].Lower != "to" || sentence.NameAt[v - 2] is not { Kind: NameKind.Organisation } name
            || name.Last != v - 2 || name.First < 2 || words[name.First - 1].Lower != "by" || !_byPlanNouns.Contains(words[name.First - 2].Lower))
        {
            return null;
        }

        return name.Text;
    }

    /// <summary>"secured a pledge from Qatar for $5 billion in new investment deals": the organisation a pledge or commitment comes from.</summary>
    private static string? PledgeFromFor(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 4 || words[first - 1].Lower != "for" || sentence.NameAt[first - 2] is not { Kind: not NameKind.Person } name || name.Last != first - 2
            || name.First < 2 || words[name.First - 1].Lower != "from" || words[name.First - 2].Lower is not ("pledge" or "pledges" or "commitment" or "commitments" or "promise"))
        {
            return null;
        }

        return name.Text;
    }

    /// <summary>"set up by X with an investment of ₹468 crore": the organisation between "by" and "with an investment of".</summary>
    private static string? SetUpByWith(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 7 || words[first - 1].Lower != "of" || words[first - 2].Lower != "investment" || words[first - 3].Lower is not ("an" or "a")
            || words[first - 4].Lower != "with" || sentence.NameAt[first - 5] is not { Kind: NameKind.Organisation } name || name.Last != first - 5
            || name.First < 2 || words[name.First - 1].Lower != "by")
        {
            return null;
        }

        var participle = words[name.First - 2].Lower;
        return participle is "up" or "built" or "established" or "developed" or "constructed" or "opened" or "launched" or "created" or "founded"
            ? name.Text : null;
    }

    /// <summary>"followed by Lowercarbon with Rs 69 crore", "followed by Sequoia with about $5 million": the follower's name, or null.</summary>
    private static string? FollowedByWith(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var with = first - 1;
        while (with > 0 && first - with <= 3 && words[with].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "a" or "an")
        {
            with--;
        }

        return with >= 3 && words[with].Lower == "with" && sentence.NameAt[with - 1] is { Kind: NameKind.Organisation } name && name.Last == with - 1
            && name.First >= 2 && words[name.First - 1].Lower == "by" && words[name.First - 2].Lower == "followed" ? name.Text : null;
    }

    /// <summary>
    /// The giver a frame names where the other rules name no one: "with X committing $Y", "X said it would pay $Y", an investment from a
    /// long-described giver; null when none is there.
    /// </summary>
    internal static string? FallbackFrameInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return null;
        }

        // Since the thirty-eighth session: "The 4 billion yen share purchase will make Shandong Ruyi the largest shareholder"
        // (InvestorRules.MadeShareholders.cs).
        if (MadeAHolder(sentence, last) is { } holder)
        {
            return holder;
        }

        if (first == 0)
        {
            return null;
        }

        // "with Providence only committing $260 million of equity".
        var verb = first - 1;

        // Since the forty-seventh session, past a reported amount: "with Google initially investing a reported $300 million".
        if (verb >= 3 && words[verb].Lower is "reported" or "estimated" && words[verb - 1].Lower is "a" or "an")
        {
            verb -= 2;
        }

        if (verb >= 2 && words[verb].Lower == "in" && words[verb - 1].Lower == "putting")
        {
            verb--;
        }

        if (_withGivingVerbs.Contains(words[verb].Lower))
        {
            var end = verb - 1;

            // Since the forty-seventh session, past when too: "with Google initially investing".
            while (end > 0 && words[end].Lower is "only" or "also" or "jointly" or "together" or "alone" or "initially" or "first" or "originally"
                       or "previously" or "later" or "now" or "reportedly")
            {
                end--;
            }

            if (end > 0 && sentence.NameAt[end] is { Kind: NameKind.Organisation } giver && giver.Last == end && giver.First > 0
                && words[giver.First - 1].Lower == "with" && !words[end].EndsPhrase)
            {
                return giver.Text;
            }
        }

        // "CNOOC said in September it would pay US$275 million".
        if (SaidItWouldGive(sentence, first) is { } speaker)
        {
            return speaker;
        }

        // "a $335 million investment from Abu Dhabi-based cloud computing and AI company G42".
        if (last + 2 < words.Count && words[last + 1].Lower is "investment" or "investments" && words[last + 2].Lower is "from" or "by" && !words[last].EndsPhrase)
        {
            for (var j = last + 3; j < words.Count && j - last <= 13; j++)
            {
                if (_describingNouns.Contains(words[j].Lower) && j + 1 < words.Count && !words[j].EndsPhrase
                    && sentence.NameAt[j + 1] is { Kind: NameKind.Organisation } described && described.First == j + 1)
                {
                    return described.Text;
                }

                if (words[j].EndsPhrase)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>"X said (on Monday) (that) it would pay $Y": the speaker X, when the money verb comes right before the figure.</summary>
    private static string? SaidItWouldGive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        if (verb >= 1 && words[verb].Lower == "in" && words[verb - 1].Lower == "put")
        {
            verb--;
        }

        if (verb < 3 || !_saidGivingVerbs.Contains(words[verb].Lower))
        {
            return null;
        }

        var k = verb - 1;
        if (words[k].Lower is "would" or "will" or "could" or "to")
        {
            k--;
            if (words[k + 1].Lower == "to" && k >= 0 && words[k].Lower is "plans" or "planned" or "agreed" or "intends" or "is" or "was" or "aims")
            {
                k--;
            }
        }
        else
        {
            return null;
        }

        if (k < 1 || words[k].Lower != "it")
        {
            return null;
        }

        k--;
        if (words[k].Lower == "that")
        {
            k--;
        }

        // Time words between the saying verb and "it": "said in September", "said on Monday".
        var said = -1;
        for (var j = k; j >= Math.Max(0, k - 4); j--)
        {
            if (words[j].Lower is "said" or "says" or "announced" or "confirmed")
            {
                said = j;
                break;
            }

            if (words[j].EndsPhrase)
            {
                return null;
            }
        }

        return said >= 1 && sentence.NameAt[said - 1] is { Kind: NameKind.Organisation } speaker && speaker.Last == said - 1 && !words[said - 1].EndsPhrase
            ? speaker.Text : null;
    }

    /// <summary>"X is backing Y with (a further) $Z": the name right before the backing verb.</summary>
    private static string? BackerWith(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var k = first - 1;
        while (k > 0 && words[k].Lower is "a" or "an" or "further" or "additional" or "another" or "extra" or "fresh" or "up" or "to" or "about"
            or "around" or "nearly" or "roughly" or "some" or "more" or "than")
        {
            k--;
        }

        if (k < 2 || words[k].Lower != "with")
        {
            return null;
        }

        for (var v = k - 1; v >= Math.Max(1, k - 7); v--)
        {
            if (words[v].EndsPhrase)
            {
                return null;
            }

            if (words[v].Lower is "backing" or "backs" or "backed" or "funding" or "funds" or "funded" or "supporting" or "supports" or "supported")
            {
                // "WeWork was funded with €2bn from Amazon": a passive's subject is the company backed.
                if (words[v].Lower is "backed" or "funded" or "supported" && v >= 1 && words[v - 1].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being")
                {
                    return null;
                }

                var end = v - 1;
                while (end > 0 && words[end].Lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "been" or "also" or "now" or "again")
                {
                    end--;
                }

                return sentence.NameAt[end] is { Kind: NameKind.Organisation } name && name.Last == end && !words[end].EndsPhrase ? name.Text : null;
            }
        }

        return null;
    }
}
