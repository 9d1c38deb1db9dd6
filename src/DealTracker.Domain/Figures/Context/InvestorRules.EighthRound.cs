namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind19 and blind20's first runs (the eighth round), read before the seventh round's. Each returns
/// the investor's name, "" for "none is named", or null when it does not apply.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>What an appositive calls a unit that invests for its owner: "Jaguar Land Rover's venture capital arm", "a joint venture by".</summary>
    private static readonly HashSet<string> _unitNouns = new(StringComparer.Ordinal)
    {
        "arm", "unit", "subsidiary", "affiliate", "division", "venture", "vehicle", "consortium",
    };

    private static string? EighthRoundInvestor(SentenceWords sentence, int first, int last) =>
        NamedBeforeAUnitAppositive(sentence, first) ?? UnitOfAPossessiveOwner(sentence, first) ?? GiverInARelativeClause(sentence, last)
        ?? SuppliedBy(sentence, last) ?? MemberOfAConsortium(sentence, first);

    /// <summary>
    /// "InMotion, Jaguar Land Rover's venture capital arm, invested $X", "Stargate, a joint venture by Oracle, OpenAI and SoftBank, plans
    /// to invest $X": the name before an appositive calling it a unit or venture is the one investing.
    /// </summary>
    private static string? NamedBeforeAUnitAppositive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var lead = first - 1; lead >= Math.Max(2, first - 6); lead--)
        {
            if (words[lead - 1].After != ',' || !PutsMoneyIn(words, lead, first))
            {
                continue;
            }

            // Back over the appositive (a list of names in it has commas of its own) to the name before the comma that opened it.
            for (var open = lead - 2; open >= 0 && lead - open <= 14; open--)
            {
                var unit = words[open].After == ',' && words.Skip(open + 1).Take(lead - 1 - open).Any(w => _unitNouns.Contains(w.Lower));
                if (unit && sentence.NameAt[open] is { Possessive: false, Kind: not NameKind.Person } name && name.Last == open)
                {
                    return name.Text;
                }

                // "Stargate, a joint venture by …": a single capitalised word opening the sentence, which the name finder leaves out.
                if (unit && open == 0 && words[0].IsCapitalised && !words[0].Possessive)
                {
                    return words[0].Core;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"Alphabet Inc.'s Google invested $X": the unit named after its owner's possessive, right before the verb.</summary>
    private static string? UnitOfAPossessiveOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        return verb >= 2 && words[verb].Lower is "invested" or "invests" or "committed" or "pledged" or "put"
            && sentence.NameAt[verb - 1] is { Possessive: false } unit && unit.First >= 1
            && sentence.NameAt[unit.First - 1] is { Possessive: true } ? unit.Text : null;
    }

    /// <summary>
    /// "the $550 million Google invested in Anthropic" (the name after the figure), "Microsoft has given $X of the $Y it pledged" and
    /// "Microsoft has given $X" (the subject the pronoun stands for, or the name before "has given").
    /// </summary>
    private static string? GiverInARelativeClause(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next + 1 < words.Count && !words[last].EndsPhrase && words[next + 1].Lower is "invested" or "pledged" or "committed" or "promised")
        {
            if (sentence.NameAt[next] is { Possessive: false } giver && giver.Last == next)
            {
                return giver.Text;
            }

            return words[next].Lower is "it" or "they" ? SubjectOf(sentence) : null;
        }

        var first = last;
        while (first > 0 && sentence.NameAt[first] is null && words[first].Lower is not ("given" or "gave"))
        {
            first--;
        }

        return words[first].Lower is "given" or "gave" && first >= 2 && first <= last && last - first <= 4 && words[first - 1].Lower is "has" or "had" or "have"
            && sentence.NameAt[first - 2] is { Possessive: false, Kind: not NameKind.Person } name ? name.Text : null;
    }

    /// <summary>"about $250m in funding supplied by DFJ, Rothenberg Ventures and Founders Fund": the first of those who supplied it.</summary>
    private static string? SuppliedBy(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        return next + 3 < words.Count && words[next].Lower is "in" && words[next + 1].Lower is "funding" or "capital"
            && words[next + 2].Lower is "supplied" or "provided" or "contributed" && words[next + 3].Lower == "by"
            ? sentence.OrganisationAfterDescriptor(next + 4)?.Text : null;
    }

    /// <summary>"A consortium that includes SoftBank Group Corp is in talks to invest $1 billion": the member named.</summary>
    private static string? MemberOfAConsortium(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var j = Math.Max(0, first - 16); j + 2 < first; j++)
        {
            if (words[j].Lower is "consortium" && words[j + 1].Lower is "that" or "which" && words[j + 2].Lower is "includes" or "included" or "include"
                && Window(words, j + 3, first - j - 3).Any(w => w is "invest" or "investing" or "inject" or "put"))
            {
                return sentence.OrganisationAfterDescriptor(j + 3)?.Text;
            }
        }

        return null;
    }
}
