namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the foreign-sentences sweep: the sources a foreign sentence (<see cref="ForeignCues.IsForeign"/>) cites. The English rules
/// do not read such a sentence; these do.
/// <list type="bullet">
/// <item>Named after a citing word: "selon (le média anglais) Sifted", "d’après", "si l’on en croit", "según", "de acuerdo con",
/// "segundo", "de acordo com", "laut", "nach Informationen der", "secondo", "stando a"; before "zufolge" ("dem Handelsblatt zufolge").</item>
/// <item>Named beside a reporting verb: "Le Monde rapporte", "a rapporté Les Echos", "informó Bloomberg", "O site Vox publicou",
/// "wie die Nachrichtenagentur Anadolu (AA) berichtete", "riporta Il Sole 24 Ore"; and as the agent of a reported thing: "divulgada
/// pela Bloomberg", "von Bloomberg berichtet", "rapporté par", "riportato da".</item>
/// <item>Anonymous: sources / fuentes / fontes / fonti / Quellen / Insider / Kreise / interlocutores, and people (personnes,
/// personas, pessoas, persone, Personen) said to be close to, familiar with or consulted about the matter; the outlet they spoke
/// to or whose sources they are ("les bonnes sources de Bloomberg", "disse uma fonte a par do assunto à Reuters") is named.</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words that cite what follows: "selon X", "según X", "laut X".</summary>
    private static readonly HashSet<string> _foreignCiting = new(StringComparer.Ordinal)
    {
        "selon", "après", "según", "segundo", "laut", "secondo", "croit", "citant", "citando", "zitiert",
    };

    /// <summary>Reporting verbs: "X rapporte", "informó X", "X berichtete".</summary>
    private static readonly HashSet<string> _foreignReporting = new(StringComparer.Ordinal)
    {
        "rapporte", "rapporté", "rapportait", "révèle", "révélé", "révélait", "écrit", "écrivait",
        "publicó", "reveló", "adelantó", "publicou", "noticiou", "revelou", "divulgou", "antecipou",
        "berichtete", "berichtet", "schreibt", "schrieb", "erfuhr", "enthüllte", "riporta", "riportato", "scrive", "rivelato",
    };

    /// <summary>Reporting verbs a company uses of its own news too ("la empresa informó"): a source only when the name is an outlet.</summary>
    private static readonly HashSet<string> _foreignOutletOnlyReporting = new(StringComparer.Ordinal)
    {
        "informó", "reportó", "informa", "reporta", "informou", "reportou", "meldete", "meldet", "riferito", "riferisce", "indique", "rivela",
        "revela", "publica",
    };

    /// <summary>Words that say the name after them is an outlet: "le site Vox", "el diario Expansión", "die Zeitung".</summary>
    private static readonly HashSet<string> _foreignOutletWords = new(StringComparer.Ordinal)
    {
        "site", "sitio", "journal", "quotidien", "média", "médias", "agence", "magazine", "hebdomadaire", "diario", "periódico", "revista",
        "agencia", "medio", "portal", "jornal", "agência", "colunista", "noticiosa", "zeitung", "nachrichtenagentur", "magazin", "blatt",
        "quotidiano", "giornale", "agenzia", "testata", "newsletter", "blog",
    };

    /// <summary>Participles of a thing reported, whose agent is named: "divulgada pela Bloomberg", "von Bloomberg berichtet".</summary>
    private static readonly HashSet<string> _foreignReportedBy = new(StringComparer.Ordinal)
    {
        "rapporté", "rapportée", "révélé", "révélée", "divulgada", "divulgado", "antecipada", "antecipado", "revelada", "revelado",
        "publicada", "publicado", "informado", "informada", "reportado", "reportada", "berichtet", "gemeldet", "riportato", "riportata",
        "rivelato", "rivelata", "anticipato", "anticipata", "ouvidos", "ouvidas", "consultados", "consultadas", "interrogés", "befragte",
        "cité", "citée", "cités", "citées", "citado", "citada", "citados", "citadas", "citato", "citata", "citati", "citate", "zitiert",
    };

    private static readonly HashSet<string> _foreignAgents = new(StringComparer.Ordinal) { "par", "pela", "pelo", "por", "von", "da", "dal", "dalla" };

    /// <summary>Nouns of unnamed sources: each is a source wherever it stands.</summary>
    private static readonly HashSet<string> _foreignSourceNouns = new(StringComparer.Ordinal)
    {
        "sources", "source", "fuentes", "fuente", "fontes", "fonte", "fonti", "quellen", "quelle", "insider", "insidern", "kreise", "kreisen",
        "finanzkreisen", "interlocutores", "interlocuteurs", "banqueiros",
    };

    /// <summary>Nouns of people, a source when something says they know the matter or speak.</summary>
    private static readonly HashSet<string> _foreignPeopleNouns = new(StringComparer.Ordinal)
    {
        "personnes", "personne", "personas", "persona", "pessoas", "pessoa", "persone", "personen", "person", "ejecutivos", "executivos",
        "dirigeants", "banquiers", "banqueros",
    };

    /// <summary>Words that make people a source: close to, familiar with, consulted, said.</summary>
    private static readonly HashSet<string> _foreignPeopleQualifiers = new(StringComparer.Ordinal)
    {
        "proches", "proche", "fait", "familiarizadas", "familiarizada", "familiarizados", "familiarizado", "cercanas", "cercana", "cercanos",
        "conocimiento", "par", "próximas", "próximos", "próxima", "vertraute", "vertrauten", "vertrauter", "informate", "informata", "informati",
        "vicine", "vicina", "vicini", "consultadas", "consultados", "consultées", "informées", "dijeron", "dijo", "disse", "disseram",
        "sagten", "sagte", "affirment", "ont", "hanno", "detto", "según", "selon", "segundo", "laut", "secondo", "zufolge", "acuerdo",
        "acordo", "so", "informadas", "conhecimento", "dossier", "kenntnis", "bekannt", "connaissance", "briefées", "anonymat", "anonimato",
    };

    /// <summary>Outlet descriptors skipped before a name: "le média anglais Sifted", "die türkische Nachrichtenagentur Anadolu".</summary>
    private static readonly HashSet<string> _foreignOutletNouns = new(StringComparer.Ordinal)
    {
        "nachrichtenagentur", "agentur", "zeitung", "tageszeitung", "wirtschaftszeitung", "wochenzeitung", "magazin", "wirtschaftsmagazin",
        "nachrichtenmagazin", "nachrichtendienst", "finanzdienst", "branchendienst", "portal", "onlineportal", "sender", "fernsehsender",
        "medium", "blatt", "wirtschaftsblatt", "informationen", "angaben", "bericht", "berichten", "daten", "nachrichtenportal",
    };

    /// <summary>Verbs of saying that open a clause of unnamed people: "dijeron las personas", "disse uma fonte".</summary>
    private static readonly HashSet<string> _foreignSayVerbs = new(StringComparer.Ordinal)
    {
        "dijeron", "dijo", "disse", "disseram", "sagten", "sagte", "affirment", "affirme", "déclarent", "detto", "dicono", "afirmaron", "afirmaram",
    };

    /// <summary>Reads the sources of a foreign sentence into <paramref name="sources"/>.</summary>
    public static void FindForeign(SentenceWords sentence, List<SourceMention> sources)
    {
        var words = sentence.Words;
        var found = new List<SourceMention>();
        for (var i = 0; i < words.Count; i++)
        {
            var bare = ForeignCues.Bare(words[i]);
            var lower = words[i].Lower;

            // "selon X", "laut X", "según cifras de Crunchbase", "si l’on en croit les bonnes sources de Bloomberg"; "de acuerdo con X",
            // "de acordo com X", "nach Informationen der X", "stando a X".
            var cited = _foreignCiting.Contains(bare) && (bare != "après" || ForeignCues.HasElision(words[i])) ? i + 1
                : lower is "acuerdo" or "acordo" && i > 0 && words[i - 1].Lower == "de" && i + 1 < words.Count && words[i + 1].Lower is "con" or "com" ? i + 2
                : lower == "informationen" && i > 0 && words[i - 1].Lower == "nach" ? i + 1
                : lower == "stando" && i + 1 < words.Count && words[i + 1].Lower == "a" ? i + 2
                : -1;
            if (cited > 0 && !words[i].EndsPhrase)
            {
                AddForeignCited(sentence, cited, found);
                continue;
            }

            // "dem "Handelsblatt" zufolge": the name before.
            if (lower == "zufolge" && ForeignNameEndingAt(sentence, i - 1) is { } before)
            {
                found.Add(before);
                continue;
            }

            // "divulgada pela Bloomberg", "antecipada pelo colunista Lauro Jardim", "ouvidos pelo Broadcast"; "von Bloomberg berichtet".
            if (_foreignReportedBy.Contains(lower))
            {
                if (i + 1 < words.Count && _foreignAgents.Contains(words[i + 1].Lower) && !words[i].EndsPhrase && ForeignNameAfter(sentence, i + 2) is { } agent)
                {
                    found.Add(agent);
                    AddHeardPeople(sentence, i, lower, found);
                    continue;
                }

                if (i > 1 && words[i - 2].Lower == "von" && ForeignNameEndingAt(sentence, i - 1) is { } by)
                {
                    found.Add(by);
                    continue;
                }
            }

            // "O site Vox publicou", "wie die Nachrichtenagentur Anadolu (AA) berichtete", "informó Bloomberg".
            var outletOnly = _foreignOutletOnlyReporting.Contains(lower);
            if (_foreignReporting.Contains(lower) || outletOnly)
            {
                var subject = ForeignNameEndingAt(sentence, i - 1) ?? (i > 1 && words[i - 1].Lower is "a" or "ha" or "hat" ? ForeignNameEndingAt(sentence, i - 2) : null);
                if ((subject ?? (!words[i].EndsPhrase ? ForeignNameAfter(sentence, i + 1) : null)) is { } reporter && (!outletOnly || IsForeignOutlet(sentence, reporter)))
                {
                    found.Add(reporter);
                    continue;
                }
            }

            // "des sources proches du dossier", "personas familiarizadas", "so zwei mit der Angelegenheit vertraute Personen".
            // "hieß es aus Unternehmenskreisen", "in Finanzkreisen": German circles are unnamed sources.
            if (_foreignSourceNouns.Contains(bare) || bare.EndsWith("kreisen", StringComparison.Ordinal)
                || (_foreignPeopleNouns.Contains(bare) && HasPeopleQualifier(words, i)))
            {
                i = AddForeignAnonymous(sentence, i, found);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        sources.AddRange(found.Where((s, k) => !found.Take(k).Any(p => p.Kind == s.Kind && (p.Name == s.Name || (p.Start < s.Start + s.Length && s.Start < p.Start + p.Length)))));
    }

    /// <summary>Reads what a citing word cites, from word <paramref name="j"/>: unnamed people, or a name past a few descriptor words.</summary>
    private static void AddForeignCited(SentenceWords sentence, int j, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var k = j; k < words.Count && k < j + 5; k++)
        {
            var bare = ForeignCues.Bare(words[k]);
            if (_foreignSourceNouns.Contains(bare) || _foreignPeopleNouns.Contains(bare))
            {
                AddForeignAnonymous(sentence, k, found);
                return;
            }

            if (ForeignNameAfter(sentence, k, keepArticle: k == j) is { } name)
            {
                found.Add(name);
                return;
            }

            if (words[k].EndsPhrase || ForeignCues.IsNameWord(sentence, k))
            {
                return;
            }
        }
    }

    /// <summary>The name at word k, past outlet nouns ("Nachrichtenagentur Reuters" is Reuters); a French article right before kept ("le Financial Times").</summary>
    private static SourceMention? ForeignNameAfter(SentenceWords sentence, int k, bool keepArticle = false)
    {
        var words = sentence.Words;
        var article = -1;
        while (k < words.Count && ForeignCues.Articles.Contains(words[k].Lower) && !words[k].EndsPhrase
            && !(ForeignCues.IsOwnArticle(words[k]) && k + 1 < words.Count && ForeignCues.IsNameWord(sentence, k + 1)))
        {
            article = words[k].Lower is "le" or "la" ? k : -1;
            k++;
        }

        // Lower-case descriptors: "le média anglais Sifted", "la agencia Europa Press", "o colunista Lauro Jardim".
        var skipped = 0;
        while (k < words.Count && !words[k].EndsPhrase && !ForeignCues.IsNameWord(sentence, k) && skipped < 3
            && !(ForeignCues.IsOwnArticle(words[k]) && k + 1 < words.Count && ForeignCues.IsNameWord(sentence, k + 1))
            && !ForeignMetricCues.IsScaleOrCurrency(words[k].Lower) && !char.IsDigit(words[k].Core.FirstOrDefault()))
        {
            article = ForeignCues.Articles.Contains(words[k].Lower) && words[k].Lower is "le" or "la" ? k : -1;
            k++;
            skipped++;
        }

        while (k < words.Count - 1 && _foreignOutletNouns.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            article = -1;
            k++;

            // "laut einem Bericht der Financial Times": the outlet after the report.
            while (k < words.Count - 1 && words[k].Lower is "der" or "des" or "dem" or "du" or "de" or "del" or "da" or "do" or "di" && !words[k].EndsPhrase)
            {
                k++;
            }
        }

        if (k >= words.Count || ForeignCues.NameAt(sentence, k, out var end, outlet: true) is not { } name || _foreignOutletNouns.Contains(words[k].Lower))
        {
            return null;
        }

        var start = words[k].Start + (ForeignCues.HasElision(words[k]) ? words[k].Core.IndexOfAny(['\'', '’']) + 1 : 0);
        name = GermanAdjectiveName(name);
        if (keepArticle && article == k - 1 && article >= 0)
        {
            return new SourceMention(words[article].Core + " " + name, SourceKind.Named, words[article].Start, words[end].End - words[article].Start);
        }

        return new SourceMention(name, SourceKind.Named, start, words[end].End - start);
    }

    /// <summary>A name read as an outlet: listed or shaped like one ("Europa Press"), or described as one ("le site Vox", "el diario Expansión").</summary>
    private static bool IsForeignOutlet(SentenceWords sentence, SourceMention name)
    {
        var first = sentence.WordAtOrAfter(name.Start);
        return Lexicon.OutletName(name.Name) is not null || Lexicon.OutletEndings.Contains(name.Name.Split(' ')[^1])
            || Enumerable.Range(Math.Max(0, first - 3), first - Math.Max(0, first - 3)).Any(k => _foreignOutletWords.Contains(sentence.Words[k].Lower));
    }

    /// <summary>"der Deutschen Presse-Agentur": the name in its own form, "Deutsche Presse-Agentur".</summary>
    private static string GermanAdjectiveName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 4 && name[..space].EndsWith("schen", StringComparison.Ordinal) ? name[..(space - 1)] + name[space..] : name;
    }

    /// <summary>The name ending at word k: "O site Vox", "die türkische Nachrichtenagentur Anadolu (AA)", "dem "Handelsblatt"".</summary>
    private static SourceMention? ForeignNameEndingAt(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        if (k >= 0 && words[k].InBrackets && words[k].Core.All(char.IsUpper) && k > 0)
        {
            k--;
        }

        if (k < 0 || !ForeignCues.IsNameWord(sentence, k) || (words[k].EndsPhrase && words[k].After != '"' && words[k].After != '”' && words[k].After != ')'))
        {
            return null;
        }

        var start = k;
        while (start > 0 && !words[start - 1].EndsPhrase && !words[start - 1].InBrackets && start > k - 5
            && (ForeignCues.IsNameWord(sentence, start - 1) || ForeignCues.IsOwnArticle(words[start - 1])
                || (start > 1 && words[start - 1].Lower is "della" or "de" or "del" or "di" && ForeignCues.IsNameWord(sentence, start - 2))))
        {
            start--;
        }

        while (start < k && _foreignOutletNouns.Contains(words[start].Lower))
        {
            start++;
        }

        return ForeignNameAfter(sentence, start) is { } name && name.Start <= words[k].Start ? name : null;
    }

    private static bool HasPeopleQualifier(List<Word> words, int i)
    {
        for (var k = Math.Max(0, i - 6); k < Math.Min(words.Count, i + 7); k++)
        {
            if (k != i && _foreignPeopleQualifiers.Contains(ForeignCues.Bare(words[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds unnamed people at word i, and the outlet they speak to or belong to; returns the word to go on after.</summary>
    private static int AddForeignAnonymous(SentenceWords sentence, int i, List<SourceMention> found)
    {
        var words = sentence.Words;
        var start = i;
        while (start > 0 && start > i - 4 && !words[start - 1].EndsPhrase && !ForeignCues.IsNameWord(sentence, start - 1)
            && !_foreignCiting.Contains(ForeignCues.Bare(words[start - 1])) && words[start - 1].Lower is not ("con" or "com" or "so" or "von")
            && !_foreignSayVerbs.Contains(words[start - 1].Lower))
        {
            start--;
        }

        var end = i;
        while (end + 1 < words.Count && !words[end].EndsPhrase && end < i + 5 && !ForeignCues.IsNameWord(sentence, end + 1)
            && !_foreignReporting.Contains(words[end + 1].Lower) && !_foreignReportedBy.Contains(words[end + 1].Lower) && !(words[end + 1].Lower is "de" or "à" or "ao" or "al" or "der" or "dem" or "alla" or "gegenüber" && end + 2 < words.Count && ForeignCues.IsNameWord(sentence, end + 2)))
        {
            end++;
        }

        var from = words[start].Start;
        found.Add(new SourceMention(sentence.Text[from..words[end].End], SourceKind.Anonymous, from, words[end].End - from));

        // "les bonnes sources de Bloomberg", "une fonte a par do assunto à Reuters", "vertraute Personen der Nachrichtenagentur Reuters".
        for (var k = i + 1; k < Math.Min(words.Count, end + 3); k++)
        {
            if (words[k].Lower is "de" or "à" or "ao" or "al" or "der" or "dem" or "alla" or "a" or "gegenüber" && !words[k - 1].EndsPhrase && ForeignNameAfter(sentence, k + 1) is { } outlet
                && outlet.Start <= words[Math.Min(words.Count - 1, k + 3)].Start)
            {
                found.Add(outlet);
                return sentence.WordAtOrAfter(outlet.Start + outlet.Length) - 1;
            }
        }

        return end;
    }

    /// <summary>"Banqueiros … ouvidos pelo Broadcast": the people the outlet heard are a source too.</summary>
    private static void AddHeardPeople(SentenceWords sentence, int i, string participle, List<SourceMention> found)
    {
        if (participle is "ouvidos" or "ouvidas" or "consultados" or "consultadas" or "interrogés" or "befragte")
        {
            var start = sentence.Words[0].Start;
            found.Add(new SourceMention(sentence.Text[start..sentence.Words[i].End], SourceKind.Anonymous, start, sentence.Words[i].End - start));
        }
    }
}
