namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Who invests the price of a stake read by the broad stake default (MetricRules.StakeValues.cs): the buyer, never the seller. For a
/// stake sold, the name after "to" ("sell … shares worth HKD1.37 billion to a unit of BAIC"), else no one; for a stake bought, the
/// clause's subject ("Aramco is also in advanced negotiations to buy a 20% stake …").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>
    /// The buyer of the stake priced by the figure at <paramref name="first"/>..<paramref name="last"/>, "" when the clause names none
    /// (a stake sold to no one named, a buyer not named), or null when the figure is in no stake clause or the buyer is read elsewhere.
    /// </summary>
    public static string? StakeValueBuyer(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var deal = MetricRules.StakeDealWord(words, first, last, floor);
        if (deal < 0)
        {
            return null;
        }

        if (MetricRules.IsStakeSellWord(words, deal))
        {
            return BuyerAfterTo(sentence, deal) ?? "";
        }

        return MetricRules.IsStakeBuyWord(words, deal) ? StakeBuyerSubject(sentence, deal) : null;
    }

    /// <summary>
    /// Since the stakes-control realignment: "Infosys is selling its entire stake in ANSR … for $1 million", "BP … said that its sold its
    /// stake in … for around $1 billion": whether <paramref name="investor"/> is the seller of a stake sold before the figure with no buyer
    /// named (no organisation between the sale and the figure, none after "to"): the price is an investment by no one named.
    /// </summary>
    public static bool IsSellerOfStakeSoldToNoOne(SentenceWords sentence, string investor, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (!IsStakeSoldToNoOne(sentence, first, last, floor))
        {
            return false;
        }

        var deal = MetricRules.StakeDealWord(words, first, last, floor);

        var names = investor.Split('|');
        return sentence.Names.Any(n => n.Last < deal && names.Contains(n.Text, StringComparer.Ordinal))
            && !sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First > deal && n.Last < first && !names.Contains(n.Text, StringComparer.Ordinal) && IsSubjectBefore(words, n.Last, first));
    }

    /// <summary>
    /// Since the stakes-control realignment: "Sunac sold a 64.7% stake in its … unit, which owns the Dongjiadu project in Shanghai, to a unit
    /// of China Huarong Asset Management for RMB 5.82 billion": whether the figure prices a stake sold to a buyer named after "to".
    /// </summary>
    public static bool IsStakeSoldToABuyer(SentenceWords sentence, int first, int last, int floor)
    {
        var deal = MetricRules.StakeDealWord(sentence.Words, first, last, floor);
        return deal >= 0 && deal < first && MetricRules.IsStakeSellWord(sentence.Words, deal) && BuyerAfterTo(sentence, deal) is not null;
    }

    /// <summary>
    /// "… Singapura Finance has disposed of all its shares in MatchMove PowerBank … for $1 million": a stake sold before the figure with no
    /// buyer named after "to" (not money offered for a stake, a bid).
    /// </summary>
    public static bool IsStakeSoldToNoOne(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var deal = MetricRules.StakeDealWord(words, first, last, floor);
        return deal >= 0 && deal < first && MetricRules.IsStakeSellWord(words, deal) && BuyerAfterTo(sentence, deal) is null
            // "Geely offered £365m for a 25% stake": money offered is a bid, its subject the buyer.
            && !(words[deal].Lower.StartsWith("offer", StringComparison.Ordinal) && first - deal <= 4);
    }

    /// <summary>A name followed by a verb-like word before the figure ("Toyota will fork over"): a subject of its own clause.</summary>
    private static bool IsSubjectBefore(List<Word> words, int last, int first) =>
        last + 1 < first && words[last + 1].Lower is "will" or "would" or "has" or "have" or "had" or "is" or "was" or "agreed" or "paid" or "pays" or "bought" or "buys";

    /// <summary>"to a unit of BAIC", "to Cascade Investment": the organisation a stake is sold to, after "to" in the clause.</summary>
    private static string? BuyerAfterTo(SentenceWords sentence, int sale)
    {
        var words = sentence.Words;
        for (var i = sale + 1; i + 1 < words.Count && !(i > sale + 1 && IsBreakBefore(words, i)); i++)
        {
            // "according to an SGX filing" names a source, not a buyer.
            if (words[i].Lower != "to" || words[i - 1].Lower is "according" or "due" or "close" or "compared" or "up")
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 6; j++)
            {
                if (sentence.NameAt[j] is { Kind: NameKind.Organisation } name && name.First == j)
                {
                    return sentence.DescribedName(name).Text;
                }

                // "to a unit of China Huarong Asset Management": a place word the name is read without.
                if (j + 1 < words.Count && !words[j].EndsPhrase && sentence.NameAt[j] is null && Lexicon.PlaceLength(words, j) == 1
                    && sentence.NameAt[j + 1] is { Kind: NameKind.Organisation } placed && placed.First == j + 1)
                {
                    return sentence.DescribedName(placed).Text;
                }

                if (words[j].EndsPhrase || !(char.IsLower(words[j].Core[0]) || words[j].Lower is "a" or "the"))
                {
                    break;
                }
            }
        }

        return null;
    }

    private static bool IsBreakBefore(List<Word> words, int i) => words[i - 1].After is ';' or ':' or '—' or '–' || (words[i - 1].After == ',' && words[i].Lower is "while" or "and" or "but");

    /// <summary>
    /// "Aramco is also in advanced negotiations to buy a 20% stake": the subject of the buying verb, else the first organisation opening
    /// the clause before it (not one after "of", "in", "from" or a possessive); "" when the subject is no name ("The Chinese giant").
    /// </summary>
    private static string? StakeBuyerSubject(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        // A subject that is a name ("Norway's wealth fund" describes one, it names none).
        if (SubjectOfVerb(sentence, verb) is { } subject && sentence.Names.Any(n => n.Text == subject))
        {
            return subject;
        }

        // "… and paying $50mn for a 7% stake": a participle after "and" has no subject of its own in the sentence.
        if (verb > 0 && words[verb - 1].Lower == "and" && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return "";
        }

        for (var i = 0; i < verb; i++)
        {
            if (IsBreakBefore(words, i + 1) && i + 1 < verb)
            {
                continue;
            }

            if (sentence.NameAt[i] is { Kind: NameKind.Organisation, Possessive: false } name && name.First == i && !words[i].InBrackets
                && (i == 0 || words[i - 1].EndsPhrase || words[i - 1].Lower is not ("of" or "in" or "from" or "to" or "at" or "with" or "for" or "by" or "on"))
                && !(i > 0 && char.IsDigit(words[i - 1].Core[0])))
            {
                return name.Text;
            }
        }

        return "";
    }
}
