namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Affiliates, units and consortia: the unit named before an appositive calling it one ("InMotion, Jaguar Land Rover's venture capital arm,
/// invested") or after its owner's possessive ("Alphabet Inc.'s Google invested"), the owner of "a QIA affiliate", the member named of "a
/// consortium that includes", and the unit the money goes "through".
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>What an appositive calls a unit that invests for its owner: "Jaguar Land Rover's venture capital arm", "a joint venture by".</summary>
    private static readonly HashSet<string> _unitNouns = new(StringComparer.Ordinal)
    {
        "arm", "unit", "subsidiary", "affiliate", "division", "venture", "vehicle", "consortium",
    };

    /// <summary>"a $500 million investment by a QIA affiliate": the owner named before "affiliate", "unit" or "arm".</summary>
    private static string? InvestmentByAnAffiliate(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (i + 4 >= words.Count || words[i].Lower is not ("investment" or "stake" or "injection") || words[i + 1].Lower != "by"
            || words[i + 2].Lower is not ("a" or "an"))
        {
            return null;
        }

        return sentence.NameAt[i + 3] is { Possessive: false } owner && owner.First == i + 3 && owner.Last + 1 < words.Count
            && _unitNouns.Contains(words[owner.Last + 1].Lower) ? owner.Text : null;
    }

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

    /// <summary>"A consortium that includes SoftBank Group Corp is in talks to invest $1 billion": the member named.</summary>
    private static string? MemberOfAConsortium(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var j = Math.Max(0, first - 16); j + 2 < first; j++)
        {
            if (words[j].Lower is "consortium" && words[j + 1].Lower is "that" or "which" && words[j + 2].Lower is "includes" or "included" or "include"
                && Window(words, j + 3, first - j - 3).Any(w => w is "invest" or "investing" or "inject" or "put"))
            {
                return sentence.OrganisationAfterDescriptor(j + 3, pastPlaces: true)?.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "The company plans to invest £1 billion in India through its subsidiary Graphcore": with no investor named before the figure,
    /// the unit the money goes through, later in the clause.
    /// </summary>
    private static string? ThroughUnit(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        for (var j = next; j + 1 < words.Count && j <= next + 12; j++)
        {
            if (words[j].Lower is "through" or "via" && words[j + 1].Lower is "its" or "their")
            {
                return sentence.OrganisationAfterDescriptor(j + 2, pastPlaces: true)?.Text;
            }

            if (words[j].EndsPhrase && words[j].After != ',')
            {
                return null;
            }
        }

        return null;
    }
}
