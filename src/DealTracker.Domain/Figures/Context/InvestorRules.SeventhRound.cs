namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind17 and blind18's first runs (the seventh round), read before the older ones. Each returns the
/// investor's name, "" for "none is named", or null when it does not apply.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _backerNouns = new(StringComparer.Ordinal)
    {
        "funder", "funders", "backer", "backers", "investor", "investors", "shareholder", "shareholders", "stakeholder", "financier",
    };

    private static string? SeventhRoundInvestor(SentenceWords sentence, int first, int last) =>
        BuyerOfSharesSold(sentence, first, last) ?? GiverAfterTheFigure(sentence, first, last) ?? InfusionBy(sentence, last)
        ?? RaisingItsInvestment(sentence, first) ?? SubjectBeforeAppositive(sentence, first) ?? BackerOfAnother(sentence, first);

    /// <summary>
    /// "agreed to sell $10 billion of stock to Berkshire Hathaway Inc. …, comprised of $5 billion in Class A Common Stock": shares sold
    /// to a buyer are the buyer's investment, for the figure and for the parts of it after. "" when the buyer is only described.
    /// </summary>
    private static string? BuyerOfSharesSold(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (!Window(words, next, 5).Any(w => w is "shares" or "stock" or "stocks"))
        {
            return null;
        }

        for (var s = first - 1; s >= Math.Max(0, first - 30); s--)
        {
            if (words[s].Lower is not ("sell" or "sold" or "selling" or "sells"))
            {
                continue;
            }

            // The buyer after "to", between the sale's first figure and this one or after it.
            for (var j = s + 1; j < words.Count && j <= Math.Max(first, last + 15); j++)
            {
                if (words[j].Lower == "to" && j + 1 < words.Count && words[j + 1].Lower is not ("buy" or "be" or "increase"))
                {
                    return sentence.OrganisationAfterDescriptor(words[j + 1].Lower == "the" ? j + 2 : j + 1)?.Text ?? (j > first ? "" : null);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// After the figure: "$4 billion, followed by another $2 billion from Google" (the giver is the next figure's: the subject's);
    /// "$483 million in commitments came from existing investors", "$70 billion possibly coming from institutions" (none named).
    /// </summary>
    private static string? GiverAfterTheFigure(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next + 1 < words.Count && words[next].Lower == "followed" && words[next + 1].Lower == "by" && words[last].After == ',')
        {
            return NearestInvestor(sentence, first) ?? "";
        }

        var from = ComesFromAt(words, last);
        if (from < 0)
        {
            return null;
        }

        var k = from + 2;
        while (k < words.Count && words[k].Lower is "the" or "existing" or "other" or "new" or "several" or "various")
        {
            k++;
        }

        return sentence.OrganisationAfterDescriptor(k)?.Text ?? (Lexicon.PlaceLength(words, k) is var n and > 0 ? Text(sentence, k, n) : "");
    }

    /// <summary>Whether "came / coming from" follows the figure within five words of its clause.</summary>
    private static bool ComesFrom(SentenceWords sentence, int last) => ComesFromAt(sentence.Words, last) > 0;

    /// <summary>The word "came" / "coming" of "came from" within five words after the figure, in its clause; -1 when none.</summary>
    private static int ComesFromAt(List<Word> words, int last)
    {
        if (last < 0 || words[last].EndsPhrase)
        {
            return -1;
        }

        var next = MetricRules.SkipConversion(words, last);
        for (var j = next; j + 1 < words.Count && j <= next + 5; j++)
        {
            if (words[j].Lower is "came" or "coming" or "come" or "comes" && words[j + 1].Lower == "from")
            {
                return j;
            }

            if (words[j].EndsPhrase)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"$350 million infusion by Google", "a $2 billion injection by the state fund Temasek": the agent after the noun.</summary>
    private static string? InfusionBy(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        return next + 2 < words.Count && words[next].Lower is "infusion" or "injection" or "investment" && words[next + 1].Lower == "by" && !words[next].EndsPhrase
            ? sentence.OrganisationAfterDescriptor(words[next + 2].Lower == "the" ? next + 3 : next + 2)?.Text
            : null;
    }

    /// <summary>"with Amazon notably increasing its investment to $8 billion": the name before the verb that raises its own stake.</summary>
    private static string? RaisingItsInvestment(SentenceWords sentence, int first)
    {
        var words = sentence.Words;

        // "with Desjardins' commitment set to increase to C$50 million": the owner of the commitment that grows.
        if (first >= 4 && words[first - 1].Lower == "to" && words[first - 2].Lower is "increase" or "rise" or "grow" or "climb")
        {
            for (var j = first - 3; j >= Math.Max(1, first - 6); j--)
            {
                if (words[j].Lower is "commitment" or "stake" or "investment" or "holding" && sentence.NameAt[j - 1] is { Possessive: true } owner && owner.Last == j - 1)
                {
                    return owner.Text;
                }
            }
        }

        if (first < 5 || words[first - 1].Lower != "to" || words[first - 2].Lower is not ("investment" or "stake" or "holding" or "commitment")
            || words[first - 3].Lower is not ("its" or "their"))
        {
            return null;
        }

        var verb = first - 4;
        if (words[verb].Lower is not ("increasing" or "raising" or "boosting" or "lifting" or "increased" or "raised" or "boosted" or "lifted" or "upped" or "doubling" or "doubled"))
        {
            return null;
        }

        var subject = verb - 1;
        subject = words[subject].Lower.EndsWith("ly", StringComparison.Ordinal) && subject > 0 ? subject - 1 : subject;
        return sentence.NameAt[subject] is { Kind: not NameKind.Outlet, Possessive: false } name && name.Last == subject ? name.Text : null;
    }

    /// <summary>
    /// "AustralianSuper, Australia's largest superannuation fund, which committed nearly $1.5 billion" and "Larry Ellison, David's
    /// father and Oracle founder, will invest $6 billion": a name, its appositive between commas, then the money verb.
    /// </summary>
    private static string? SubjectBeforeAppositive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var lead = -1;
        for (var v = first - 1; v >= Math.Max(2, first - 4) && lead < 0; v--)
        {
            if (PutsMoneyIn(words, v, first))
            {
                var start = words[v - 1].Lower is "which" or "who" ? v - 1 : v;
                lead = start >= 2 && words[start - 1].After == ',' ? start : lead;
            }
        }

        if (lead < 0)
        {
            return null;
        }

        // Back over the appositive to the comma that opened it.
        var open = lead - 2;
        while (open >= 0 && lead - open <= 10 && words[open].After != ',')
        {
            open--;
        }

        if (open < 0 || lead - open > 10 || sentence.NameAt[open] is not { Possessive: false } name || name.Last != open || name.Kind == NameKind.Outlet)
        {
            return null;
        }

        // Only an appositive that describes ("Australia's largest fund", "David's father and Oracle founder"), not a list of names.
        var described = words.Skip(open + 1).Take(lead - 1 - open).Any(w => w.Possessive || w.Lower is "the" or "a" or "an" or "its" or "founder" or "fund");
        return described && (name.Kind == NameKind.Person || words[lead].Lower is "which" or "who") ? name.Text : null;
    }

    /// <summary>
    /// "Microsoft was already OpenAI's biggest funder, having invested $13 billion", "Microsoft, OpenAI's largest investor with over $10
    /// billion invested": the possessive before a backer noun is the one backed; the investor is the name before it.
    /// </summary>
    private static string? BackerOfAnother(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var i = first - 1; i >= Math.Max(1, first - 8); i--)
        {
            // "surpassing Microsoft's previous investments totaling $13 billion": a name nearer the figure is its own.
            if (sentence.NameAt[i] is not null)
            {
                return null;
            }

            if (!_backerNouns.Contains(words[i].Lower))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
            {
                if (sentence.NameAt[j] is { Possessive: true } backed && backed.Last == j && backed.First > 0)
                {
                    for (var k = backed.First - 1; k >= Math.Max(0, backed.First - 4); k--)
                    {
                        if (sentence.NameAt[k] is { Possessive: false, Kind: not NameKind.Outlet } backer && backer.Last == k)
                        {
                            return backer.Text;
                        }
                    }

                    return null;
                }
            }

            return null;
        }

        return null;
    }

    private static IEnumerable<string> Window(List<Word> words, int from, int count) => words.Skip(from).Take(count).Select(w => w.Lower);
}
