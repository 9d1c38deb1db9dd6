namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the data-sources sweep: a provider, research house or public body telling a forecast or a report, and the lists it keeps.
/// "IAB predicts podcast advertising revenue will reach …", "PwC was projecting that …", "Gartner experts forecast …"; "…, the Dubai
/// Chamber of Digital Economy said in a recent report"; "according to Crunchbase's database", "CB Insights’ unicorn leaderboard
/// lists". A forecasting subject must be known as a provider (a listed outlet, provider or house, a provider's ending, a description,
/// or its experts forecasting); a party forecasting its own matter ("Nvidia predicts that its …", "Tesla forecasts deliveries …")
/// stays no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Whether <paramref name="name"/> is one of the providers and industry bodies whose forecasts and counts the news cites.</summary>
    internal static bool IsForecaster(string name) => _forecasters.Contains(name);

    /// <summary>Providers and industry bodies whose forecasts the news cites, beside the outlets, providers and houses listed elsewhere.</summary>
    private static readonly HashSet<string> _forecasters = new(StringComparer.Ordinal)
    {
        "IAB", "MediaRadar", "GlobalData", "Tech Nation", "Dealogic", "eMarketer", "Insider Intelligence", "Statista", "Newzoo", "Ookla",
        "Euromonitor", "Nielsen", "Comscore", "Kantar", "Ipsos", "Gallup", "Magnitt", "MAGNiTT", "Dealroom", "Crunchbase", "PitchBook",
        "CB Insights", "Preqin", "Tracxn", "Sensor Tower", "data.ai", "App Annie", "Similarweb", "Ernst and Young", "Ernst & Young", "PWC",
        "Deloitte", "KPMG", "Accenture", "Capgemini", "Bain", "IDC", "Omdia", "TrendForce", "Canalys", "Counterpoint", "Gartner",
        "Forrester", "Mordor Intelligence", "Grand View Research", "MarketsandMarkets", "Fortune Business Insights", "Precedence Research",
    };

    /// <summary>Auxiliaries and adverbs between a forecaster and its verb: "PwC was projecting", "Gartner now forecasts".</summary>
    private static readonly HashSet<string> _forecastAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "had", "have", "also", "now", "recently", "previously", "earlier", "been", "further",
    };

    /// <summary>"IAB predicts …", "PwC was projecting that …", "Given that Gartner predicts …", "Gartner experts forecast …".</summary>
    private static (int First, int Last)? ForecastingProvider(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var experts = words[i].Lower is "forecast" or "predict" or "project" or "estimate" && i > 1 && words[i - 1].Lower is "experts" or "analysts" or "researchers";
        if ((!_forecastVerbs.Contains(words[i].Lower) && !experts) || i == 0 || i + 2 >= words.Count || words[i].EndsPhrase)
        {
            return null;
        }

        var k = experts ? i - 2 : i - 1;
        while (k > 0 && i - k <= 3 && _forecastAuxiliaries.Contains(words[k].Lower))
        {
            k--;
        }

        if (words[k].EndsPhrase || BackRun(words, k) is not { } run || !OpensClause(words, run.First))
        {
            return null;
        }

        var next = words[i + 1].Lower;
        var afterThat = next == "that" ? i + 2 : i + 1;
        var own = (words[afterThat].Lower is "it" && words[afterThat].Core != "IT") || words[afterThat].Lower is "its" or "they" or "their" or "we" or "our" or "to" or "he" or "she" or "his" or "her"
            || SpeaksOfItsOwn(words, afterThat) || next is "to" or "a" or "an" or "the";
        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var namedAgain = Enumerable.Range(0, words.Count).Any(j => (j < run.First || j > run.Last) && words[j].Core == words[run.Last].Core);
        var provider = experts || _forecasters.Contains(name) || IsProviderName(words, run, name, counting: false);
        return own || namedAgain || !provider ? null : run;
    }

    /// <summary>"Gartner in its latest worldwide IT spending forecast reveals that …": a known provider telling its own report.</summary>
    private static (int First, int Last)? ProviderInItsReport(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "in" || i == 0 || i + 3 >= words.Count || words[i + 1].Lower is not ("its" or "their") || words[i - 1].EndsPhrase
            || BackRun(words, i - 1) is not { } run || !OpensClause(words, run.First))
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        for (var j = i + 2; j + 1 < words.Count && j - i <= 8 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].Lower is "report" or "forecast" or "study" or "survey" or "analysis" or "outlook" && _dataShowing.Contains(words[j + 1].Lower.TrimEnd(','))
                || (words[j].Lower is "report" or "forecast" or "study" or "survey" or "analysis" or "outlook" && words[j + 1].Lower is "says" or "said" or "reveals" or "revealed"))
            {
                return IsKnownProvider(name) || IsProviderName(words, run, name, counting: false) ? run : null;
            }
        }

        return null;
    }

    /// <summary>Whether a name starting at <paramref name="first"/> opens its clause: the sentence's start, after a comma, or after "that" / "while".</summary>
    private static bool OpensClause(List<Word> words, int first) =>
        first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "that" or "while" or "whereas" or "but"
        || (words[first - 1].Lower == "the" && (first == 1 || words[first - 2].EndsPhrase));

    /// <summary>"…, the Dubai Chamber of Digital Economy said in a recent report.", "Atomico said in its annual report that …".</summary>
    private static (int First, int Last)? SaidInAReport(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("said" or "says" or "stated" or "noted" or "wrote" or "found" or "estimated") || i == 0 || i + 3 >= words.Count
            || words[i + 1].Lower != "in" || words[i + 2].Lower is not ("a" or "an" or "its" or "the" or "their" or "his" or "her"))
        {
            return null;
        }

        var j = i + 3;
        while (j < words.Count && j - i <= 6 && !words[j].EndsPhrase && words[j].Lower is not ("report" or "study" or "survey" or "analysis" or "outlook"
            or "review" or "paper" or "research" or "note" or "forecast") && words[j].Core.Length > 0 && char.IsLower(words[j].Core[0]))
        {
            j++;
        }

        if (j >= words.Count || words[j].Lower is not ("report" or "study" or "survey" or "analysis" or "outlook" or "review" or "paper" or "research"
            or "note" or "forecast") || words[i - 1].EndsPhrase || BackRun(words, i - 1) is not { } run || !OpensClause(words, run.First))
        {
            return null;
        }

        return words[i + 2].Lower is "his" or "her" ? null : run;
    }

    /// <summary>"according to Crunchbase's database", "CB Insights’ unicorn leaderboard lists": a provider's list, cited or opening its clause.</summary>
    private static (int First, int Last)? OwnedList(List<Word> words, int i)
    {
        if (!words[i].Possessive || !IsProviderWord(words[i]) || i + 1 >= words.Count)
        {
            return null;
        }

        var noun = i + 1 < words.Count && _ownedLists.Contains(words[i + 1].Lower) ? i + 1
            : i + 2 < words.Count && words[i + 1].Core.Length > 0 && char.IsLower(words[i + 1].Core[0]) && _ownedLists.Contains(words[i + 2].Lower) ? i + 2 : -1;
        var first = i;
        while (first > 0 && i - first < 5 && !words[first - 1].EndsPhrase && IsProviderWord(words[first - 1]) && !words[first - 1].Possessive)
        {
            first--;
        }

        if (noun < 0 || words[first].Lower is "the")
        {
            return null;
        }

        // "Blackstone's data center portfolio", "India's data centre capacity": data of a thing, no list.
        if (noun + 1 < words.Count && words[noun + 1].Lower is "center" or "centre" or "centers" or "centres")
        {
            return null;
        }

        // Cited ("according to Crunchbase's database"), or opening the sentence and telling ("CB Insights’ unicorn leaderboard lists").
        var before = first > 0 && words[first - 1].Lower == "the" ? first - 2 : first - 1;
        var cited = before >= 0 && !words[before].EndsPhrase && (words[before].Lower is "per" or "citing"
            || (words[before].Lower == "to" && before > 0 && words[before - 1].Lower == "according"));
        var tells = (before < 0 || words[before].EndsPhrase) && noun + 1 < words.Count && !words[noun].EndsPhrase
            && words[noun + 1].Lower is "lists" or "listed" or "shows" or "showed" or "show" or "ranks" or "counts" or "puts";
        return cited || tells ? (first, i) : null;
    }
}
