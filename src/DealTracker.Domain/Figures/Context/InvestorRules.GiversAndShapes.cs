namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: the giver of the sweep's investment frames (MetricRules.PassiveMoney.cs, MetricRules.GivenMoney.cs),
/// read before the other investor rules:
/// - passive money: the name after "by" in the clause ("$700 million might be invested into the projects by TotalEnergies"; no one when
///   "by the French group" names none), and a stake "was purchased / bought / acquired by Total for $600 million";
/// - a giving verb's subject ("Apple awarded Finisar $390 million");
/// - a spokesperson's organisation ("an Intel Capital spokesman said his organization has invested $291 million" → Intel Capital);
/// - the sentence's subject for a cheque per company ("HTGF makes seed-stage investments, usually providing up to $3.5m per portfolio
///   company") and for "it will put up to €3m into startups".
/// "" when a frame reads the figure but names no one, null when none reads it.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Participles of a stake bought, before "by" its buyer.</summary>
    private static readonly HashSet<string> _boughtParticiples = new(StringComparer.Ordinal)
    {
        "purchased", "bought", "acquired", "taken", "snapped", "picked",
    };

    /// <summary>Nouns after a name that make it a speaker's organisation: "an Intel Capital spokesman".</summary>
    private static readonly HashSet<string> _speakerNouns = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "representative", "official", "executive", "spokespeople", "partner", "director",
    };

    public static string? GiversAndShapesInvestor(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return null;
        }

        var participle = MetricRules.PassiveParticipleAfter(words, last);
        if (participle >= 0 && MetricRules.IsPassiveMoneyPutIn(sentence, first, last))
        {
            return AgentAfter(sentence, participle);
        }

        if (PassiveStakeBuyer(sentence, first) is { } buyer)
        {
            return buyer;
        }

        var giving = MetricRules.GivingVerbBefore(sentence, first, floor);
        if (giving >= 0)
        {
            return FramedSubjectOf(sentence, giving) ?? "";
        }

        // "Apple Inc. (AAPL) on Tuesday announced that it is awarding $250 million … to Corning Inc.": the one awarding.
        var awarding = MetricRules.AwardingVerbBefore(sentence, first, last, floor);
        if (awarding >= 0)
        {
            return ActingSubject(sentence, awarding) ?? "";
        }

        var speakers = MetricRules.SpeakersOrganisationPutsIn(words, first, floor);
        if (speakers >= 0)
        {
            return SpeakersOrganisation(sentence, speakers) ?? "";
        }

        return MetricRules.IsPerCompanyCheque(words, first, last, floor) || MetricRules.IsPutInto(words, first, last, floor)
            ? ActingSubject(sentence, first)
            : null;
    }

    /// <summary>"… invested into the projects by TotalEnergies overall": the organisation after "by" in the participle's clause; "" for none.</summary>
    private static string AgentAfter(SentenceWords sentence, int participle)
    {
        var words = sentence.Words;
        for (var k = participle + 1; k < words.Count && k < participle + 10 && !words[k - 1].EndsPhrase; k++)
        {
            if (words[k].Lower == "by" && k + 1 < words.Count)
            {
                // "by The Carlyle Group": the article may open the name.
                var from = words[k + 1].Lower == "the" && k + 2 < words.Count && sentence.NameAt[k + 2] is { } named && named.Last >= k + 2 ? k + 2 : k + 1;
                return sentence.GiverAfterDescriptor(from)?.Text ?? (from > k + 1 ? sentence.NameAt[from]!.Text : "");
            }
        }

        return "";
    }

    /// <summary>"… was purchased by Total for $600 million": the buyer before "for" the figure, after "by" a bought participle.</summary>
    private static string? PassiveStakeBuyer(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 4 || words[first - 1].Lower != "for" || sentence.NameAt[first - 2] is not { Kind: NameKind.Organisation, Possessive: false } buyer
            || buyer.Last != first - 2 || buyer.First < 2 || words[buyer.First - 1].Lower != "by")
        {
            return null;
        }

        var verb = words[buyer.First - 2].Lower == "up" && buyer.First >= 3 ? buyer.First - 3 : buyer.First - 2;
        return _boughtParticiples.Contains(words[verb].Lower) && verb >= 1 && words[verb - 1].Lower is "was" or "were" or "been" or "being" or "be"
            ? buyer.Text
            : null;
    }

    /// <summary>"an Intel Capital spokesman said his organization": the organisation named before the speaker's noun, before the figure.</summary>
    private static string? SpeakersOrganisation(SentenceWords sentence, int possessive)
    {
        var words = sentence.Words;
        return sentence.Names.LastOrDefault(n => n.Kind == NameKind.Organisation && n.Last < possessive && !n.Possessive && n.Last + 1 < words.Count
            && !words[n.Last].EndsPhrase && _speakerNouns.Contains(words[n.Last + 1].Lower))?.Text;
    }
}
