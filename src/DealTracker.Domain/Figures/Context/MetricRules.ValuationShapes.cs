using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the valuation-shapes sweep: the value put on a company in every shape wires write it, read before every other rule so that
/// nothing else in the sentence overrides it: the cue words in clauses where a condition, a deal or a stake sale stands near
/// ("if the deal goes through, the startup could be valued at about $700 million", "in a deal that valued the teams at $4 billion",
/// "agreed to sell 51% of Altera to Silver Lake, valuing the unit at $8.75 billion"), the second company of a merger ("and the social
/// media company at $33 billion"), and the shapes without the cue words ("at a company value of", "the $1bn-valued company", "hit the
/// $1bn mark", "peg its worth somewhere between", "went from $5.2 billion to $14 billion in valuation", "its previous pricing of",
/// "November's $9 billion sticker", "the previous $5 billion" or "the amount would be closer to $300 billion" after a valuation, a bracketed
/// figure after "its valuation … ($10.6bn)"). A listed company valued "on the stock market" is its market value: other.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words before a hedge the figure's own text leaves out: "at a little over $1 billion", "somewhere between".</summary>
    private static readonly HashSet<string> _hedgeLeadIns = new(StringComparer.Ordinal)
    {
        "a", "an", "little", "just", "slightly", "well", "somewhere", "estimated", "reported", "whopping", "staggering", "hefty", "cool",
    };

    /// <summary>Words between a subject and "valued at" that keep it the subject: "could be", "is expected to be", "was last".</summary>
    private static readonly HashSet<string> _valuedAuxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "be", "been", "being", "will", "would", "could", "can", "may", "might", "should", "must", "now", "last",
        "most", "recently", "previously", "currently", "then", "reportedly", "already", "to", "expected", "set", "likely", "poised", "slated",
        "understood", "believed", "said", "also", "still", "just", "once", "ultimately", "effectively", "initially", "has", "had", "have",
        "not", "only", "first", "newly", "lately",
    };

    /// <summary>What a deal values that is no company: a holding, a deal, a fund, a property.</summary>
    private static readonly HashSet<string> _notCompanyValued = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "holding", "holdings", "shares", "share", "portfolio", "fund", "funds", "assets", "asset", "deal", "deals",
        "transaction", "transactions", "contract", "contracts", "agreement", "agreements", "acquisition", "takeover", "purchase", "merger",
        "offer", "bid", "order", "orders", "package", "pact", "property", "properties", "land", "building", "buildings", "project",
        "projects", "position", "positions", "loan", "loans", "debt", "bond", "bonds", "sale", "tender", "award", "awards", "investment",
        "investments", "round", "financing", "funding", "commitment", "which", "that", "market",
    };

    /// <summary>Words that make a company valued by the market: "valued at $3 trillion on the stock market", "in Monday trading".</summary>
    private static readonly HashSet<string> _marketWords = new(StringComparer.Ordinal)
    {
        "market", "stock-market", "trading", "traded", "exchange", "nasdaq", "nyse", "capitalization", "capitalisation", "listed",
    };

    /// <summary>The valuation shapes' reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? ValuationShapeReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var lead = HedgeLeadIn(words, first, floor);
        var shaped = ValuingAt(words, lead, floor) ?? ValuedAtBySubject(words, lead, last, floor) ?? CompanyValueOf(words, lead)
            ?? JoinedValued(words, last) ?? ValuationMark(words, lead, last) ?? WorthPegged(words, lead, floor)
            ?? InValuationAfter(words, lead, last) ?? PricingOrSticker(words, lead, last) ?? BracketedAfterValuation(words, first, floor);
        if (shaped is not null || previous != Metric.Valuation)
        {
            return shaped;
        }

        return AfterAValuation(words, lead, floor);
    }

    /// <summary>The last word before the figure and the lead-ins of its hedge: "at" in "at a little over $1 billion"; -1 at the clause's start.</summary>
    private static int HedgeLeadIn(IReadOnlyList<Word> words, int first, int floor)
    {
        var j = first - 1;
        while (j >= Math.Max(floor, 0) && _hedgeLeadIns.Contains(words[j].Lower) && !words[j].EndsPhrase)
        {
            j--;
        }

        return j >= Math.Max(floor, 0) ? j : -1;
    }

    /// <summary>
    /// "a deal that valued the teams at $4 billion", "valuing the unit at $8.75 billion", "would value New York-based Kustomer at a little
    /// over $1 billion": a company a verb values at the figure, whatever deal or stake sale the sentence names.
    /// </summary>
    private static (Metric? Metric, bool Found)? ValuingAt(IReadOnlyList<Word> words, int at, int floor)
    {
        if (at < 2 || words[at].Lower != "at")
        {
            return null;
        }

        for (var j = at - 1; j >= Math.Max(floor, at - 7); j--)
        {
            if (words[j].Lower is "valued" or "values" or "valuing" or "value" or "valuating")
            {
                var between = Enumerable.Range(j + 1, at - j - 1).Select(k => words[k]).ToList();
                var passive = between.All(w => _valuedAuxiliaries.Contains(w.Lower));
                var byMarket = Enumerable.Range(Math.Max(0, j - 3), j - Math.Max(0, j - 3)).Any(k => words[k].Lower is "market" or "markets" or "street" or "traders");
                return passive || byMarket || between.Any(w => _notCompanyValued.Contains(w.Lower) || w.Lower == "market") ? null : (Metric.Valuation, true);
            }

            if (words[j].EndsPhrase && j < at - 1)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "if the deal goes through, the startup could be valued at about $700 million", "Reliance Retail will be valued at over Rs 4.3 lakh
    /// crore", "Kustomer, valued at $710 million": a company valued at the figure, whatever deal the sentence names; a deal, a stake or a
    /// fund valued is left to the older rules, and a company valued on the stock market is its market value.
    /// </summary>
    private static (Metric? Metric, bool Found)? ValuedAtBySubject(IReadOnlyList<Word> words, int at, int last, int floor)
    {
        if (at < 2 || words[at].Lower != "at" || words[at].EndsPhrase)
        {
            return null;
        }

        var v = at - 1;
        while (v > 0 && words[v].Lower is "then" or "now" or "last" or "most" or "recently" or "previously" or "currently" or "reportedly" or "initially")
        {
            v--;
        }

        if (words[v].Lower != "valued" || v == 0)
        {
            return null;
        }

        var subject = ValuedSubject(words, v);
        if (subject < 0 || subject < floor || !IsCompanySubject(words[subject]))
        {
            return null;
        }

        var next = SkipConversion(words, last);
        var end = words[last].EndsPhrase ? next : ClauseEnd(words, next, 8);
        var clauseAfter = Enumerable.Range(next, Math.Max(0, end - next)).Select(k => words[k].Lower);
        return clauseAfter.Any(_marketWords.Contains) ? (null, true) : (Metric.Valuation, true);
    }

    /// <summary>The head word of what is valued before "valued" at <paramref name="v"/>: "startup" in "the startup could be valued"; -1 when none.</summary>
    private static int ValuedSubject(IReadOnlyList<Word> words, int v)
    {
        var j = v - 1;
        if (words[j].EndsPhrase)
        {
            // "Kustomer, valued at $710 million": an appositive.
            return words[j].After == ',' && !IsHeldOrDealtIn(words, j) ? j : -1;
        }

        while (j >= 0 && _valuedAuxiliaries.Contains(words[j].Lower) && !words[j].EndsPhrase)
        {
            j--;
        }

        // "Kustomer, which was valued at": the name before the relative pronoun.
        if (j >= 1 && words[j].Lower is "which" or "who" && words[j - 1].After == ',')
        {
            j--;
        }

        // "Silver Lake's holdings in Zepto were valued at": a holding valued, named before the company it is in.
        return j < 0 || (words[j].EndsPhrase && words[j].After != ',') || IsHeldOrDealtIn(words, j) ? -1 : j;
    }

    /// <summary>
    /// "a 10 percent stake in Ooredoo, valued at", "Silver Lake's holdings in Zepto were valued at", "a cloud deal with Meta Platforms,
    /// valued at": a holding or a deal named just before the company, or a company after a preposition: what is valued is not the company.
    /// </summary>
    private static bool IsHeldOrDealtIn(IReadOnlyList<Word> words, int j)
    {
        var start = j;
        while (start > 0 && words[start - 1].IsCapitalised && !words[start - 1].EndsPhrase)
        {
            start--;
        }

        // ", with O2 valued at £12.7bn": "with" opening a clause of its own names the company valued.
        var opensClause = start >= 2 && words[start - 1].Lower == "with" && words[start - 2].EndsPhrase;
        if (words[j].IsCapitalised && start > 0 && !opensClause
            && words[start - 1].Lower is "with" or "from" or "to" or "for" or "by" or "against" or "alongside" or "via")
        {
            return true;
        }

        for (var k = start - 1; k >= Math.Max(0, start - 4) && !words[k].EndsPhrase; k--)
        {
            if (words[k].Lower is "stake" or "stakes" or "holding" or "holdings" or "shares" or "portfolio" or "assets" or "position" or "positions"
                or "investment" or "investments")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "valued the team at £140mn, including £80mn in debt", "valuing the unit at $8.75 billion, well below the nearly $17 billion Intel paid":
    /// a part of a valuation or a price paid, which a figure after a valuation does not take on.
    /// </summary>
    internal static bool IsNoValuationPart(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return (first > 0 && words[first - 1].Lower is "including" or "includes" or "plus")
            || Enumerable.Range(next, Math.Max(0, ClauseEnd(words, next, 4) - next)).Any(k => words[k].Lower is "paid" or "spent" or "debt");
    }

    private static bool IsCompanySubject(Word word)
    {
        var lower = word.Lower;
        if (_notCompanyValued.Contains(lower))
        {
            return false;
        }

        return (word.IsCapitalised && !_capitalisedNotNames.Contains(lower)) || lower is "it" or "they" or "startup" or "start-up"
            or "company" or "firm" or "business" or "unit" or "service" or "division" or "team" or "teams" or "platform" or "group" or "venture"
            or "entity" or "subsidiary" or "arm" or "unicorn" or "decacorn" or "outfit" or "app" or "brand" or "club" or "franchise" or "chain"
            or "developer" or "maker" or "lender" or "operator" or "insurer" or "retailer" or "fintech" or "platforms" or "businesses" or "companies"
            || Lexicon.CompanyNouns.Contains(lower) && lower is not ("fund" or "investor");
    }

    /// <summary>Capitalised words that open a clause but name no one: months, articles, pronouns, prepositions, time words.</summary>
    private static readonly HashSet<string> _capitalisedNotNames = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "the",
        "this", "that", "its", "their", "in", "on", "at", "after", "before", "if", "as", "yesterday", "today", "last", "earlier",
    };
}
