namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Appositives and relative clauses: the subject before an appositive set off by commas or dashes ("SoftBank Vision Fund, the investment
/// arm of Masayoshi Son's SoftBank, will pour", "Ayar – an affiliate of Saudi Arabia's Public Investment Fund (PIF) – will be purchasing"),
/// the name before ", which invested", the giver in a relative clause on the figure ("the $550 million Google invested in Anthropic"), and a
/// name described as another's backer ("Microsoft, OpenAI's largest investor with over $10 billion invested").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Money verbs a subject's appositive may stand before: "– will be purchasing", "— plans to contribute".</summary>
    private static readonly HashSet<string> _tenthMoneyVerbs = new(StringComparer.Ordinal)
    {
        "contribute", "contributes", "contributing", "invest", "invests", "investing", "purchase", "purchases", "purchasing", "buy", "buys",
        "buying", "acquire", "acquires", "acquiring", "commit", "commits", "committing", "inject", "injects", "injecting", "put", "puts",
        "putting", "pour", "pours", "pouring", "provide", "provides", "providing", "spend", "spends", "spending", "pay", "pays", "paying",
    };

    /// <summary>
    /// "Ayar – an affiliate of Saudi Arabia's Public Investment Fund (PIF) – will be purchasing $1 billion worth", "MGX — a $100 billion
    /// vehicle founded by Mubadala and G42 — plans to contribute about $7 billion", "Helix, a unit of Orion, will invest $X": the subject
    /// before an appositive set off by dashes (or by commas, when it starts with "a", "an" or "the"), not a name inside it.
    /// </summary>
    private static string? TenthSubjectBeforeAppositive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var chain = first;
        var verb = false;
        while (chain - 1 >= 0 && first - chain < 6 && !words[chain - 1].EndsPhrase && words[chain - 1].Core.Length > 0 && char.IsLower(words[chain - 1].Core[0])
               && !TenthDashAfter(sentence, chain - 1))
        {
            chain--;
            verb |= _tenthMoneyVerbs.Contains(words[chain].Lower);
        }

        var closing = chain - 1;
        if (!verb || closing < 2)
        {
            return null;
        }

        var dashed = TenthDashAfter(sentence, closing);
        if (!dashed && words[closing].After != ',')
        {
            return null;
        }

        for (var open = closing - 1; open >= 0 && closing - open <= 30; open--)
        {
            var opens = dashed ? TenthDashAfter(sentence, open) : words[open].After == ',';
            if (!opens)
            {
                continue;
            }

            // Since the forty-sixth session, a bare noun and "of" too: "Premji Invest and Claypond Capital, family offices of Wipro's Azim
            // Premji and Manipal Group's Ranjan Pai, are in talks to invest".
            var described = words[open + 1].Lower is "a" or "an" or "the" || (dashed && words[open + 1].Possessive) || (!dashed && BareNounsThenOf(words, open + 1));
            return described && sentence.NameAt[open] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == open ? name.Text
                : dashed ? null : SubjectBeforeDescribingClause(sentence, open, closing);
        }

        return null;
    }

    /// <summary>"family offices of", "the investment arms of": one to three lower-case nouns, then "of".</summary>
    private static bool BareNounsThenOf(List<Word> words, int start)
    {
        for (var k = start; k < words.Count && k <= start + 3; k++)
        {
            if (words[k].Lower == "of")
            {
                return k > start;
            }

            if (words[k].EndsPhrase || words[k].Core.Length == 0 || !words[k].Core.All(c => char.IsLower(c) || c == '-'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that open a describing clause set off by commas: "formed from the merger of …", "with operations in …", "based in …".</summary>
    private static readonly HashSet<string> _describingClauseOpeners = new(StringComparer.Ordinal)
    {
        "formed", "founded", "created", "based", "headquartered", "owned", "controlled", "backed", "listed", "with",
    };

    /// <summary>
    /// Since the thirty-eighth session: "Millea Holdings Inc., formed from the merger of Tokio Marine &amp; Fire Insurance Co and Nichido Fire &amp;
    /// Marine Insurance Co, will pay NT$960 million", "Acme Holdings, headquartered in Paris, France, will invest $40 million": the subject
    /// before a describing clause that opens with a participle or "with", which may hold commas of its own ("Paris, France"), not the last
    /// name inside it. <paramref name="comma"/> is the nearest comma before the clause's end that no article follows.
    /// </summary>
    private static string? SubjectBeforeDescribingClause(SentenceWords sentence, int comma, int closing)
    {
        var words = sentence.Words;
        for (var open = comma; open >= 0 && closing - open <= 30; open--)
        {
            if (words[open].After != ',' || open + 1 >= words.Count)
            {
                continue;
            }

            if (_describingClauseOpeners.Contains(words[open + 1].Lower))
            {
                return sentence.NameAt[open] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == open ? name.Text : null;
            }
        }

        return null;
    }

    /// <summary>Whether a dash stands between word <paramref name="k"/> and the next ("Ayar – an", "(PIF) – will").</summary>
    private static bool TenthDashAfter(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        if (words[k].After is '—' or '–')
        {
            return true;
        }

        if (k + 1 >= words.Count)
        {
            return false;
        }

        var gap = sentence.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);
        return gap.Contains('—') || gap.Contains('–') || gap.Contains(" - ", StringComparison.Ordinal);
    }

    /// <summary>"led by chip maker Veldt, which invested €900 million in the company": the name before ", which invested".</summary>
    private static string? NamedBeforeWhichInvested(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "some" or "about" or "around" or "nearly" or "almost" or "over" or "roughly")
        {
            verb--;
        }

        var which = verb - 1;
        while (which > 0 && words[which].Lower is "has" or "had" or "have" or "already" or "also" or "previously")
        {
            which--;
        }

        return which >= 2 && words[verb].Lower is "invested" or "committed" or "pledged" or "put" && words[which].Lower is "which" or "who"
            && words[which - 1].After == ',' && sentence.NameAt[which - 1] is { Possessive: false, Kind: NameKind.Organisation } name
            && name.Last == which - 1 ? name.Text : null;
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

    private static readonly HashSet<string> _backerNouns = new(StringComparer.Ordinal)
    {
        "funder", "funders", "backer", "backers", "investor", "investors", "shareholder", "shareholders", "stakeholder", "financier",
    };

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

    /// <summary>
    /// Since the twenty-seventh session, for whatever rule chose it: an investor named inside an appositive that describes the
    /// organisation before it stands for that organisation, the subject ("Pfizer Inc, a unit of Acme Holdings, said it will invest",
    /// "TotalEnergies, an affiliate of Saudi Arabia's Public Investment Fund, is buying"). Null when the investor is no such name.
    /// </summary>
    internal static string? AppositionHead(SentenceWords sentence, string? investor, int figure)
    {
        if (investor is null)
        {
            return null;
        }

        var words = sentence.Words;
        var name = sentence.Names.LastOrDefault(n => n.Text == investor && n.Last < figure);
        if (name is null)
        {
            return null;
        }

        // "an affiliate of Saudi Arabia's Public Investment Fund": the name's owner before it.
        var of = name.First - 1;
        if (of > 0 && words[of].Possessive && words[of].IsCapitalised)
        {
            of--;
            while (of > 0 && of >= name.First - 3 && words[of].IsCapitalised && !words[of].EndsPhrase)
            {
                of--;
            }
        }

        if (of < 2 || words[of].Lower is not ("of" or "by"))
        {
            return null;
        }

        // The comma that opens the appositive, a few small words before the name: ", a unit of", ", an affiliate of", ", backed by".
        var open = of - 1;
        // Since the thirty-third session ten words back: ", the private investment vehicle of managing partner and co-founder of Enko Capital,".
        while (open > 0 && open >= of - 10 && words[open].After != ',' && !words[open].EndsPhrase && !words[open].IsCapitalised)
        {
            open--;
        }

        // The appositive closes right after the name, before the figure: "…, a unit of Acme Holdings, said".
        var closes = Enumerable.Range(name.Last, Math.Max(0, Math.Min(figure, name.Last + 4) - name.Last)).Any(k => words[k].After == ',');
        return open >= 0 && words[open].After == ',' && words[open + 1].Lower is "a" or "an" or "the" or "part" or "backed" or "owned" or "controlled"
            && closes && sentence.NameAt[open] is { Kind: NameKind.Organisation } head && head.Last == open ? head.Text : null;
    }

    /// <summary>
    /// "SoftBank Vision Fund, the investment arm of Masayoshi Son's SoftBank, will pour $333 million": a name inside an
    /// appositive between commas describes the organisation before it, which is the subject.
    /// </summary>
    private static string? Apposition(SentenceWords sentence, Name name, int figure)
    {
        var words = sentence.Words;

        // "SK Corp., the holding company of South Korea's largest conglomerate, SK Group, was …": the appositive may hold commas.
        // "M12, Microsoft's venture fund, invested": an appositive may open with an owner's name.
        var open = name.First - 1;
        while (open >= 0 && name.First - open < 16 && !(words[open].After == ',' && OpensAppositive(words, open, name)
                   && sentence.NameAt[open] is { Kind: NameKind.Organisation } candidate && candidate.Last == open))
        {
            open--;
        }

        var closes = false;
        for (var k = name.Last; k < figure; k++)
        {
            if (words[k].After == ',')
            {
                closes = true;
                break;
            }
        }

        // "..., the PIF made a $3.5 billion investment": a name followed by its own verb is a subject, not an appositive.
        closes &= words[name.Last].After == ',' || (name.Last + 1 < words.Count && !PutsMoneyIn(words, name.Last + 1, figure)
            && words[name.Last + 1].Lower is not ("made" or "has" or "had" or "is" or "was" or "will" or "said"));
        return open >= 0 && name.First - open < 16 && closes && OpensAppositive(words, open, name)
            && sentence.NameAt[open] is { Kind: NameKind.Organisation } head && head.Last == open ? head.Text : null;
    }

    /// <summary>"X, the investment arm of …" or "X, Microsoft's venture fund, …": what opens an appositive after the comma at <paramref name="comma"/>.</summary>
    private static bool OpensAppositive(List<Word> words, int comma, Name name) =>
        (comma + 1 < name.First && words[comma + 1].Lower is "the" or "a" or "an") || (comma + 1 == name.First && name.Possessive);
}
