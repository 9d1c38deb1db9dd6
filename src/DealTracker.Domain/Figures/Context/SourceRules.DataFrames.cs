namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the data-sources sweep: named sources given as data, surveys, reports and documents, in the frames the older rules left out.
/// A provider of estimates after the analysts it polled ("analysts polled by FactSet", "Of 39 analysts surveyed by LSEG"); a provider
/// after its data, figures, study or list ("figures from management consultants at Ernst and Young show", "a list kept by American
/// tech data firm CB Insights", "The figures, released by industry website tech.eu,"); a provider before its data ("MediaRadar data
/// showed", "according to the latest Tech Nation data"); "Per the PWC Moneytree"; a provider or body forecasting ("IAB predicts",
/// "PwC was projecting that") or telling a report ("…, the Dubai Chamber of Digital Economy said in a recent report"); a provider's
/// list or database ("according to Crunchbase's database"); a dashboard or annual report cited ("according to the government’s VAHAN
/// dashboard"); documents filed with or submitted to a registry (the registry, or the party that submitted them); court documents;
/// and an SEC form ("in a Form 6-K"). A party forecasting its own matter ("Nvidia predicts that its revenue …") stays no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>People whose estimates a provider polls: "analysts polled by FactSet", "economists surveyed by Reuters".</summary>
    private static readonly HashSet<string> _polledPeople = new(StringComparer.Ordinal)
    {
        "analysts", "analyst", "economists", "estimates", "estimate", "brokers", "forecasters", "strategists", "experts", "respondents",
    };

    /// <summary>Nouns of data a provider gives: "figures from X", "a study by X", "a list kept by X".</summary>
    private static readonly HashSet<string> _dataNouns = new(StringComparer.Ordinal)
    {
        "data", "figures", "numbers", "statistics", "stats", "study", "survey", "analysis", "research", "forecast", "forecasts", "report",
        "estimates", "list", "ranking", "rankings", "database", "tracker", "index", "findings", "tally", "count", "leaderboard",
    };

    /// <summary>Verbs data tells its finding with: "MediaRadar data showed", "figures from X show".</summary>
    private static readonly HashSet<string> _dataShowing = new(StringComparer.Ordinal)
    {
        "show", "shows", "showed", "shown", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "reveal", "reveals",
        "revealed", "found", "finds", "highlight", "highlights", "highlighted",
    };

    /// <summary>Verbs of a forecast a provider opens its clause with: "IAB predicts", "PwC was projecting that".</summary>
    private static readonly HashSet<string> _forecastVerbs = new(StringComparer.Ordinal)
    {
        "predicts", "predicted", "predicting", "forecasts", "forecast", "forecasting", "forecasted", "projects", "projected", "projecting",
        "estimates", "estimated", "estimating",
    };

    /// <summary>Owned lists a provider is cited for: "according to Crunchbase's database", "Dealroom's tracker".</summary>
    private static readonly HashSet<string> _ownedLists = new(StringComparer.Ordinal)
    {
        "database", "tracker", "list", "dashboard", "leaderboard", "ranking", "rankings", "index", "data", "figures", "tally",
    };

    /// <summary>Adds the providers, bodies and documents read from the data frames.</summary>
    private static void DataFrameSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var run = PolledBy(sentence, i) ?? DataFromProvider(sentence, i) ?? ProviderBeforeData(sentence, i) ?? PerProvider(sentence, i)
                ?? ForecastingProvider(sentence, i) ?? ProviderInItsReport(sentence, i) ?? SaidInAReport(sentence, i) ?? OwnedList(words, i) ?? DocumentsFiled(sentence, i);
            if (run is { } r && !IsPersonRun(sentence, r))
            {
                AddRun(text, words, r, found, seenNames);

                // "data from American tech data firm CB Insights": the place describing the provider is no source of its own.
                found.RemoveAll(f => f.Kind == SourceKind.Named && Lexicon.Places.Contains(f.Name) && f.Start < words[r.First].Start
                    && f.Start >= words[Math.Max(0, r.First - 6)].Start);
            }

            if ((CourtDocuments(words, i) ?? SecForm(words, i) ?? CitedDashboard(words, i)) is { } document
                && !found.Any(f => f.Kind == SourceKind.Named && Overlaps(f, Span(text, SourceKind.Named, words[document.First].Start, words[document.Last].End))))
            {
                found.Add(Span(text, SourceKind.Named, words[document.First].Start, words[document.Last].End));
            }
        }
    }

    /// <summary>A word that may stand in a provider's name: a name word, or a lower-case web name ("tech.eu").</summary>
    private static bool IsProviderWord(Word word) =>
        IsNameWord(word) || (word.Core.Length > 3 && char.IsLetter(word.Core[0]) && word.Core.IndexOf('.', 1) is > 0 and var dot && dot < word.Core.Length - 1
            && char.IsLetter(word.Core[dot + 1]));

    /// <summary>A provider's name from word <paramref name="j"/>: past "the" and what it is ("management consultants at", "research firm").</summary>
    private static (int First, int Last)? ProviderRunAt(SentenceWords sentence, int j)
    {
        var words = sentence.Words;
        j = j < words.Count && words[j].Lower == "the" ? j + 1 : j;
        var k = j;
        while (k < words.Count && k - j < 6 && !words[k].EndsPhrase && (IsDescribingPlace(words, k) || _descriptors.Contains(words[k].Lower)
            || (!IsProviderWord(words[k]) && words[k].Core.Length > 0 && char.IsLower(words[k].Core[0]))))
        {
            k = BasedAt(words, k) is { } based ? based + 1 : k + 1;
        }

        k = BasedAt(words, k) is { } placed ? placed + 1 : k;

        // Lower-case words before the name must say what it is: "industry website tech.eu", "Chinese pump producer LEO Group".
        var described = k == j || words.Skip(j).Take(k - j).Any(w => _descriptors.Contains(w.Lower) || w.Lower is "consultants" or "producer" or "maker"
            or "body" or "group" or "association" or "firm" or "at" or "developer" or "operator" or "platform" or "researcher" or "tracker" or "giant"
            or "conglomerate" or "manufacturer" or "lender" or "bank" or "insurer" or "investor" or "fund" or "startup" or "carmaker" or "chipmaker");
        k = k > j && k < words.Count && words[k].Lower == "the" ? k + 1 : k;
        return described && k < words.Count && ProviderRunFrom(words, k) is { } run ? run : null;
    }

    /// <summary>"UK-based", "Ho Chi Minh City-based": capitalised words from <paramref name="k"/> ending in "-based", describing what follows.</summary>
    private static int? BasedAt(List<Word> words, int k)
    {
        for (var m = k; m < words.Count && m - k < 5 && !words[m].EndsPhrase; m++)
        {
            if (words[m].Lower.EndsWith("-based", StringComparison.Ordinal))
            {
                return m;
            }

            if (!words[m].IsCapitalised)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A place describing a provider, before a lower-case word: "Chinese pump producer", "American tech data firm".</summary>
    private static bool IsDescribingPlace(List<Word> words, int k) =>
        Lexicon.Places.Contains(words[k].Core) && k + 1 < words.Count && words[k + 1].Core.Length > 0 && char.IsLower(words[k + 1].Core[0]);

    /// <summary>Name words from <paramref name="j"/>, joined by "of", "for", "and" or "&amp;" ("Department for Promotion of Industry and Internal Trade").</summary>
    private static (int First, int Last)? ProviderRunFrom(List<Word> words, int j)
    {
        if (j >= words.Count || !IsProviderWord(words[j]) || words[j].InBrackets)
        {
            return null;
        }

        var last = j;
        while (!words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count)
        {
            if (IsProviderWord(words[last + 1]) && !words[last + 1].InBrackets)
            {
                last++;
            }
            else if (last + 2 < words.Count && words[last + 1].Lower is "of" or "for" or "and" or "&" && IsNameWord(words[last + 2]) && !words[last + 1].EndsPhrase
                && !words[last + 2].InBrackets && !(words[last + 1].Lower == "and" && TwoProviders(words, j, last)))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        // "the Hong Kong stock exchange": an exchange named by its place.
        last += last + 2 < words.Count && !words[last].EndsPhrase && words[last + 1].Lower == "stock" && words[last + 2].Lower == "exchange" ? 2 : 0;
        return (j, last);
    }

    /// <summary>"Crunchbase and PitchBook", "Enterprise Singapore and DealStreetAsia": two providers, either side known, not one name.</summary>
    private static bool TwoProviders(List<Word> words, int first, int last)
    {
        var before = string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Core));
        var after = OfRun(words, last + 2, joinAnd: false) is { } run ? string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core)) : "";
        return IsKnownProvider(before) || IsKnownProvider(after) || IsKnownProvider(words[last + 2].Core);
    }

    private static bool IsKnownProvider(string name) =>
        name.Length > 0 && (Lexicon.OutletName(name) is not null || _analystHouses.Contains(name) || _forecasters.Contains(name));

    /// <summary>"analysts polled by FactSet", "Of 39 analysts surveyed by LSEG", "economists tracked by Reuters".</summary>
    private static (int First, int Last)? PolledBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("surveyed" or "polled" or "tracked" or "consulted" or "canvassed" or "compiled") || i == 0 || i + 2 >= words.Count
            || words[i + 1].Lower != "by" || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var people = Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => _polledPeople.Contains(words[k].Lower) && !words[k].EndsPhrase);
        return people ? ProviderRunAt(sentence, i + 2) : null;
    }

    /// <summary>"figures from X show", "a study by X", "The figures, released by X,", "a list kept by X", cited or opening its clause.</summary>
    private static (int First, int Last)? DataFromProvider(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_dataNouns.Contains(words[i].Lower) || i + 2 >= words.Count || !IsCitingPlace(words, i))
        {
            return null;
        }

        var j = i + 1;
        j += words[j].Lower is "released" or "published" or "compiled" or "kept" or "maintained" or "provided" or "issued" or "put" or "out" && j + 1 < words.Count ? 1 : 0;
        j += words[j].Lower is "together" or "out" or "today" or "recently" && j + 1 < words.Count ? 1 : 0;

        // Since the twenty-third session: "as per the data available with the National Stock Exchange", "latest data available with the
        // NSE showed" (the Indian wires' words for an exchange's subscription figures).
        var available = words[j].Lower == "available" && !words[j].EndsPhrase && j + 1 < words.Count && words[j + 1].Lower is "with" or "on" or "from";
        j += available ? 1 : 0;
        return (words[j].Lower is "from" or "by" || available) && (!words[i].EndsPhrase || j > i + 1) && (j == i + 1 || !words[j - 1].EndsPhrase)
            ? ProviderRunAt(sentence, j + 1) : null;
    }

    /// <summary>
    /// Whether a data noun at <paramref name="i"/> is cited: its noun phrase opens the sentence or a clause ("New figures from …",
    /// "The figures, released by …") or follows "according to", "per", "citing" or "based on".
    /// </summary>
    private static bool IsCitingPlace(List<Word> words, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 5 && !words[k].EndsPhrase && words[k].Core.Length > 0 && (char.IsLower(words[k].Core[0]) || words[k].Lower is "the" or "a" or "an" or "new")
            && words[k].Lower is not ("to" or "per" or "citing" or "on" or "of" or "in" or "that" or "from" or "by" or "with"))
        {
            k--;
        }

        if (k < 0 || words[k].EndsPhrase)
        {
            return true;
        }

        return words[k].Lower is "per" or "citing" or "that" || (words[k].Lower == "to" && k > 0 && words[k - 1].Lower == "according")
            || (words[k].Lower == "on" && k > 0 && words[k - 1].Lower == "based");
    }

    /// <summary>"MediaRadar data showed", "…, Crunchbase data showed Thursday.", "according to the latest Tech Nation data", "per PitchBook data".</summary>
    private static (int First, int Last)? ProviderBeforeData(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("data" or "figures" or "numbers" or "statistics" or "research" or "estimates" or "study" or "survey" or "analysis"
                or "report" or "poll" or "findings" or "forecast") || i == 0 || words[i - 1].EndsPhrase || BackRun(words, i - 1) is not { } run)
        {
            return null;
        }

        // Back past adjectives and an article: "a recent Startup Genome study", "according to the latest Tech Nation data".
        var before = run.First - 1;
        while (before >= 0 && run.First - before <= 2 && words[before].Lower is "latest" or "new" or "recent" or "official" or "annual" or "quarterly"
            or "joint" or "separate" or "monthly" or "global" or "first")
        {
            before--;
        }

        before -= before >= 0 && words[before].Lower is "the" or "a" or "an" ? 1 : 0;
        var opens = before < 0 || words[before].EndsPhrase;
        var cited = before >= 0 && !words[before].EndsPhrase && (words[before].Lower is "per" or "citing"
            || (words[before].Lower is "to" && before > 0 && words[before - 1].Lower == "according")
            || (words[before].Lower is "on" && before > 0 && words[before - 1].Lower == "based"));
        var shows = i + 1 < words.Count && !words[i].EndsPhrase && _dataShowing.Contains(words[i + 1].Lower);
        cited &= words[i].EndsPhrase || i + 1 == words.Count || words[i + 1].Lower is "released" or "published" or "issued" or "out" or "on" or "this" or "last";

        // "Current estimates suggest", "Recent figures show": a word capitalised only as the sentence's first is no provider.
        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var firstWordOnly = run.First == 0 && run.Last == 0 && sentence.NameAt[0] is null && !IsKnownProvider(name);
        return !firstWordOnly && ((opens && shows) || cited) ? run : null;
    }

    /// <summary>Name words ending at <paramref name="last"/>, back to the clause's start or a small word.</summary>
    private static (int First, int Last)? BackRun(List<Word> words, int last)
    {
        if (!IsProviderWord(words[last]) || words[last].Possessive || words[last].InBrackets)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 6 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            if (IsProviderWord(words[first - 1]) && !(first - 1 == 0 && words[0].Lower is "the") && words[first - 1].Lower is not ("a" or "an"))
            {
                first--;
            }
            else if (first > 1 && words[first - 1].Lower is "of" or "for" or "and" or "&" && IsNameWord(words[first - 2]) && !words[first - 2].EndsPhrase
                && !(words[first - 1].Lower == "and" && (IsKnownProvider(words[first - 2].Core) || IsKnownProvider(string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Core))))))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        return words[first].Lower is "the" or "a" or "an" ? null : (first, last);
    }

    /// <summary>"Per the PWC Moneytree, …", "Per Crunchbase, …": "per" opening the sentence or a clause.</summary>
    private static (int First, int Last)? PerProvider(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return words[i].Lower == "per" && (i == 0 || words[i - 1].EndsPhrase) && i + 1 < words.Count && !words[i].EndsPhrase
            ? ProviderRunAt(sentence, i + 1) : null;
    }
}
