namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: a second thing valued in the same phrase ("valuing the equity at about $11.18 billion and the
/// transaction at $12.3 billion including debt") is a valuation too; and three shapes of one raise are a round size: money a company
/// "pulled in" or "raked in" (its subject one name or a pronoun; crowds of startups are left to the market rules), a tranche "sized at"
/// the figure, and a fund its manager "plans to raise" ("the second $100 billion investment fund that … Son plans to raise").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>"… at $X and the transaction at $Y": "and", an article, one to three words and "at" right before the figure.</summary>
    private static bool IsSecondValuedThing(IReadOnlyList<Word> words, int first, int floor)
    {
        var at = BackOverHedges(words, first - 1, floor);
        if (at < Math.Max(floor, 3) || words[at].Lower != "at")
        {
            return false;
        }

        for (var k = at - 1; k >= Math.Max(floor, 1) && k >= at - 4; k--)
        {
            if (words[k].EndsPhrase)
            {
                return false;
            }

            if (words[k].Lower is "the" or "its" or "their")
            {
                // "and the transaction at $Y": the deal or the company valued a second way, not another company ("the social media platform").
                return k < at - 1 && words[k - 1].Lower == "and" && words[at - 1].Lower is "transaction" or "deal" or "equity" or "company" or "business"
                    or "enterprise" or "offer" or "merger" or "acquisition" or "firm" or "group" or "startup";
            }
        }

        return false;
    }

    private static bool IsOneRaiseShape(SentenceWords sentence, int first, int last) =>
        IsPulledInByOne(sentence, first) || IsTrancheSizedAt(sentence.Words, first) || IsFundToBeRaised(sentence.Words, last);

    /// <summary>"They just pulled in $230 million", "Momo has raked in $X": a phrasal raise whose subject is one name or a pronoun.</summary>
    private static bool IsPulledInByOne(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var particle = BackOverHedges(words, first - 1, 0);
        if (particle < 2 || words[particle].Lower != "in" || words[particle - 1].Lower is not ("pulled" or "pulls" or "pull" or "pulling" or "raked" or "rakes"
            or "rake" or "raking" or "hauled" or "hauls" or "haul" or "hauling"))
        {
            return false;
        }

        var subject = particle - 2;
        while (subject >= 0 && words[subject].Lower is "just" or "has" or "have" or "had" or "already" or "recently" or "also" or "reportedly" or "now"
            or "will" or "could" or "would" or "may" or "might" && !words[subject].EndsPhrase)
        {
            subject--;
        }

        return subject >= 0 && !words[subject].EndsPhrase
            && (words[subject].Lower is "they" or "it" or "we" or "he" or "she" or "company" or "startup" or "start-up"
                || sentence.NameAt[subject] is { Kind: NameKind.Organisation, Possessive: false });
    }

    /// <summary>"a first tranche sized at approximately $1bn", "The second tranche, sized at about $X".</summary>
    private static bool IsTrancheSizedAt(IReadOnlyList<Word> words, int first)
    {
        var at = BackOverHedges(words, first - 1, 0);
        return at >= 2 && words[at].Lower == "at" && words[at - 1].Lower == "sized"
            && Enumerable.Range(Math.Max(0, at - 4), Math.Min(3, at - 1)).Any(k => words[k].Lower is "tranche" or "round");
    }

    /// <summary>"the second $100 billion investment fund that SoftBank Group Corp. CEO Son plans to raise", "the new $X fund it hopes to raise".</summary>
    private static bool IsFundToBeRaised(IReadOnlyList<Word> words, int last)
    {
        var i = SkipConversion(words, last);
        var fund = -1;
        for (var k = i; k < words.Count && k < i + 3 && !words[k].InBrackets; k++)
        {
            if (words[k].Lower is "fund" or "funds" or "vehicle")
            {
                fund = k;
                break;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        if (fund < 0 || words[fund].EndsPhrase)
        {
            return false;
        }

        for (var k = fund + 1; k + 1 < words.Count && k < fund + 12; k++)
        {
            if (words[k].Lower == "to" && words[k + 1].Lower is "raise" or "close" && k >= 1
                && words[k - 1].Lower is "plans" or "plan" or "planned" or "hopes" or "hoped" or "aims" or "seeks" or "wants" or "expects" or "intends" or "looking" or "trying")
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
