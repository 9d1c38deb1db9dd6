using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The nineteenth session's classes of the labelling conventions, read after every metric rule and the clear cues, in this order (each
/// changes only the metrics it names):
/// <list type="number">
/// <item>money a crowd of companies took in, or spread over counted deals, is a total (M4, <c>MetricRules.ManyReceivers.cs</c>);</item>
/// <item>since the twentieth session, money a market took in over a period, no organisation named, is a total (M4,
/// <c>MetricRules.PeriodTotals.cs</c>);</item>
/// <item>since the twentieth session, money an investor has already put in over many deals or a period is a total (M4,
/// <c>MetricRules.PastTotals.cs</c>);</item>
/// <item>since the thirty-first session, the level a market's money stood at is a total (M4, <c>MetricRules.MarketLevels.cs</c>);</item>
/// <item>a grant, a subsidy or state aid is other (M6, <c>MetricRules.PublicMoney.cs</c>);</item>
/// <item>money a company raises from one named giver is its round (M5, <c>MetricRules.RaisedFromAGiver.cs</c>);</item>
/// <item>an issuer's own bond sale is a round size (M5, <c>MetricRules.BondSales.cs</c>);</item>
/// <item>shares or a stake bought are the buyer's investment (M1, <c>MetricRules.SharesBought.cs</c>);</item>
/// <item>since the twentieth session, a fund's size is a round size and an asset owner's other (M5, M10, <c>MetricRules.FundSizes.cs</c>);</item>
/// <item>since the twenty-fifth session, the capital a fund is set up with is its size (M10, <c>MetricRules.FundCapital.cs</c>);</item>
/// <item>since the twenty-first session, a listing's size no rule read is a round size (M5, <c>MetricRules.IpoSizes.cs</c>);</item>
/// <item>since the twentieth session, a business or assets sold whole to a buyer for the figure is other (M1,
/// <c>MetricRules.AssetSales.cs</c>);</item>
/// <item>since the twenty-ninth session, a loan the figure heads, an IPO's fresh issue, a change's amount and many deals' values
/// (M4, M5, M6, <c>MetricRules.OwnPhrase.cs</c>);</item>
/// <item>since the thirtieth session, money a company or a product made over a period is its revenue (M8,
/// <c>MetricRules.MadeOverAPeriod.cs</c>), and since the thirty-first, money a market or a unit contributed to a company's sales;</item>
/// <item>since the thirty-fifth session, a chip supply deal's value is a compute commitment (M7, <c>MetricRules.ChipSupplyDeals.cs</c>), and
/// a round closed at the figure, money raised "combined", money raised from a sale and new debt for a takeover are read by their class
/// (M1, M4, M5, M11, <c>MetricRules.ClosesAndProceeds.cs</c>);</item>
/// <item>since the thirty-seventh session, an issuer's offering of notes by its principal amount, its series or the buyers' option is a round
/// size (M5, <c>MetricRules.NoteOfferings.cs</c>);</item>
/// <item>since the twentieth session, a price per share is other, last of all, and since the thirty-eighth, the cash or the stock part of a
/// deal's price (M1, <c>MetricRules.CashAndStockPrices.cs</c>), aid or a bailout (M6, <c>MetricRules.AidAndBailouts.cs</c>; a fine or a break-up fee is read after every frame, in <c>ContextReader</c>), and
/// the value of many deals read as a valuation (M4, <c>MetricRules.ManyDealsValues.cs</c>).</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>The metric after the conventions' classes, the rules' <paramref name="metric"/> when none applies.</summary>
    internal static Metric? ConventionClassesReading(SentenceWords sentence, int first, int last, HedgedAmount money, Metric? metric)
    {
        if (first < 0 || first >= sentence.Words.Count || last >= sentence.Words.Count)
        {
            return metric;
        }

        // Since the twenty-first session, the totals are read for a figure that opens its sentence too ("EUR 251m was invested across 48
        // fundraising rounds"); the classes after them read the words before the figure and need one.
        metric = ManyReceiversReading(sentence, first, last, metric);
        metric = PeriodTotalReading(sentence, first, last, metric);
        metric = PastTotalReading(sentence, first, last, metric);
        metric = metric is Metric.RoundSize or Metric.Investment or Metric.Valuation && IsMarketMoneyLevel(sentence, first) ? null : metric;
        if (first == 0)
        {
            return IsSharePrice(sentence, last) || IsPettyAmount(sentence, last, money) ? null : metric;
        }

        metric = PublicMoneyReading(sentence, first, last, metric);
        metric = RaisedFromAGiverReading(sentence, first, last, metric);
        metric = BondSaleReading(sentence, first, last, metric);
        metric = SharesBoughtReading(sentence, first, last, metric);
        metric = FundSizeReading(sentence, first, last, money, metric);

        // Since the thirty-second session: a fund's size in words, given to invest, resized, and a yearly pace (MetricRules.FundPots.cs).
        metric = FundPotReading(sentence, first, last, metric);

        // Since the thirty-fourth session: a fund's target or size the figure does not head ("is seeking 9 billion euros for a new fund",
        // "a new fund that could reach $22 billion"), which no rule read; not an asset owner's 150 billion or more (MetricRules.FundTargets.cs).
        metric = metric is null && IsFundTarget(sentence, first, last)
            && !(_dollarLikeCurrencies.Contains(money.Currency) && (money.Amount ?? money.High ?? 0m) >= 150e9m) ? Metric.RoundSize : metric;

        // Since the thirty-fifth session: a deal to supply or make chips worth the figure ("a $16.5 billion contract with Tesla to provide
        // semiconductors", "a deal with Meta that could be worth as much as $100 billion" struck by AMD) is a compute commitment (M7,
        // MetricRules.ChipSupplyDeals.cs).
        metric = metric is null && IsChipSupplyDeal(sentence, first, last) ? Metric.ComputeCommitment : metric;

        // Since the thirty-second session: money drawn in from others, an investor's book, deals summed and a business's asking price
        // (MetricRules.MobilisedAndHeldMoney.cs).
        metric = MobilisedAndHeldReading(sentence, first, last, metric);
        metric = metric is null && IsFundsCapital(sentence, first) ? Metric.RoundSize : metric;
        metric = ListingSizeReading(sentence, first, last, metric);
        metric = AssetSaleReading(sentence, first, metric);
        metric = OwnPhraseReading(sentence.Words, first, last, metric);

        // Since the thirty-fifth session: a round closed at the figure, money raised "combined", money raised from a sale and new debt that
        // pays for a takeover (MetricRules.ClosesAndProceeds.cs).
        metric = ClosesAndProceedsReading(sentence, first, last, metric);

        // Since the thirty-fifth session's second round: stakes bought at a value, shares held worth the figure, money earmarked to buy a
        // company, many companies valued together, a market's steady level and a lettered round's worth (MetricRules.HoldingsValuesAndLevels.cs).
        metric = HoldingsValuesAndLevelsReading(sentence, first, last, metric);
        metric = (metric is null && IsMadeOverAPeriod(sentence, first, last)) || IsContributedToSales(sentence, first, last) ? Metric.Revenue : metric;

        // Since the thirty-seventh session: an issuer's offering of notes by its principal amount, its series, or the buyers' option on more
        // of it (MetricRules.NoteOfferings.cs).
        metric = metric is null && IsNoteOffering(sentence.Words, first, last) ? Metric.RoundSize : metric;

        // Since the thirty-eighth session: what an investment or a share purchase costs ("Toyota's investment is likely to cost more than
        // 70 billion yen", "The 4 billion yen share purchase will make …"; MetricRules.InvestmentCosts.cs).
        metric = metric is null && IsInvestmentsCost(sentence.Words, first, last) ? Metric.Investment : metric;

        // "values Metsera at up to $86.20 per share": a price of one share is other whatever frame it sits in (the issue's "share
        // prices"; every one of the corpus's 111 per-share figures is labelled other).
        return IsSharePrice(sentence, last) || IsPettyAmount(sentence, last, money) || IsBoughtForAnEnterpriseValue(sentence.Words, first)
            || IsDealsOwnValue(sentence.Words, first, last) || (metric != Metric.Valuation && IsCashOrStockPartOfAPrice(sentence, first, last)) || IsAidOrBailout(sentence.Words, first, last)
            || (metric == Metric.Valuation && IsManyDealsValue(sentence.Words, first)) ? null : metric;
    }

    /// <summary>Words of a sale or a purchase before a deal's value: "agreed to sell three of its tea estates … for an estimated value of".</summary>
    private static readonly HashSet<string> _dealValueTradeWords = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "sale", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
        "acquisition", "purchase", "purchased", "purchasing",
    };

    /// <summary>
    /// Since the thirty-first session: a deal's own value is its price, other (M1), not a company's valuation: "Valued at $4.9bn, the
    /// deal was first announced", "agreed to sell three of its tea estates … to Luxmi Tea Company for an estimated value of nearly INR1.5bn
    /// ($21m)". "at a value of" and "values the company at" stay valuations, and a stake sold for a value stays an investment.
    /// </summary>
    private static bool IsDealsOwnValue(List<Word> words, int first, int last)
    {
        // "Valued at $4.9bn, the deal …".
        var next = SkipConversion(words, last);
        if (first == 2 && words[0].Lower == "valued" && words[1].Lower == "at" && words[last].After == ',' && next + 1 < words.Count
            && words[next].Lower == "the" && words[next + 1].Lower is "deal" or "transaction" or "acquisition" or "takeover" or "merger" or "purchase" or "sale")
        {
            return true;
        }

        // "… for an (estimated / total / aggregate) value of (nearly) $X", after a word of trading.
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost"
            or "over" or "more" or "than" or "up" or "to")
        {
            k--;
        }

        if (k < 3 || words[k].Lower != "of" || words[k - 1].Lower != "value")
        {
            return false;
        }

        var article = k - 2;
        article -= words[article].Lower is "estimated" or "total" or "aggregate" or "approximate" && article > 0 ? 1 : 0;
        return article >= 1 && words[article].Lower is "an" or "a" && words[article - 1].Lower == "for" && !words[article - 1].EndsPhrase
            && words.Take(article - 1).Any(w => _dealValueTradeWords.Contains(w.Lower))
            // "agreed to sell the stake to … Equitix for an estimated value of around £150m": a stake's price is an investment (M1).
            && !words.Take(article - 1).Any(w => w.Lower is "stake" or "stakes" or "shares" or "interest" or "holding" or "shareholding");
    }

    /// <summary>
    /// Since the twenty-third session: a business bought "for an enterprise value of" the figure is the price of a takeover (M1), not a
    /// valuation ("agreed to buy Verallia … for an enterprise value of €2.9bn", "bought UPC Poland from Liberty Global Plc for an
    /// enterprise value of about 7 billion zloty"; all four corpus figures of this shape are labelled other). "at an enterprise value
    /// of" and "gives it an enterprise value of" stay valuations.
    /// </summary>
    private static bool IsBoughtForAnEnterpriseValue(List<Word> words, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost"
            or "over" or "more" or "than" or "up" or "to")
        {
            k--;
        }

        if (k < 3 || words[k].Lower != "of" || words[k - 1].Lower != "value" || words[k - 2].Lower != "enterprise")
        {
            return false;
        }

        var article = k - 3;
        article -= words[article].Lower == "total" && article > 0 ? 1 : 0;
        return article >= 1 && words[article].Lower is "an" or "a" && words[article - 1].Lower == "for" && !words[article - 1].EndsPhrase;
    }

    /// <summary>
    /// Since the twenty-third session: money under ten thousand units of its currency is a price, a per-share figure or a fee, never a
    /// deal's investment, round or valuation ("offering 6.7 million shares at $15, within the range of $14 to $16", "closed trading at
    /// JPY 4,400"). On the corpus it gains 20 figures and loses two, both typos ("Secret Escapes raised £39", "$3. 7 billion"); a range's
    /// scale is read whole ("a $6.5-billion valuation" reads as 6.5 billion).
    /// <para>A scale word or a number just after the figure means it was cut short, not petty: "Rs. 4,546.80 (around $600 million)
    /// crores", "$3. 7 billion", "$289.1 mm". Unlike <see cref="IsScaleWord"/>, a count glued to its scale ("for 4m shares") does not.</para>
    /// </summary>
    private static bool IsPettyAmount(SentenceWords sentence, int last, HedgedAmount money)
    {
        if ((money.Amount ?? money.High ?? money.Low) is not { } amount || amount >= PettyAmountLimit)
        {
            return false;
        }

        var words = sentence.Words;
        for (var i = last + 1; i < Math.Min(words.Count, last + 5); i++)
        {
            var core = words[i].Core.ToLowerInvariant();
            if (core is "crore" or "crores" or "lakh" or "lakhs" or "mm" or "million" or "millions" or "billion" or "billions" or "bn" or "mn"
                || (i == last + 1 && core.Length > 0 && char.IsDigit(core[0])))
            {
                return false;
            }
        }

        return true;
    }

    private const decimal PettyAmountLimit = 10_000m;
}
