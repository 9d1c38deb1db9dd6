using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>What a foreign cue word says a figure near it is (<see cref="ForeignMetricCues"/>).</summary>
internal enum ForeignCue
{
    Round,
    Valuation,
    Investment,
    Stake,
    Revenue,
    Compute,

    /// <summary>Money that is none of the metrics: a credit line, a debt, a total to date, a purchase offer, a deal's value.</summary>
    Other,

    /// <summary>A verb of receiving: "recibió una inversión de" is money raised, not given.</summary>
    Receive,

    /// <summary>A verb of paying: "pagou US$ 1,6 bilhão por uma participação" is the payer's investment when a stake is bought.</summary>
    Pay,
}

/// <summary>
/// Since the foreign-sentences sweep: the cue words of French, Spanish, Portuguese, German and Italian news (lower-case, without an
/// elided article), and what each says a figure is.
/// </summary>
internal static class ForeignMetricCues
{
    private static readonly Dictionary<string, ForeignCue> _cues = Build();

    /// <summary>Raise verbs in their plural forms: "Les start-ups africaines ont levé 2,2 milliards": many raisers is a market total.</summary>
    public static readonly HashSet<string> PluralAuxiliaries = new(StringComparer.Ordinal)
    {
        "ont", "han", "haben", "hanno", "têm", "levaron", "recaudaron", "captaram", "captaron", "sammelten", "raccolsero", "levèrent",
    };

    private static readonly HashSet<string> _scaleOrCurrency = new(StringComparer.Ordinal)
    {
        "million", "millions", "milliard", "milliards", "millones", "millón", "milhões", "milhão", "bilhões", "bilhão", "mil", "millionen",
        "milliarden", "milliarde", "mrd", "mio", "milioni", "miliardi", "miliardo", "milione", "euro", "euros", "dollars", "dólares",
        "dollari", "dollar", "us-dollar", "francs", "franken", "reais", "pesos", "livres", "sterline", "yuans", "yens",
    };

    public static bool IsScaleOrCurrency(string bare) => _scaleOrCurrency.Contains(bare);

    public static bool IsCueWord(string bare) => _cues.ContainsKey(bare);

    /// <summary>The cue word i is, if any: "levée" is a round, "Serie-C-Runde" one too, "chiffre d'affaires" revenue.</summary>
    public static ForeignCue? CueAt(IReadOnlyList<Word> words, int i)
    {
        var bare = ForeignCues.Bare(words[i]);
        if (bare == "chiffre")
        {
            return i + 1 < words.Count && ForeignCues.Bare(words[i + 1]) == "affaires" ? ForeignCue.Revenue : null;
        }

        if (bare == "tour" || bare == "tours")
        {
            // "tour de table": a round.
            return i + 2 < words.Count && words[i + 1].Lower == "de" && words[i + 2].Lower == "table" ? ForeignCue.Round : null;
        }

        if (bare is "capacité" or "capacidad" or "capacidade" or "capacità" && i + 2 < words.Count && words[i + 2].Lower is "calcul" or "cómputo" or "computação" or "calcolo")
        {
            return ForeignCue.Compute;
        }

        // "Serie-C-Runde", "Seed-Investitionsrunde", "Finanzierungsrunde": German compounds of "Runde" are rounds.
        if (bare.EndsWith("runde", StringComparison.Ordinal) || bare.EndsWith("runden", StringComparison.Ordinal))
        {
            return ForeignCue.Round;
        }

        return _cues.TryGetValue(bare, out var cue) ? cue : null;
    }

    private static Dictionary<string, ForeignCue> Build()
    {
        var cues = new Dictionary<string, ForeignCue>(StringComparer.Ordinal);
        void Add(ForeignCue cue, string words)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                cues[word] = cue;
            }
        }

        // Raising a round: lever / levée de fonds / tour de table; recaudar / ronda de financiación / captar; captar / rodada / aporte;
        // Finanzierungsrunde / einsammeln / Kapital aufnehmen; raccogliere / round di finanziamento / raccolta.
        Add(ForeignCue.Round, "lever lève lèvent levé levée levées levés levait levaient lèvera lèveraient lèverait levant levé financement financements "
            + "levantar levantó levanta levantado levantará levantou levantaram levantaria "
            + "recaudar recauda recaudó recaudado recaudará recaudaría recaudación ronda rondas captar capta captó captado captará captación financiación financiamiento "
            + "captou captado captará captaria captação rodada rodadas aporte financiamento "
            + "einsammeln eingesammelt sammelt sammelte einsammelte aufnehmen aufgenommen nimmt finanzierung finanzierungen "
            + "raccogliere raccolto raccolti raccoglie raccolta raccoglierà round finanziamento finanziamenti");

        // Valuation: valorisation / valorisée; valoración / valuada / valorada; avaliação / avaliada; Bewertung / bewertet; valutazione / valutata.
        Add(ForeignCue.Valuation, "valorisation valorisée valorisé valorisés valorisées valorisant valoriser valorise valoriserait valorisait "
            + "valoración valuación valuada valuado valorada valorado valorar valora valoraría valorizada valorizado valorización vale vaut "
            + "avaliação avaliada avaliado avaliar avalia avaliou avaliaria avaliando valoração "
            + "bewertung bewertet bewerten bewertete marktwert "
            + "valutazione valutata valutato valutare valuta valutando");

        // Investment by the subject: investir / a investi; invertir / ha invertido / inversión de; investir / investiu / aporte de;
        // investieren / investierte / beteiligt sich; investire / ha investito.
        Add(ForeignCue.Investment, "investir investit investi investie investissent investira investirait investissement investissements injecte injecté "
            + "invertir invierte invirtió invirtieron invertido invertirá invertiría inversión inversiones apuesta inyectar inyectó "
            + "investe investiu investiram investido investirá investiria investimento investimentos aportes injetar injetou injeção aposta "
            + "investieren investiert investierte investierten investiere investition investitionen beteiligt beteiligte beteiligen "
            + "investire investito investita investirà investimenti");

        // A stake: participation / participación / participação / Beteiligung / Anteil / quota.
        Add(ForeignCue.Stake, "participation participación participação beteiligung anteil anteile anteils quota partecipazione");

        // Revenue: chiffre d'affaires / ingresos / facturación / receita / faturamento / Umsatz / fatturato / ricavi.
        Add(ForeignCue.Revenue, "revenus ingresos facturación facturó receita receitas faturamento faturou umsatz umsätze umsatzes fatturato ricavi");

        // Compute: capacité de calcul / cómputo / Rechenleistung, and the cloud.
        Add(ForeignCue.Compute, "cómputo computación computação rechenleistung rechenkapazität cloud nuage nube nuvem calcolo");

        // None of them: credit, debt, totals to date, a purchase offer, a deal's own value.
        Add(ForeignCue.Other, "crédit crédito kredit credito dette deuda dívida schulden debito total totale insgesamt kaufangebot value "
            + "prêt préstamo empréstimo darlehen prestito anleihe obligations bonos");

        // Receiving: "recibió una inversión de …", "zugesichert bekommen".
        Add(ForeignCue.Receive, "reçu recibió recibe recibido recebeu recebe recebido erhielt erhalten erhält ricevuto riceve obtuvo obtenu obteve");

        // Paying: "pagou US$ 1,6 bilhão por uma participação".
        Add(ForeignCue.Pay, "payé paie pagó paga pagado pagou pagará zahlte zahlt gezahlt pagato "
            + "achète acheté rachète compra compró comprou comprará kauft kaufte erwirbt erwarb acquista acquisisce acquistato");
        return cues;
    }
}

/// <summary>
/// Since the foreign-sentences sweep: the metric of a figure in a foreign sentence (<see cref="ForeignCues.IsForeign"/>), read from
/// the cue word nearest it in its clause: before it ("lever plus de 450 millions", "Mit einer Bewertung von 11,7 Milliarden Euro"),
/// or right after it within its phrase ("die 1,7 Milliarden Euro schwere Serie-C-Runde"). A figure with no cue of its own after
/// another of the sentence ("231 millones de dólares en …, 300 millones de dólares en …") is more of the same.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>How far before a figure its cue may stand.</summary>
    private const int ForeignCueReach = 12;

    /// <summary>Words that end the stretch after a figure where its cue may stand: "450 millions d’euros pour une valorisation".</summary>
    private static readonly HashSet<string> _foreignAfterStops = new(StringComparer.Ordinal)
    {
        "pour", "para", "por", "für", "per", "et", "y", "und", "e", "che", "que", "qui", "ou", "o", "oder", "mais", "pero", "aber",
    };

    /// <summary>Nouns of a deal, whose "valued at" is its price, not a company's valuation: "A transação, avaliada em … R$ 2 bilhões".</summary>
    private static readonly HashSet<string> _foreignDealNouns = new(StringComparer.Ordinal)
    {
        "transaction", "transação", "transacción", "transaktion", "transazione", "operação", "operación", "opération", "operazione", "accord",
        "acuerdo", "acordo", "accordo", "deal", "negócio", "negocio", "rachat", "übernahme", "compra", "achat", "aquisição", "adquisición",
        "acquisition", "acquisizione",
    };

    /// <summary>The metric of a figure in a foreign sentence; null reads "other".</summary>
    public static Metric? ForeignMetric(SentenceWords sentence, Metric? before, int first, int last, int floor, int ceiling)
    {
        var (cue, at) = ForeignCueOf(sentence, first, last, floor, ceiling);
        if (cue is null)
        {
            // "A la fecha, SoftBank ha invertido 1,000 millones de dólares en …, 231 millones de dólares en …": more of the figure before.
            return floor > 0 ? before : null;
        }

        var words = sentence.Words;
        return cue switch
        {
            ForeignCue.Round when IsManyForeignRaisers(words, at) => null,
            ForeignCue.Round when ForeignCues.Bare(words[at]) == "aporte" && InvestorRules.ForeignSubject(sentence, at) is not null => Metric.Investment,
            ForeignCue.Round => Metric.RoundSize,
            ForeignCue.Valuation when IsDealValued(words, at) => null,
            ForeignCue.Valuation => Metric.Valuation,
            ForeignCue.Investment when IsReceived(words, at) => Metric.RoundSize,
            ForeignCue.Investment => Metric.Investment,
            ForeignCue.Stake => Metric.Investment,
            ForeignCue.Revenue => Metric.Revenue,
            ForeignCue.Compute => Metric.ComputeCommitment,
            ForeignCue.Pay when Enumerable.Range(last + 1, Math.Max(0, Math.Min(words.Count, last + 11) - last - 1)).Any(k => ForeignMetricCues.CueAt(words, k) == ForeignCue.Stake) => Metric.Investment,
            _ => null,
        };
    }

    /// <summary>The cue nearest the figure and its word: the nearest before it (from <paramref name="floor"/>), or one after it nearer still.</summary>
    internal static (ForeignCue? Cue, int At) ForeignCueOf(SentenceWords sentence, int first, int last, int floor, int ceiling)
    {
        var words = sentence.Words;
        ForeignCue? cue = null;
        var at = -1;
        for (var k = first - 1; k >= Math.Max(floor, first - ForeignCueReach); k--)
        {
            if (ForeignMetricCues.CueAt(words, k) is { } found && found != ForeignCue.Receive)
            {
                (cue, at) = (found, k);
                break;
            }
        }

        var distance = at >= 0 ? first - at : int.MaxValue;
        for (var k = last + 1; k < Math.Min(words.Count, Math.Min(ceiling, last + 6)) && k - last < distance; k++)
        {
            if (words[k - 1].EndsPhrase || _foreignAfterStops.Contains(words[k].Lower))
            {
                break;
            }

            if (ForeignMetricCues.CueAt(words, k) is { } found && found is not ForeignCue.Receive and not ForeignCue.Pay and not ForeignCue.Other)
            {
                return (found, k);
            }
        }

        return (cue, at);
    }

    /// <summary>"Les start-ups africaines ont levé 2,2 milliards": a raise by many unnamed is a market total.</summary>
    private static bool IsManyForeignRaisers(List<Word> words, int at) =>
        ForeignMetricCues.PluralAuxiliaries.Contains(words[at].Lower) || (at > 0 && ForeignMetricCues.PluralAuxiliaries.Contains(words[at - 1].Lower));

    /// <summary>"A transação, avaliada em …": a deal valued at its price.</summary>
    private static bool IsDealValued(List<Word> words, int at) =>
        at > 0 && _foreignDealNouns.Contains(ForeignCues.Bare(words[at - 1])) && IsParticiple(ForeignCues.Bare(words[at]));

    /// <summary>"valorisée", "avaliada", "valuado", "valutata", "bewertet": a participle, which a deal noun before it is valued by.</summary>
    private static bool IsParticiple(string bare) =>
        bare.EndsWith('é') || bare.EndsWith("ée", StringComparison.Ordinal) || bare.EndsWith("ada", StringComparison.Ordinal)
        || bare.EndsWith("ado", StringComparison.Ordinal) || bare.EndsWith("ata", StringComparison.Ordinal) || bare.EndsWith("ato", StringComparison.Ordinal)
        || bare == "bewertet";

    /// <summary>"Clip recibió una inversión de US$ 250 millones": an investment received is money raised.</summary>
    private static bool IsReceived(List<Word> words, int at) =>
        Enumerable.Range(Math.Max(0, at - 3), at - Math.Max(0, at - 3)).Any(k => ForeignMetricCues.CueAt(words, k) == ForeignCue.Receive);
}
