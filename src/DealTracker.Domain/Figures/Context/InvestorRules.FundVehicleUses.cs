namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money an organisation puts in through its fund or vehicle (the general-investor sweep, branch sweep-inv-general). Two frames:
/// <list type="bullet">
/// <item>"use / tap / deploy / leverage / draw on X to invest $M": "Mubadala, which is a big investor in SoftBank's Vision Fund, will use
/// the fund to invest between $5 million and $30 million in European start-ups" → Mubadala; with the subject only described, the fund
/// named as the object is the investor ("The Paris-headquartered investment manager used its 2015-vintage ASF VII secondaries fund to
/// invest $1.75 billion" → ASF VII, as the corpus labels it).</item>
/// <item>"invest $M through / via its fund": "Cyberport has invested HK$14.87 million … through its Cyberport Macro Fund" and "X, through
/// its Y fund, invested $M" → the subject X; a described subject names no one ("The VC firm, through Surge, currently invests in the
/// range of $1 million to $2 million" → null, not the vehicle).</item>
/// </list>
/// The figure is the subject's investment in both frames.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _useVerbs = new(StringComparer.Ordinal)
    {
        "use", "uses", "used", "using", "tap", "taps", "tapped", "tapping", "deploy", "deploys", "deployed", "deploying", "leverage",
        "leverages", "leveraged", "leveraging", "employ", "employs", "employed", "employing",
    };

    private static readonly HashSet<string> _vehicleInvestVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "inject", "injects", "injected", "injecting", "put", "puts", "putting", "commit",
        "commits", "committed", "committing", "deploy", "deploys", "deployed", "deploying", "pour", "pours", "poured", "pouring", "plough",
        "ploughed", "pump", "pumped", "back", "backed", "fund", "funded",
    };

    /// <summary>Words naming the vehicle used: "the fund", "its new vehicle", "its balance sheet", "the proceeds".</summary>
    private static readonly HashSet<string> _vehicleNouns = new(StringComparer.Ordinal)
    {
        "fund", "funds", "vehicle", "vehicles", "arm", "unit", "subsidiary", "platform", "sheet", "cash", "capital", "proceeds", "money",
        "chest", "reserves", "war", "programme", "program", "facility",
    };

    /// <summary>Words between the figure and its verb: "to invest between", "invests in the range of", "has invested a total of".</summary>
    private static readonly HashSet<string> _vehicleHedges = new(StringComparer.Ordinal)
    {
        "between", "up", "to", "about", "around", "some", "roughly", "nearly", "almost", "as", "much", "more", "than", "over", "in", "the",
        "range", "of", "a", "total", "an", "additional", "another", "further", "least", "at", "anywhere", "from",
    };

    /// <summary>Auxiliaries and adverbs between a subject and its verb: "will", "plans to", "currently", "has also".</summary>
    private static readonly HashSet<string> _vehicleAuxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "can", "has", "have", "had", "is", "was", "are", "were", "also", "already", "currently",
        "now", "then", "to", "plans", "plan", "planned", "intends", "aims", "expects", "expected", "set", "going", "wants", "seeks",
        "usually", "typically", "generally", "often", "reportedly", "recently", "together", "jointly", "further", "still", "so", "far",
    };

    /// <summary>
    /// The investor of money put in through a fund or vehicle: the named subject, the fund named as the object of "use" when the subject is
    /// only described, "" when no one is named; null when the figure is in neither frame.
    /// </summary>
    internal static string? FundVehicleInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;

        // "to invest between $5 million and $30 million": the range's second figure, back to "between".
        if (verb > 1 && words[verb].Lower == "and")
        {
            for (var b = verb - 1; b >= 0 && verb - b <= 6; b--)
            {
                if (words[b].Lower == "between")
                {
                    first = b + 1;
                    verb = b;
                    break;
                }
            }
        }

        while (verb > 0 && _vehicleHedges.Contains(words[verb].Lower) && !words[verb].EndsPhrase && first - verb <= 6)
        {
            verb--;
        }

        if (verb < 1 || !_vehicleInvestVerbs.Contains(words[verb].Lower) || words[verb].EndsPhrase)
        {
            return null;
        }

        // "will use the fund to invest": "to", the vehicle, then the using verb.
        if (words[verb - 1].Lower == "to" && UseVerbBefore(sentence, verb - 1) is var use and >= 0)
        {
            var subject = SubjectOfVehicleVerb(sentence, use);
            if (subject is { Length: > 0 })
            {
                return subject;
            }

            var fund = sentence.Names.FirstOrDefault(n => n.First > use && n.Last < verb - 1 && n.Kind == NameKind.Organisation && !n.Possessive);
            return subject is null ? null : Kept(sentence, fund?.Text) ?? "";
        }

        // "invested HK$14.87 million … through its Cyberport Macro Fund", "X, through its fund Y, invested"; with the subject only described
        // and a unit named after the figure, the older rules read it (the labels differ: "The company plans to invest £1 billion … through
        // its subsidiary Graphcore" names no one in blind12, "… through its subsidiary Iberdrola Renovables" names the unit in the fourth
        // round's rows).
        if (!ThroughAVehicle(sentence, verb, last))
        {
            return null;
        }

        var named = SubjectOfVehicleVerb(sentence, verb);
        return named is { Length: 0 } && NamedVehicleAfter(sentence, last) is not null ? null : named;
    }

    /// <summary>"… through its subsidiary Iberdrola Renovables": the organisation named a few words after "through / via its" after the figure.</summary>
    private static string? NamedVehicleAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j + 1 < words.Count && j - last <= 25; j++)
        {
            if (words[j].Lower is "through" or "via" && !words[j].EndsPhrase)
            {
                for (var n = j + 1; n < words.Count && n - j <= 4; n++)
                {
                    if (sentence.NameAt[n] is { Kind: NameKind.Organisation, Possessive: false } unit && unit.First == n)
                    {
                        return Kept(sentence, unit.Text);
                    }

                    if (words[n].EndsPhrase || words[n].IsCapitalised)
                    {
                        return null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the figure's investment is the subject's, read through the fund or vehicle it uses.</summary>
    internal static bool IsInvestedThroughAVehicle(SentenceWords sentence, int first, int last) => FundVehicleInvestor(sentence, first, last) is not null;

    /// <summary>The using verb before "to" and the vehicle it uses ("use the fund", "tap its new $1 billion vehicle"), or -1.</summary>
    private static int UseVerbBefore(SentenceWords sentence, int to)
    {
        var words = sentence.Words;
        var vehicle = false;
        for (var v = to - 1; v >= 0 && to - v <= 9; v--)
        {
            if (words[v].EndsPhrase && !words[v].InBrackets)
            {
                return -1;
            }

            if (_useVerbs.Contains(words[v].Lower))
            {
                return vehicle && v < to - 1 ? v : -1;
            }

            vehicle |= _vehicleNouns.Contains(words[v].Lower) || (sentence.NameAt[v] is { } name && name.Last == v && words[v].Lower is "fund" or "vehicle");
        }

        return -1;
    }

    /// <summary>"through its Cyberport Macro Fund", "via its venture arm", "through Surge": the vehicle phrase in the verb's clause.</summary>
    private static bool ThroughAVehicle(SentenceWords sentence, int verb, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j < words.Count && j - last <= 25; j++)
        {
            if (words[j].Lower is "through" or "via" && j + 1 < words.Count && (words[j + 1].Lower is "its" or "their" or "his" or "her" || sentence.NameAt[j + 1] is not null))
            {
                return true;
            }

            if (words[j].After is ';' || words[j].Lower is "while" or "which" or "whereas")
            {
                break;
            }
        }

        // "X, through its Y fund, invested": a parenthetical right before the verb.
        for (var j = verb - 1; j >= 0 && verb - j <= 10; j--)
        {
            if (words[j].Lower is "through" or "via" && j >= 1 && words[j - 1].After == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The named subject of the verb at <paramref name="verb"/>, past auxiliaries, a parenthetical set off by commas (", which is a big investor
    /// in …,", ", through Surge,") and an appositive; "" when the subject is only described ("The VC firm"); null when no subject is found.
    /// </summary>
    private static string? SubjectOfVehicleVerb(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var s = verb - 1;
        while (s >= 0 && _vehicleAuxiliaries.Contains(words[s].Lower) && !words[s].EndsPhrase)
        {
            s--;
        }

        // "Comcast, the US cable group that invested $500m through its NBC Universal unit": a relative clause's subject is the older rules'.
        if (s >= 0 && words[s].Lower is "that" or "which" or "who")
        {
            return null;
        }

        // Past one parenthetical set off by commas: back to the comma that opens it.
        if (s >= 1 && words[s].After == ',')
        {
            var open = s - 1;
            while (open >= 0 && !(words[open].After == ',' && !words[open].InBrackets) && s - open <= 20)
            {
                open--;
            }

            s = open >= 0 && words[open].After == ',' ? open : s;
        }

        if (s < 0)
        {
            return null;
        }

        if (sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == s)
        {
            // "…, Silver Lake, has": an appositive name after a description is the subject too.
            return Kept(sentence, name.Text) ?? "";
        }

        // "The VC firm", "The Paris-headquartered investment manager": a subject only described.
        for (var j = s; j >= 0 && s - j <= 5; j--)
        {
            if (words[j].Lower is "the" or "a" or "an" or "this" && (j == 0 || words[j - 1].EndsPhrase))
            {
                return "";
            }

            if (words[j].EndsPhrase && j < s || (words[j].IsCapitalised && j > 0 && sentence.NameAt[j] is not null))
            {
                return null;
            }
        }

        return null;
    }
}
